// The Review desk as a supervisor meets it in the demo: the real reference platform on a loopback
// port generates flagged items with real images, H.264 videos and copy; a live SyncService pulls
// them into a real cache; the desk's real panes (ImagePane, VideoPane, CopyPane) get their media
// through the workspace's MediaCache (downloaded, sha256-verified, decoded ahead). A triage of 50
// items by keyboard alone: approve, reject with a reason 1–9, regenerate with a note, a correction
// typed into the copy, regions and time ranges marked on images and videos, escalate, undo, a bulk
// decision, a cluster; the decisions reach the platform; then another supervisor decides the open
// item on the platform and the conflict banner says so. Each pane is grabbed offscreen to
// /tmp/review-triage-{image,video,copy}.png and checked for real content.
#include "../sync/SyncTestSupport.h"
#include "ReviewDeskShown.h"
#include "common/CommandPalette.h"
#include "itemmodels/ReviewQueueModel.h"
#include "review/ReviewConflictBanner.h"
#include "review/ReviewDecisionPrompt.h"
#include "review/ReviewDesk.h"
#include "review/ReviewFacetBar.h"
#include "review/ReviewItemView.h"
#include "review/ReviewMediaFeed.h"
#include "review/panes/CopyPane.h"
#include "review/panes/ImageCanvas.h"
#include "review/panes/ImagePane.h"
#include "review/panes/ImageViewState.h"
#include "review/panes/VideoPane.h"
#include "review/panes/VideoSurface.h"
#include "storage/ReviewStore.h"
#include "sync/CommandQueue.h"
#include "sync/Workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTableView>

using namespace wk;
using namespace wk::synctest;

namespace {
constexpr int kShowTimeoutMs = 20000;   // a video's first frame under a loaded CI machine

struct OutboxRow {
    QString type, target, state;
    qint64 baseVersion = 0;
    QJsonObject payload;
};

// Distinct colours on a grid over a grab: a blank or single-colour area has a handful.
int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}

// Share of pixels that differ from the most common colour (the background).
double nonBackgroundShare(const QImage &image)
{
    QHash<QRgb, int> counts;
    int total = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2) {
            ++counts[image.pixel(x, y)];
            ++total;
        }
    int most = 0;
    for (int n : std::as_const(counts))
        most = qMax(most, n);
    return total ? 1.0 - double(most) / total : 0;
}
} // namespace

class TestReviewDeskTriage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("WatchkeeperTriageTest"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        PlatformServer::Options options;
        options.dbPath = m_dir.filePath(QStringLiteral("platform.sqlite"));
        options.sizePercent = 1;
        options.reviewItems = 240;
        m_server = std::make_unique<PlatformServer>(options);
        QVERIFY(m_server->start() != 0);
        m_cache = m_dir.filePath(QStringLiteral("cache.sqlite"));
        m_console = std::make_unique<Console>(m_cache, m_server->baseUrl(), QStringLiteral("demo-1"), false);
        m_console->service->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_console->status.caughtUp, 60000);
        m_db = std::make_unique<Database>(openCache(m_cache));
    }

    void triageThroughTheRealPanes()
    {
        Workspace ws(m_cache, m_console->service.get());
        PlatformClientSettings client;
        client.baseUrl = m_server->baseUrl();
        client.token = QStringLiteral("demo-1");
        ws.setClientSettings(client);
        QTRY_VERIFY_WITH_TIMEOUT(!ws.supervisor().supervisorId.isEmpty(), 10000);
        const QString me = ws.supervisor().supervisorId;

        ReviewDesk desk;
        desk.resize(1600, 900);
        desk.setWorkspace(&ws);
        desk.show();
        QVERIFY(QTest::qWaitForWindowActive(&desk));
        QTRY_VERIFY_WITH_TIMEOUT(!desk.currentItemId().isEmpty(), 10000);
        QVERIFY(desk.model()->rowCount() >= 60);
        desk.table()->setFocus();

        const auto key = [&](int k, Qt::KeyboardModifiers mods = Qt::NoModifier) {
            QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &desk, Qt::Key(k), mods);
        };
        // The open item with its media on screen (the image decoded, the video's first frame, the
        // text in the editor), or a sentence saying why it cannot be.
        const auto fullyShown = [&] { return reviewtest::fullyShown(desk); };
        QStringList problems;
        const auto waitShown = [&] {
            QTRY_VERIFY_WITH_TIMEOUT(fullyShown(), kShowTimeoutMs);
            const QString problem = desk.itemView()->mediaProblem();
            if (!problem.isEmpty())
                problems << desk.currentItemId() + QStringLiteral(": ") + problem;
        };
        const auto waitNext = [&](const QString &before) {
            QTRY_VERIFY_WITH_TIMEOUT(desk.currentItemId() != before, 10000);
            waitShown();
        };
        const auto kindNow = [&] { return desk.itemView()->item()->kind; };
        waitShown();

        QSet<MediaKind> grabbed;
        const auto grabPane = [&] {
            const MediaKind kind = kindNow();
            if (grabbed.contains(kind) || !desk.itemView()->mediaProblem().isEmpty())
                return;
            QTest::qWait(100);   // the last frame or decode painted
            const QString name = kind == MediaKind::Image ? QStringLiteral("image")
                                 : kind == MediaKind::Video ? QStringLiteral("video") : QStringLiteral("copy");
            QVERIFY(desk.grab().save(QStringLiteral("/tmp/review-triage-%1.png").arg(name)));
            ItemPane *pane = desk.itemView()->currentPane();
            QImage area;
            if (auto *image = qobject_cast<ImagePane *>(pane))
                area = image->generatedCanvas()->grab().toImage();
            else if (auto *video = qobject_cast<VideoPane *>(pane))
                area = video->surface()->grab().toImage();
            else if (auto *copy = qobject_cast<CopyPane *>(pane))
                area = copy->editor()->viewport()->grab().toImage();
            QVERIFY(!area.isNull());
            const int colours = distinctColours(area);
            const double share = nonBackgroundShare(area);
            qInfo("%s pane: %d colours, %.0f %% non-background in the media area", qPrintable(name), colours, share * 100);
            // A photo or a video frame has hundreds of colours over most of its area; text has
            // antialiased glyphs over a fair part of the editor.
            if (kind == MediaKind::Copy) {
                QVERIFY2(colours >= 8 && share > 0.01, qPrintable(name));
            } else {
                QVERIFY2(colours >= 200 && share > 0.3, qPrintable(name));
            }
            grabbed << kind;
        };

        int decided = 0;
        int corrected = 0, regions = 0, ranges = 0;
        QSet<int> digits;
        for (int step = 0; decided < 35; ++step) {
            grabPane();
            const QString id = desk.currentItemId();
            const MediaKind kind = kindNow();
            switch (step % 5) {
            case 0:
                key(Qt::Key_A);
                break;
            case 1: {
                key(Qt::Key_R);
                QVERIFY(desk.prompt()->isVisible());
                const int digit = 1 + (step / 5) % 9;
                digits << digit;
                key(Qt::Key_0 + digit);
                break;
            }
            case 2:
                key(Qt::Key_G);
                QVERIFY(desk.prompt()->noteField()->hasFocus());
                QTest::keyClicks(desk.prompt()->noteField(), QStringLiteral("sharper edges"));
                key(Qt::Key_Return);
                break;
            case 3:
                // F2 puts the keyboard into the item; Esc brings it back to the queue.
                key(Qt::Key_F2);
                if (kind == MediaKind::Copy) {
                    auto *copy = qobject_cast<CopyPane *>(desk.itemView()->currentPane());
                    QVERIFY(copy->editor()->hasFocus());
                    key(Qt::Key_End, Qt::ControlModifier);
                    QTest::keyClicks(copy->editor(), QStringLiteral(" Checked."));
                    key(Qt::Key_Escape);
                    QVERIFY(desk.table()->hasFocus());
                    key(Qt::Key_C);
                    ++corrected;
                } else if (kind == MediaKind::Image && desk.itemView()->mediaProblem().isEmpty()) {
                    auto *image = qobject_cast<ImagePane *>(desk.itemView()->currentPane());
                    QVERIFY(image->generatedCanvas()->hasFocus());
                    const double zoom = image->viewState()->zoom();
                    key(Qt::Key_Plus);
                    QVERIFY(image->viewState()->zoom() > zoom);
                    const auto before = desk.itemView()->annotations().regions.size();
                    key(Qt::Key_Insert);   // a region in the middle of the view
                    QCOMPARE(desk.itemView()->annotations().regions.size(), before + 1);
                    key(Qt::Key_Escape);   // the region is deselected
                    key(Qt::Key_Escape);   // back to the queue
                    QVERIFY(desk.table()->hasFocus());
                    key(Qt::Key_R);
                    key(Qt::Key_2);
                    ++regions;
                } else if (kind == MediaKind::Video && desk.itemView()->mediaProblem().isEmpty()) {
                    auto *video = qobject_cast<VideoPane *>(desk.itemView()->currentPane());
                    QVERIFY(video->hasFocus());
                    const qint64 at = video->position();
                    key(Qt::Key_Period);
                    QTRY_VERIFY_WITH_TIMEOUT(video->position() > at, 5000);
                    key(Qt::Key_I);
                    for (int i = 0; i < 5; ++i)
                        key(Qt::Key_Period);
                    QTRY_VERIFY_WITH_TIMEOUT(video->position() > *video->markIn(), 5000);
                    key(Qt::Key_O);
                    const auto before = desk.itemView()->annotations().ranges.size();
                    key(Qt::Key_M);
                    QCOMPARE(desk.itemView()->annotations().ranges.size(), before + 1);
                    key(Qt::Key_Escape);
                    QVERIFY(desk.table()->hasFocus());
                    key(Qt::Key_R);
                    key(Qt::Key_4);
                    ++ranges;
                } else {
                    key(Qt::Key_E);
                }
                break;
            case 4:
                key(Qt::Key_E);
                break;
            }
            waitNext(id);
            ++decided;
        }

        // Undo in time: the item comes back, its command is gone.
        {
            const QString id = desk.currentItemId();
            const int before = int(decisions().size());
            key(Qt::Key_A);
            waitNext(id);
            key(Qt::Key_Z, Qt::ControlModifier);
            QTRY_COMPARE(desk.currentItemId(), id);
            QTRY_COMPARE(decisions().size(), before);
            QVERIFY(desk.statusMessage().startsWith(QStringLiteral("Undone")));
            waitShown();
        }
        // Bulk: three rows with Shift+Down, one key. First the platform's answers to what was
        // decided so far are in (their rows leave the queue), so that the rows stay put meanwhile.
        {
            QTRY_VERIFY_WITH_TIMEOUT(unsent() == 0, 60000);
            QTest::qWait(2 * Workspace::kCacheUpdateIntervalMs + 500);
            QTRY_VERIFY_WITH_TIMEOUT(desk.model()->isIdle(), 10000);
            desk.table()->setFocus();
            const int before = int(decisions().size());
            const QString id = desk.currentItemId();
            key(Qt::Key_Down, Qt::ShiftModifier);
            QVERIFY(desk.table()->hasFocus());   // the next item's pane does not take it
            key(Qt::Key_Down, Qt::ShiftModifier);
            QCOMPARE(desk.table()->selectionModel()->selectedRows().size(), 3);
            key(Qt::Key_A);
            QTRY_COMPARE(decisions().size(), before + 3);
            waitNext(id);
            decided += 3;
        }
        // A cluster: the same supplier and flag reason, one decision for all of them.
        {
            const int before = int(decisions().size());
            key(Qt::Key_L, Qt::ControlModifier);
            QTRY_VERIFY(desk.statusMessage().startsWith(QStringLiteral("Cluster")));
            key(Qt::Key_R);
            key(Qt::Key_1);
            QTRY_VERIFY(decisions().size() > before);
            decided += int(decisions().size()) - before;
            waitShown();
        }
        // A copy item, found with the kind facet, corrected by typing into its text.
        if (corrected == 0) {
            QComboBox *kindBox = nullptr;
            for (QComboBox *box : desk.facetBar()->findChildren<QComboBox *>())
                    if (box->accessibleName() == QLatin1String("Kind"))
                        kindBox = box;
            QVERIFY(kindBox);
            kindBox->setFocus();
            const int copyIndex = kindBox->findData(QStringLiteral("copy"));
            QVERIFY(copyIndex > 0);
            while (kindBox->currentIndex() < copyIndex)
                key(Qt::Key_Down);
            QTRY_VERIFY_WITH_TIMEOUT(!desk.currentItemId().isEmpty() && desk.itemView()->item()
                                         && desk.itemView()->item()->kind == MediaKind::Copy, 10000);
            waitShown();
            grabPane();
            desk.table()->setFocus();
            const QString id = desk.currentItemId();
            key(Qt::Key_F2);
            key(Qt::Key_End, Qt::ControlModifier);
            QTest::keyClicks(QApplication::focusWidget(), QStringLiteral(" Checked."));
            key(Qt::Key_Escape);
            key(Qt::Key_C);
            waitNext(id);
            ++corrected;
            ++decided;
            kindBox->setFocus();
            key(Qt::Key_Home);
            QTRY_VERIFY2_WITH_TIMEOUT(!desk.currentItemId().isEmpty(),
                                      qPrintable(QStringLiteral("rows %1, kind %2, current row %3, message %4")
                                                     .arg(desk.model()->rowCount())
                                                     .arg(desk.facetBar()->query().kinds.join(QLatin1Char(',')))
                                                     .arg(desk.table()->currentIndex().row())
                                                     .arg(desk.statusMessage())),
                                      10000);
            desk.table()->setFocus();
            waitShown();
        }
        while (decided < 50) {
            grabPane();
            const QString id = desk.currentItemId();
            key(Qt::Key_A);
            waitNext(id);
            ++decided;
        }
        QVERIFY(corrected >= 1);
        QVERIFY(regions >= 1);
        QVERIFY(ranges >= 1);
        QVERIFY(digits.size() >= 3);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QCOMPARE(grabbed, (QSet<MediaKind>{MediaKind::Image, MediaKind::Video, MediaKind::Copy}));

        // Every decision path with what the panes collected, and every one reached the platform.
        QSet<QString> kinds;
        int withRegions = 0, withRanges = 0, withText = 0;
        QTRY_VERIFY_WITH_TIMEOUT(unsent() == 0, 60000);
        const QList<OutboxRow> rows = decisions();
        QVERIFY(rows.size() >= 50);
        for (const OutboxRow &row : rows) {
            const QString d = row.payload.value(QStringLiteral("decision")).toString();
            kinds << d;
            QVERIFY2(row.state == QLatin1String("applied"),
                     qPrintable(QStringLiteral("%1 %2 %3 against version %4, %5 decisions for it")
                                    .arg(row.target, d, row.state)
                                    .arg(row.baseVersion)
                                    .arg(decisionsFor(row.target).size())));
            if (d == QLatin1String("reject"))
                QVERIFY(!row.payload.value(QStringLiteral("reject_reason")).toString().isEmpty());
            if (d == QLatin1String("regenerate"))
                QCOMPARE(row.payload.value(QStringLiteral("note")).toString(), QStringLiteral("sharper edges"));
            if (d == QLatin1String("correct")) {
                QVERIFY(row.payload.value(QStringLiteral("corrected_text")).toString().endsWith(QStringLiteral(" Checked.")));
                ++withText;
            }
            withRegions += row.payload.value(QStringLiteral("regions")).toArray().isEmpty() ? 0 : 1;
            withRanges += row.payload.value(QStringLiteral("ranges")).toArray().isEmpty() ? 0 : 1;
            const auto server = m_server->store().find(EntityKind::ReviewItem, row.target);
            QVERIFY(server);
            const ReviewItem theirs = codec::decodeReviewItem(server->object());
            if (d == QLatin1String("escalate")) {
                QCOMPARE(theirs.status, ReviewStatus::Escalated);
            } else {
                QVERIFY2(theirs.decision && theirs.decision->decidedBy == me, qPrintable(row.target));
                QCOMPARE(toCode(theirs.decision->kind), d);
            }
        }
        QCOMPARE(kinds, (QSet<QString>{QStringLiteral("approve"), QStringLiteral("reject"), QStringLiteral("regenerate"),
                                       QStringLiteral("correct"), QStringLiteral("escalate")}));
        QVERIFY(withRegions >= 1 && withRanges >= 1 && withText >= 1);

        // Another supervisor decides the open item on the platform while it is open here. My claim
        // waits in its grace period (so the platform takes their decision): the banner names them,
        // and my decision is kept against the version I saw, to become a conflict, not a loss.
        {
            ws.commands()->setGracePeriod(std::chrono::hours(1));
            const QString before = desk.currentItemId();
            key(Qt::Key_Down, Qt::AltModifier);
            waitNext(before);
            const QString id = desk.currentItemId();
            const qint64 seen = ReviewStore(*m_db).get(id)->version;
            {
                Console other(m_dir.filePath(QStringLiteral("other.sqlite")), m_server->baseUrl(),
                              QStringLiteral("demo-2"), true);
                Database otherDb = openCache(m_dir.filePath(QStringLiteral("other.sqlite")));
                enqueue(otherDb, decideCommand(id, seen, QStringLiteral("reject"), QStringLiteral("artefacts")));
                QVERIFY2(other.runOnce(), qPrintable(other.error()));
            }
            QTRY_VERIFY_WITH_TIMEOUT(desk.conflictBanner()->isVisible(), 20000);
            QVERIFY2(desk.conflictBanner()->text().contains(QStringLiteral("sup-2"))
                         || desk.conflictBanner()->text().contains(QStringLiteral("Jonas")),
                     qPrintable(desk.conflictBanner()->text()));
            QVERIFY(desk.grab().save(QStringLiteral("/tmp/review-triage-conflict.png")));
            key(Qt::Key_A);
            QTRY_VERIFY(!decisionsFor(id).isEmpty());
            QCOMPARE(decisionsFor(id).last().baseVersion, seen);
            QCOMPARE(decisionsFor(id).last().state, QStringLiteral("pending"));
            ws.commands()->setGracePeriod(CommandQueue::kDefaultGrace);
        }
        desk.setWorkspace(nullptr);
    }

private:
    QList<OutboxRow> decisions()
    {
        Statement st(*m_db, QStringLiteral("SELECT type, target, base_version, payload, state FROM outbox "
                                           "WHERE type = 'review.decide' ORDER BY seq"));
        QList<OutboxRow> rows;
        while (st.step())
            rows << OutboxRow{st.columnText(0), st.columnText(1), st.columnText(4), st.columnInt64(2),
                              QJsonDocument::fromJson(st.columnText(3).toUtf8()).object()};
        return rows;
    }
    QList<OutboxRow> decisionsFor(const QString &target)
    {
        QList<OutboxRow> out;
        for (const OutboxRow &r : decisions())
            if (r.target == target)
                out << r;
        return out;
    }
    qint64 unsent()
    {
        return scalar(*m_db, QStringLiteral("SELECT count(*) FROM outbox WHERE type = 'review.decide' "
                                            "AND state IN ('pending', 'in_flight')"));
    }

    QTemporaryDir m_dir;
    std::unique_ptr<PlatformServer> m_server;
    QString m_cache;
    std::unique_ptr<Console> m_console;
    std::unique_ptr<Database> m_db;
};

QTEST_MAIN(TestReviewDeskTriage)
#include "test_reviewdesk_triage.moc"
