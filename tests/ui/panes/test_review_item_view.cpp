// ReviewItemView as the desk sees it: one view, a pane per kind behind it, the annotations and
// the media problem of the item shown, and every control of every pane named for assistive tech.
#include "PaneTestSupport.h"
#include "common/Translations.h"
#include "review/ReviewItemView.h"
#include "review/panes/CopyPane.h"
#include "review/panes/ImagePane.h"
#include "review/panes/VideoPane.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTextEdit>
#include <QTranslator>

using namespace wk;
using namespace wk::test;

namespace {
ReviewItem item(MediaKind kind)
{
    ReviewItem i;
    i.id = QStringLiteral("ri-%1").arg(int(kind));
    i.kind = kind;
    i.sku = QStringLiteral("WK-TEST-000001");
    i.title = QStringLiteral("Test item");
    if (kind == MediaKind::Image) {
        i.media = assetFor(QStringLiteral("gen-tote-garbled.jpg"), QStringLiteral("image/jpeg"));
        i.sourceMedia = assetFor(QStringLiteral("src-tote.jpg"), QStringLiteral("image/jpeg"));
        i.suspectRegions = {Region{0.3, 0.575, 0.52, 0.07, QStringLiteral("garbled_text"), {}}};
    } else if (kind == MediaKind::Video) {
        i.media = assetFor(QStringLiteral("vid-tote-vanish.mp4"), QStringLiteral("video/mp4"), 320, 320, 3000);
        i.suspectRanges = {TimeRange{1000, 1600, QStringLiteral("continuity_glitch"), {}}};
    } else {
        i.locale = QStringLiteral("en-US");
        i.copyText = QStringLiteral("Made of canvas. Size: 40 cm. Weight: 200 g. Cures stress.");
        i.previousCopyText = QStringLiteral("Made of canvas. Size: 40 cm. Weight: 200 g.");
    }
    return i;
}
} // namespace

class TestReviewItemView : public QObject
{
    Q_OBJECT

private slots:
    void startsEmpty()
    {
        ReviewItemView view;
        QVERIFY(!view.currentPane());
        QCOMPARE(view.annotations(), ReviewAnnotations());
        QVERIFY(view.mediaProblem().isEmpty());
    }

    void picksThePaneByKind()
    {
        ReviewItemView view;
        view.resize(1000, 600);
        view.show();
        QSignalSpy changed(&view, &ReviewItemView::annotationsChanged);
        view.showItem(item(MediaKind::Image), std::nullopt);
        QVERIFY(qobject_cast<ImagePane *>(view.currentPane()));
        QCOMPARE(view.annotations().regions.size(), 1);
        QVERIFY(changed.count() >= 1);

        view.showItem(item(MediaKind::Copy), std::nullopt);
        QVERIFY(qobject_cast<CopyPane *>(view.currentPane()));
        QVERIFY(view.annotations().regions.isEmpty());
        QVERIFY(!view.annotations().correctedText);

        if (VideoPane::backendProblem().isEmpty()) {
            view.showItem(item(MediaKind::Video), std::nullopt);
            QVERIFY(qobject_cast<VideoPane *>(view.currentPane()));
            QCOMPARE(view.annotations().ranges.size(), 1);
        }

        // Back to an image: the same pane again, with this item's regions only.
        const auto *image = view.findChild<ImagePane *>();
        view.showItem(item(MediaKind::Image), std::nullopt);
        QCOMPARE(view.currentPane(), image);
        QCOMPARE(view.annotations().regions.size(), 1);

        view.clear();
        QVERIFY(!view.currentPane());
        QCOMPARE(view.annotations(), ReviewAnnotations());
    }

    void aMissingFileIsAProblemUntilTheNextItem()
    {
        ReviewItemView view;
        QSignalSpy problems(&view, &ReviewItemView::mediaProblemChanged);
        const ReviewItem image = item(MediaKind::Image);
        view.showItem(image, std::nullopt);
        view.setMediaFile(image.media->id, QStringLiteral("/nonexistent/gen-tote-garbled.jpg"));
        QTRY_VERIFY(!view.mediaProblem().isEmpty());
        QVERIFY(view.mediaProblem().contains(QStringLiteral("missing")));
        QCOMPARE(problems.count(), 1);
        ReviewItem noMedia = image;
        noMedia.id = QStringLiteral("ri-none");
        noMedia.media.reset();
        view.showItem(noMedia, std::nullopt);
        QVERIFY(view.mediaProblem().contains(QStringLiteral("no media")));
        view.showItem(item(MediaKind::Copy), std::nullopt);
        QVERIFY(view.mediaProblem().isEmpty());
        QCOMPARE(problems.last().first().toString(), QString());
    }

    // Each pane in German and Chinese: the layouts take the longer and the CJK strings.
    void translatedScreenshots_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }
    void translatedScreenshots()
    {
        QFETCH(QString, language);
        QTranslator translator;
        QVERIFY(translator.load(translationResource(language)));
        QCoreApplication::installTranslator(&translator);
        for (MediaKind kind : {MediaKind::Image, MediaKind::Video, MediaKind::Copy}) {
            if (kind == MediaKind::Video && !VideoPane::backendProblem().isEmpty())
                continue;
            ReviewItemView view;
            view.resize(1280, 720);
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            const ReviewItem shown = item(kind);
            view.showItem(shown, std::nullopt);
            if (shown.media) {
                view.setMediaFile(shown.media->id, mediaPath(shown.media->id + (kind == MediaKind::Video ? QStringLiteral(".mp4") : QStringLiteral(".jpg"))));
                QTest::qWait(kind == MediaKind::Video ? 1500 : 200);   // for the picture only; nothing is asserted on time
            }
            const QImage shot = saveScreenshot(&view, QStringLiteral("%1-%2").arg(toCode(kind), language));
            QVERIFY(distinctColours(shot) > 30);
        }
        QCoreApplication::removeTranslator(&translator);
    }

    // Tab reaches every control, or the control names the key that does the same.
    void everyControlIsReachableByKeyboard()
    {
        for (MediaKind kind : {MediaKind::Image, MediaKind::Video, MediaKind::Copy}) {
            if (kind == MediaKind::Video && !VideoPane::backendProblem().isEmpty())
                continue;
            ReviewItemView view;
            view.resize(1280, 720);
            view.show();
            view.showItem(item(kind), std::nullopt);
            QStringList gaps;
            for (QWidget *w : view.currentPane()->findChildren<QWidget *>()) {
                const bool control = qobject_cast<QAbstractButton *>(w) || qobject_cast<QComboBox *>(w)
                                     || qobject_cast<QAbstractItemView *>(w) || qobject_cast<QPlainTextEdit *>(w);
                if (!control || !w->isVisibleTo(&view) || !w->isEnabled() || qobject_cast<QComboBox *>(w->parentWidget())
                    || w->inherits("QComboBoxListView"))
                    continue;
                if ((w->focusPolicy() & Qt::TabFocus) != Qt::TabFocus && w->property("keyboardAlternative").toString().isEmpty())
                    gaps << QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ') + w->accessibleName();
            }
            QVERIFY2(gaps.isEmpty(), qPrintable(gaps.join(QStringLiteral(", "))));
        }
    }

    void everyControlHasAnAccessibleName()
    {
        ReviewItemView view;
        view.showItem(item(MediaKind::Image), std::nullopt);
        view.showItem(item(MediaKind::Copy), std::nullopt);
        if (VideoPane::backendProblem().isEmpty())
            view.showItem(item(MediaKind::Video), std::nullopt);
        QStringList unnamed;
        for (QWidget *w : view.findChildren<QWidget *>()) {
            const bool interactive = qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w)
                                     || qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractItemView *>(w)
                                     || qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QTextEdit *>(w)
                                     || (w->focusPolicy() != Qt::NoFocus && !w->focusProxy() && !qobject_cast<QLabel *>(w)   // a label is read by its text
                                         && !qobject_cast<QAbstractScrollArea *>(w->parentWidget()));
            if (interactive && w->accessibleName().isEmpty())
                unnamed << QString::fromLatin1(w->metaObject()->className()) + QLatin1Char('/') + (qobject_cast<QLabel *>(w) ? qobject_cast<QLabel *>(w)->text() : QString()) + QLatin1Char('/')
                               + QString::fromLatin1(w->parentWidget()->metaObject()->className());
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }
};

QTEST_MAIN(TestReviewItemView)
#include "test_review_item_view.moc"
