// The video pane on the real H.264 demo files, driven by keys: frames stepped, the shuttle, I/O
// marks, a range added, tagged, adjusted and deleted, jumps between ranges, the loop, the
// thumbnails; a truncated file said in words.
#include "PaneTestSupport.h"
#include "review/ReviewItemView.h"
#include "review/panes/VideoPane.h"
#include "review/panes/VideoSurface.h"
#include "review/panes/VideoTimeline.h"

#include <QComboBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace wk;
using namespace wk::test;

namespace {
constexpr int kDecodeTimeoutMs = 15000;

ReviewItem lampVideo(const QString &file = QStringLiteral("vid-lamp-jump.mp4"))
{
    ReviewItem item;
    item.id = QStringLiteral("ri-2");
    item.kind = MediaKind::Video;
    item.title = QStringLiteral("Nordic Sage Green Metal Table Lamp");
    item.flagReasons = {FlagReason::ContinuityGlitch};
    item.media = assetFor(file, QStringLiteral("video/mp4"), 320, 320, 3000);
    item.sourceMedia = assetFor(QStringLiteral("src-lamp.jpg"), QStringLiteral("image/jpeg"));
    item.suspectRanges = {TimeRange{1460, 1590, QStringLiteral("continuity_glitch"), {}}};
    return item;
}
} // namespace

class TestVideoPane : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ReviewItemView> m_view;
    VideoPane *pane() const { return qobject_cast<VideoPane *>(m_view->currentPane()); }

    void open(const ReviewItem &item, const QString &path)
    {
        m_view->showItem(item, std::nullopt);
        QVERIFY(pane());
        m_view->setMediaFile(item.media->id, path);
    }
    void openLamp()
    {
        open(lampVideo(), mediaPath(QStringLiteral("vid-lamp-jump.mp4")));
        // A backend that is installed but cannot decode H.264 must fail here, not hang.
        QVERIFY2(QTest::qWaitFor([this] { return pane()->surface()->hasFrame() || !m_view->mediaProblem().isEmpty(); },
                                 kDecodeTimeoutMs),
                 "no video frame within 15 s: the multimedia backend cannot decode H.264 (on Debian install "
                 "gstreamer1.0-libav and gstreamer1.0-plugins-good)");
        QVERIFY2(m_view->mediaProblem().isEmpty(), qPrintable(m_view->mediaProblem()));
        QTRY_VERIFY_WITH_TIMEOUT(pane()->isReady(), kDecodeTimeoutMs);
        pane()->setFocus();
    }

private slots:
    void initTestCase()
    {
        // Only a platform with no multimedia backend at all may skip, and it says so.
        const QString backend = VideoPane::backendProblem();
        if (!backend.isEmpty())
            QSKIP(qPrintable(QStringLiteral("no Qt Multimedia backend on this platform (QMediaPlayer::isAvailable() "
                                            "is false): ") + backend));
    }
    void init()
    {
        m_view = std::make_unique<ReviewItemView>();
        m_view->resize(1100, 700);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }
    void cleanup() { m_view.reset(); }

    void stepsFramesAndMarksARange()
    {
        openLamp();
        VideoPane *p = pane();
        const qint64 frame = p->frameDurationMs();
        QVERIFY(frame >= 10 && frame <= 100);
        QCOMPARE(m_view->annotations().ranges.size(), 1);

        QTest::keyClick(p, Qt::Key_Period);
        QTest::keyClick(p, Qt::Key_Period);
        QTest::keyClick(p, Qt::Key_Period);
        QCOMPARE(p->position(), 3 * frame);
        QTest::keyClick(p, Qt::Key_Comma);
        QCOMPARE(p->position(), 2 * frame);
        // The picture follows the step: the frame shown is the one asked for.
        QTRY_VERIFY_WITH_TIMEOUT(qAbs(p->surface()->frameTimeMs() - 2 * frame) < frame, 5000);

        QTest::keyClick(p, Qt::Key_I);
        for (int i = 0; i < 10; ++i)
            QTest::keyClick(p, Qt::Key_Period);
        QTest::keyClick(p, Qt::Key_O);
        QCOMPARE(p->markIn(), std::optional<qint64>(2 * frame));
        QCOMPARE(p->markOut(), std::optional<qint64>(12 * frame));

        QSignalSpy changed(m_view.get(), &ReviewItemView::annotationsChanged);
        QTest::keyClick(p, Qt::Key_M);
        QCOMPARE(changed.count(), 1);
        QList<TimeRange> ranges = m_view->annotations().ranges;
        QCOMPARE(ranges.size(), 2);
        QCOMPARE(ranges.at(1).startMs, 2 * frame);
        QCOMPARE(ranges.at(1).endMs, 12 * frame);
        QCOMPARE(ranges.at(1).tag, QStringLiteral("continuity_glitch"));

        // Tag it, then move its start to the playhead (Shift+I) after stepping.
        p->tagBox()->setCurrentIndex(p->tagBox()->findData(QStringLiteral("garbled_text")));
        QCOMPARE(m_view->annotations().ranges.at(1).tag, QStringLiteral("garbled_text"));
        QTest::keyClick(p, Qt::Key_Comma);
        QTest::keyClick(p, Qt::Key_Comma);
        QTest::keyClick(p, Qt::Key_I, Qt::ShiftModifier);
        QCOMPARE(m_view->annotations().ranges.at(1).startMs, 10 * frame);
        QCOMPARE(p->markIn(), std::optional<qint64>(2 * frame));   // the marks stay

        // Jump between ranges: from the start, ] goes to the first, again to the AI's.
        QTest::keyClick(p, Qt::Key_Home);
        QTest::keyClick(p, Qt::Key_BracketRight);
        QCOMPARE(p->position(), 10 * frame);
        QCOMPARE(p->timeline()->selectedIndex(), 1);
        QTest::keyClick(p, Qt::Key_BracketRight);
        QCOMPARE(p->position(), qint64(1460));
        QCOMPARE(p->timeline()->selectedIndex(), 0);
        QTest::keyClick(p, Qt::Key_BracketLeft);
        QCOMPARE(p->timeline()->selectedIndex(), 1);

        QTest::keyClick(p, Qt::Key_Delete);
        ranges = m_view->annotations().ranges;
        QCOMPARE(ranges.size(), 1);
        QCOMPARE(ranges.at(0).tag, QStringLiteral("continuity_glitch"));
    }

    void timelineDragAdjustsARange()
    {
        openLamp();
        VideoTimeline *t = pane()->timeline();
        t->setSelectedIndex(0);
        const int y = t->height() / 2;
        const QPoint edge(qRound(t->xOf(1590)), y);
        QTest::mousePress(t, Qt::LeftButton, {}, edge);
        QTest::mouseMove(t, QPoint(qRound(t->xOf(2000)), y));
        QTest::mouseRelease(t, Qt::LeftButton, {}, QPoint(qRound(t->xOf(2000)), y));
        QVERIFY(qAbs(m_view->annotations().ranges.at(0).endMs - 2000) < 20);
        // A click elsewhere seeks there.
        QTest::mouseClick(t, Qt::LeftButton, {}, QPoint(qRound(t->xOf(500)), y));
        QVERIFY(qAbs(pane()->position() - 500) < 20);
    }

    void shuttleAndLoop()
    {
        openLamp();
        VideoPane *p = pane();
        QTest::keyClick(p, Qt::Key_L);
        QCOMPARE(p->shuttleSpeed(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(p->position() > 300, 5000);   // it really plays
        QTest::keyClick(p, Qt::Key_L);
        QCOMPARE(p->shuttleSpeed(), 2);
        QTest::keyClick(p, Qt::Key_K);
        QCOMPARE(p->shuttleSpeed(), 0);
        QVERIFY(!p->isPlaying());
        const qint64 at = p->position();
        QTest::keyClick(p, Qt::Key_J);
        QCOMPARE(p->shuttleSpeed(), -1);
        QTest::keyClick(p, Qt::Key_J);
        QCOMPARE(p->shuttleSpeed(), -2);
        QTRY_VERIFY_WITH_TIMEOUT(p->position() < at, 5000);   // backwards
        QTest::keyClick(p, Qt::Key_K);

        // Loop 0.2 s – 0.8 s: playing runs back to the in mark.
        p->seek(200);
        QTest::keyClick(p, Qt::Key_I);
        p->seek(800);
        QTest::keyClick(p, Qt::Key_O);
        QTest::keyClick(p, Qt::Key_L, Qt::ShiftModifier);
        QVERIFY(p->loops());
        QTest::keyClick(p, Qt::Key_L);
        QTRY_VERIFY_WITH_TIMEOUT(p->position() >= 500, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(p->position() < 400, 5000);   // wrapped
        QVERIFY(p->position() >= 200);
        QTest::keyClick(p, Qt::Key_K);

        // From the end, L plays from the start again.
        QTest::keyClick(p, Qt::Key_L, Qt::ShiftModifier);
        QVERIFY(!p->loops());
        QTest::keyClick(p, Qt::Key_End);
        QCOMPARE(p->position(), qint64(3000));
        QTest::keyClick(p, Qt::Key_L);
        QCOMPARE(p->position(), qint64(0));
        QTest::keyClick(p, Qt::Key_K);
    }

    void thumbnailsAndScreenshot()
    {
        openLamp();
        VideoPane *p = pane();
        QTRY_VERIFY_WITH_TIMEOUT(p->timeline()->thumbnailsFilled() >= 8, kDecodeTimeoutMs);
        // The last slices may have no frame of their own at 4× speed; give them a moment, no more.
        (void)QTest::qWaitFor([p] { return p->timeline()->thumbnailsFilled() == p->timeline()->thumbnailCount(); }, 3000);
        p->seek(1500);
        QTRY_VERIFY_WITH_TIMEOUT(qAbs(p->surface()->frameTimeMs() - 1500) < 100, 5000);
        QVERIFY2(distinctColours(p->surface()->currentFrame()) > 20, "the decoded frame is uniform");
        const QImage shot = saveScreenshot(m_view.get(), QStringLiteral("video"));
        QVERIFY(distinctColours(shot) > 200);
    }

    void truncatedFileIsSaidInWords()
    {
        QTemporaryDir dir;
        QFile real(mediaPath(QStringLiteral("vid-lamp-jump.mp4")));
        QVERIFY(real.open(QIODevice::ReadOnly));
        const QString path = dir.filePath(QStringLiteral("cut.mp4"));
        QFile cut(path);
        QVERIFY(cut.open(QIODevice::WriteOnly));
        cut.write(real.read(1500));   // the header says mp4, the rest is gone
        cut.close();
        ReviewItem item = lampVideo();
        item.media->sha256.clear();   // as if the platform had published the broken bytes
        open(item, path);
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->mediaProblem().isEmpty(), kDecodeTimeoutMs);
        QVERIFY2(m_view->mediaProblem().contains(QStringLiteral("cannot")), qPrintable(m_view->mediaProblem()));
        QCOMPARE(pane()->surface()->message(), m_view->mediaProblem());
        QCOMPARE(m_view->annotations().ranges.size(), 1);   // still decidable
        saveScreenshot(m_view.get(), QStringLiteral("video-broken"));
    }

    void wrongHashIsSaidInWords()
    {
        ReviewItem item = lampVideo();
        item.media->sha256 = QString(64, QLatin1Char('f'));
        open(item, mediaPath(QStringLiteral("vid-lamp-jump.mp4")));
        QTRY_VERIFY(m_view->mediaProblem().contains(QStringLiteral("checksum")));
    }
};

QTEST_MAIN(TestVideoPane)
#include "test_video_pane.moc"
