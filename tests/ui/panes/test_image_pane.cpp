// The image pane driven as a supervisor would: zoom and pan by keys and wheel, both images in
// step, a region drawn with the mouse, tagged, moved, deleted; broken media said in words.
#include "PaneTestSupport.h"
#include "review/ReviewItemView.h"
#include "review/panes/ImageCanvas.h"
#include "review/panes/ImagePane.h"
#include "review/panes/ImageViewState.h"
#include "review/panes/MediaLoader.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace wk;
using namespace wk::test;

namespace {
ReviewItem lampItem()
{
    ReviewItem item;
    item.id = QStringLiteral("ri-1");
    item.kind = MediaKind::Image;
    item.sku = QStringLiteral("WK-TABL-000001");
    item.title = QStringLiteral("Nordic Sage Green Metal Table Lamp");
    item.flagReasons = {FlagReason::ArtefactVisible};
    item.aiConfidence = 0.82;
    item.media = assetFor(QStringLiteral("gen-lamp-artefact.jpg"), QStringLiteral("image/jpeg"));
    item.sourceMedia = assetFor(QStringLiteral("src-lamp.jpg"), QStringLiteral("image/jpeg"));
    item.suspectRegions = {Region{0.40, 0.24, 0.18, 0.14, QStringLiteral("artefact_visible"), {}}};
    item.generatorMeta = {{QStringLiteral("model"), QStringLiteral("wk-imagegen-2.3")},
                          {QStringLiteral("prompt_id"), QStringLiteral("pr-image-007")},
                          {QStringLiteral("seed"), QStringLiteral("123456")}};
    return item;
}
} // namespace

class TestImagePane : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ReviewItemView> m_view;
    ImagePane *pane() const { return qobject_cast<ImagePane *>(m_view->currentPane()); }

    void openLamp()
    {
        const ReviewItem item = lampItem();
        m_view->showItem(item, std::nullopt);
        QVERIFY(pane());
        m_view->setMediaFile(item.media->id, mediaPath(QStringLiteral("gen-lamp-artefact.jpg")));
        m_view->setMediaFile(item.sourceMedia->id, mediaPath(QStringLiteral("src-lamp.jpg")));
        QTRY_VERIFY(pane()->generatedCanvas()->hasImage());
        QTRY_VERIFY(pane()->sourceCanvas()->hasImage());
    }

private slots:
    void init()
    {
        m_view = std::make_unique<ReviewItemView>();
        m_view->resize(1280, 720);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }
    void cleanup() { m_view.reset(); }

    void startsWithTheAiRegions()
    {
        openLamp();
        const ReviewAnnotations a = m_view->annotations();
        QCOMPARE(a.regions.size(), 1);
        QCOMPARE(a.regions.first().tag, QStringLiteral("artefact_visible"));
        QVERIFY(m_view->mediaProblem().isEmpty());
    }

    void zoomAndPanKeepBothImagesInStep()
    {
        openLamp();
        ImageCanvas *gen = pane()->generatedCanvas();
        ImageCanvas *src = pane()->sourceCanvas();
        const double fit = gen->displayScale();
        QTest::keyClick(gen, Qt::Key_Plus);
        QTest::keyClick(gen, Qt::Key_Plus);
        QVERIFY(gen->displayScale() > fit * 1.5);
        QCOMPARE(pane()->viewState()->zoom(), 1.25 * 1.25);
        // The same part of both images is on screen: the same normalised point at the centre.
        const auto centreOf = [](ImageCanvas *c) {
            const QRectF r = c->imageRect();
            return QPointF((c->width() / 2.0 - r.x()) / r.width(), (c->height() / 2.0 - r.y()) / r.height());
        };
        QTest::keyClick(gen, Qt::Key_Right);
        QTest::keyClick(gen, Qt::Key_Down);
        const QPointF moved = centreOf(gen);
        QVERIFY(moved.x() > 0.5);
        QVERIFY(moved.y() > 0.5);
        QVERIFY(qAbs(centreOf(src).x() - moved.x()) < 0.02);
        QVERIFY(qAbs(centreOf(src).y() - moved.y()) < 0.02);
        // The wheel zooms around the pointer; 0 fits again.
        QWheelEvent wheel(QPointF(10, 10), gen->mapToGlobal(QPointF(10, 10)), {}, QPoint(0, 120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        const double before = pane()->viewState()->zoom();
        QCoreApplication::sendEvent(gen, &wheel);
        QVERIFY(pane()->viewState()->zoom() > before);
        QTest::keyClick(gen, Qt::Key_0);
        QCOMPARE(gen->displayScale(), fit);
        QTest::keyClick(gen, Qt::Key_Minus);
        QVERIFY(gen->displayScale() < fit);
    }

    void drawTagMoveAndDeleteARegion()
    {
        openLamp();
        ImageCanvas *gen = pane()->generatedCanvas();
        QSignalSpy changed(m_view.get(), &ReviewItemView::annotationsChanged);
        const QRectF img = gen->imageRect();
        const QPoint from = (img.topLeft() + QPointF(img.width() * 0.1, img.height() * 0.7)).toPoint();
        const QPoint to = (img.topLeft() + QPointF(img.width() * 0.3, img.height() * 0.9)).toPoint();
        QTest::mousePress(gen, Qt::LeftButton, {}, from);
        QTest::mouseMove(gen, (from + to) / 2);
        QTest::mouseMove(gen, to);
        QTest::mouseRelease(gen, Qt::LeftButton, {}, to);
        QCOMPARE(m_view->annotations().regions.size(), 2);
        QVERIFY(changed.count() >= 1);
        Region drawn = m_view->annotations().regions.at(1);
        QVERIFY(qAbs(drawn.x - 0.1) < 0.01);
        QVERIFY(qAbs(drawn.width - 0.2) < 0.01);
        QCOMPARE(gen->selectedIndex(), 1);
        QCOMPARE(drawn.tag, QStringLiteral("artefact_visible"));   // the tag box's current tag

        // Tag it: pick from the list, then a free tag typed in.
        QComboBox *tags = pane()->tagBox();
        tags->setCurrentIndex(tags->findData(QStringLiteral("garbled_text")));
        QCOMPARE(m_view->annotations().regions.at(1).tag, QStringLiteral("garbled_text"));
        tags->lineEdit()->selectAll();
        QTest::keyClicks(tags->lineEdit(), QStringLiteral("melted handle"));
        QTest::keyClick(tags->lineEdit(), Qt::Key_Return);
        QCOMPARE(m_view->annotations().regions.at(1).tag, QStringLiteral("melted handle"));

        // Move and resize by keys.
        QTest::keyClick(gen, Qt::Key_Right, Qt::ShiftModifier);
        QVERIFY(qAbs(m_view->annotations().regions.at(1).x - (drawn.x + 0.01)) < 1e-9);
        QTest::keyClick(gen, Qt::Key_Down, Qt::ControlModifier);
        QVERIFY(qAbs(m_view->annotations().regions.at(1).height - (drawn.height + 0.01)) < 1e-9);

        // Drag the AI's region by its middle.
        const QRectF ai = gen->widgetRectOf(m_view->annotations().regions.at(0));
        QTest::mousePress(gen, Qt::LeftButton, {}, ai.center().toPoint());
        QTest::mouseMove(gen, ai.center().toPoint() + QPoint(20, 0));
        QTest::mouseRelease(gen, Qt::LeftButton, {}, ai.center().toPoint() + QPoint(20, 0));
        QVERIFY(m_view->annotations().regions.at(0).x > 0.40);
        QCOMPARE(gen->selectedIndex(), 0);

        // Delete the AI's region: the supervisor disagrees with it.
        QTest::keyClick(gen, Qt::Key_Delete);
        QCOMPARE(m_view->annotations().regions.size(), 1);
        QCOMPARE(m_view->annotations().regions.at(0).tag, QStringLiteral("melted handle"));

        // Insert adds one in the middle of the view, [ ] walk through them.
        QTest::keyClick(gen, Qt::Key_Insert);
        QCOMPARE(m_view->annotations().regions.size(), 2);
        QCOMPARE(gen->selectedIndex(), 1);
        QTest::keyClick(gen, Qt::Key_BracketRight);
        QCOMPARE(gen->selectedIndex(), 0);
    }

    void paneKeysWinOverTheDesksShortcuts()
    {
        openLamp();
        m_view->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
        QAction deskDelete(m_view.get()), deskApprove(m_view.get());
        deskDelete.setShortcut(QKeySequence(Qt::Key_Delete));
        deskApprove.setShortcut(QKeySequence(Qt::Key_A));
        m_view->addAction(&deskDelete);
        m_view->addAction(&deskApprove);
        QSignalSpy deleted(&deskDelete, &QAction::triggered), approved(&deskApprove, &QAction::triggered);
        ImageCanvas *gen = pane()->generatedCanvas();
        gen->setFocus();
        QTRY_VERIFY(gen->hasFocus());
        gen->setSelectedIndex(0);
        QTest::keyClick(gen, Qt::Key_Delete);
        QCOMPARE(m_view->annotations().regions.size(), 0);
        QCOMPARE(deleted.count(), 0);
        QTest::keyClick(gen, Qt::Key_A);   // a decision key is the desk's
        QCOMPARE(approved.count(), 1);
    }

    void brokenMediaIsSaidInWords_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing") << QStringLiteral("missing") << QStringLiteral("missing");
        QTest::newRow("wrong hash") << QStringLiteral("hash") << QStringLiteral("checksum");
        QTest::newRow("unsupported") << QStringLiteral("unsupported") << QStringLiteral("cannot show");
        QTest::newRow("undecodable") << QStringLiteral("undecodable") << QStringLiteral("cannot be decoded");
        QTest::newRow("fetch failed") << QStringLiteral("fetch") << QStringLiteral("could not be fetched");
    }
    void brokenMediaIsSaidInWords()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        ReviewItem item = lampItem();
        QString path = mediaPath(QStringLiteral("gen-lamp-artefact.jpg"));
        QString error;
        if (kind == QLatin1String("missing")) {
            path = dir.filePath(QStringLiteral("gone.jpg"));
        } else if (kind == QLatin1String("hash")) {
            item.media->sha256 = QString(64, QLatin1Char('0'));
        } else if (kind == QLatin1String("unsupported")) {
            item.media->mimeType = QStringLiteral("image/x-unknown-raw");
        } else if (kind == QLatin1String("undecodable")) {
            path = dir.filePath(QStringLiteral("text.jpg"));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("this is not a picture at all, just words\n");
            f.close();
            item.media->sha256.clear();
        } else {
            path.clear();
            error = QStringLiteral("the server answered 404.");
        }
        QSignalSpy problems(m_view.get(), &ReviewItemView::mediaProblemChanged);
        m_view->showItem(item, std::nullopt);
        m_view->setMediaFile(item.media->id, path, error);
        QTRY_VERIFY(!m_view->mediaProblem().isEmpty());
        QVERIFY2(m_view->mediaProblem().contains(expected), qPrintable(m_view->mediaProblem()));
        QVERIFY(problems.count() >= 1);
        QVERIFY(!pane()->generatedCanvas()->hasImage());
        QCOMPARE(pane()->generatedCanvas()->message(), m_view->mediaProblem());
        // Still decidable: the annotations are there for a reject.
        QCOMPARE(m_view->annotations().regions.size(), 1);
        saveScreenshot(m_view.get(), QStringLiteral("image-broken-") + kind.left(7));
    }

    void staleFilesAreIgnored()
    {
        openLamp();
        m_view->setMediaFile(QStringLiteral("some-other-asset"), QString(), QStringLiteral("gone"));
        QVERIFY(m_view->mediaProblem().isEmpty());
    }

    void prefetchedMediaShowAtOnce()
    {
        MediaLoader::clearCache();
        const ReviewItem item = lampItem();
        const QString media = mediaPath(QStringLiteral("gen-lamp-artefact.jpg"));
        const QString source = mediaPath(QStringLiteral("src-lamp.jpg"));
        ReviewItemView::prefetchMedia(*item.media, media);
        ReviewItemView::prefetchMedia(*item.sourceMedia, source);
        QTRY_VERIFY(MediaLoader::isCached(*item.media, media) && MediaLoader::isCached(*item.sourceMedia, source));
        // No turn of the event loop between these calls and the check: the desk's "next item
        // fully shown" is synchronous once prefetched.
        m_view->showItem(item, std::nullopt);
        m_view->setMediaFile(item.media->id, media);
        m_view->setMediaFile(item.sourceMedia->id, source);
        QVERIFY(pane()->generatedCanvas()->hasImage());
        QVERIFY(pane()->sourceCanvas()->hasImage());
        // A corrupt copy of a cached file is checked again, not served from the cache.
        ReviewItem other = item;
        other.media->sha256 = QString(64, QLatin1Char('a'));
        m_view->showItem(other, std::nullopt);
        m_view->setMediaFile(other.media->id, media);
        QTRY_VERIFY(m_view->mediaProblem().contains(QStringLiteral("checksum")));
    }

    void screenshotHasRealContent()
    {
        openLamp();
        QTest::keyClick(pane()->generatedCanvas(), Qt::Key_Plus);
        const QImage shot = saveScreenshot(m_view.get(), QStringLiteral("image"));
        QVERIFY(!shot.isNull());
        const QRect canvas(pane()->generatedCanvas()->mapTo(m_view.get(), QPoint(0, 0)) * shot.devicePixelRatio(),
                           pane()->generatedCanvas()->size() * shot.devicePixelRatio());
        QVERIFY2(distinctColours(shot.copy(canvas)) > 200, "the generated image is not on screen");
    }
};

QTEST_MAIN(TestImagePane)
#include "test_image_pane.moc"
