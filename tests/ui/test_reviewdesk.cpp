// The Review desk driven by the keyboard as a supervisor would: a triage of 50 items on a real
// cache (filled through the stores) with every decision path, undo (in time and too late), a bulk
// decision on a selection, a cluster, claims with their lease, and the conflict banner; then the
// outbox rows that resulted. Saves an offscreen screenshot to /tmp/review-queue-desk.png.
#include "../models/ReviewSamples.h"
#include "common/CommandPalette.h"
#include "common/EmptyStateWidget.h"
#include "itemmodels/ReviewQueueModel.h"
#include "review/ReviewClaimKeeper.h"
#include "review/ReviewConflictBanner.h"
#include "review/ReviewDecisionPrompt.h"
#include "review/ReviewDesk.h"
#include "review/ReviewFacetBar.h"
#include "review/ReviewItemView.h"
#include "review/panes/CopyPane.h"
#include "storage/Statement.h"
#include "sync/CommandQueue.h"
#include "sync/Workspace.h"

#include <QApplication>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>
#include <QTemporaryDir>
#include <QTest>

using namespace wk;

namespace {
constexpr int kItems = 80;

struct OutboxRow {
    QString type, target, state;
    qint64 baseVersion = 0;
    QJsonObject payload;
};
} // namespace

class TestReviewDesk : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("WatchkeeperTest"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        m_path = m_dir.filePath(QStringLiteral("cache.db"));
        m_db = std::make_unique<Database>(openCache(m_path));
        samples::fillThroughStores(*m_db, kItems);
    }

    void emptyWithoutWorkspace()
    {
        ReviewDesk desk;
        QVERIFY(desk.emptyState()->isVisibleTo(&desk) || !desk.isVisible());
        QCOMPARE(desk.model()->rowCount(), 0);
    }

    void triageByKeyboard()
    {
        Workspace ws(m_path, nullptr);
        ws.setSupervisor(Me{QStringLiteral("sv-me"), QStringLiteral("Me"), 300});
        ReviewDesk desk;
        desk.resize(1500, 820);
        desk.setWorkspace(&ws);
        desk.show();
        QVERIFY(QTest::qWaitForWindowActive(&desk));
        // The desk's own item view with the real panes (the samples have no media: the image and
        // video panes say so, and their items can still be decided).
        const auto shown = [&] {
            const auto &item = desk.itemView()->item();
            return !desk.currentItemId().isEmpty() && item && item->id == desk.currentItemId();
        };
        QTRY_VERIFY(shown());
        QCOMPARE(desk.model()->rowCount(), kItems);
        desk.table()->setFocus();

        const auto key = [&](int k, Qt::KeyboardModifiers mods = Qt::NoModifier) {
            QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &desk, Qt::Key(k), mods);
        };
        const auto waitNext = [&](const QString &before) {
            QTRY_VERIFY(desk.currentItemId() != before && shown());
        };
        const auto item = [&](const QString &id) { return *ReviewStore(*m_db).get(id); };

        // A claim once the item has been open a moment, with its lease counting down.
        QTRY_VERIFY(desk.leaseText().contains(QStringLiteral("4:5")));
        QTRY_COMPARE(outbox(QStringLiteral("review.claim")).size(), 1);

        int decided = 0;
        QStringList ids;
        // 40 single decisions, cycling through every kind of decision.
        for (int step = 0; decided < 40; ++step) {
            const QString id = desk.currentItemId();
            const ReviewItem current = item(id);
            switch (step % 5) {
            case 0:
                key(Qt::Key_A);
                break;
            case 1:
                key(Qt::Key_R);
                QVERIFY(desk.prompt()->isVisible());
                key(Qt::Key_3);   // garbled text
                break;
            case 2:
                key(Qt::Key_G);
                QVERIFY(desk.prompt()->noteField()->hasFocus());
                QTest::keyClicks(desk.prompt()->noteField(), QStringLiteral("sharper edges"));
                key(Qt::Key_Return);
                break;
            case 3:
                if (current.kind == MediaKind::Copy) {
                    // F2 into the copy pane's editor, the text replaced, Esc back to the queue.
                    key(Qt::Key_F2);
                    auto *copy = qobject_cast<CopyPane *>(desk.itemView()->currentPane());
                    QVERIFY(copy && copy->editor()->hasFocus());
                    key(Qt::Key_A, Qt::ControlModifier);
                    QTest::keyClicks(copy->editor(), QStringLiteral("Bamboo kettle, 1.5 l."));
                    key(Qt::Key_Escape);
                    QVERIFY(desk.table()->hasFocus());
                    key(Qt::Key_C);
                } else {
                    key(Qt::Key_C);   // not copy: refused with a sentence, nothing sent
                    QVERIFY(desk.statusMessage().contains(QStringLiteral("Only copy")));
                    key(Qt::Key_E);
                }
                break;
            case 4:
                key(Qt::Key_E);
                break;
            }
            waitNext(id);
            ids << id;
            ++decided;
        }
        QTRY_COMPARE(outbox(QStringLiteral("review.decide")).size(), 40);
        // The claim of the first item was withdrawn in its grace period when it was decided?
        // No: a decision ends the claim on the platform; only leaving undecided releases.

        // Undo in time: the item comes back, its command is gone.
        {
            const QString id = desk.currentItemId();
            const int counted = desk.sessionStats().decidedCount();
            key(Qt::Key_A);
            waitNext(id);
            QTRY_COMPARE(outbox(QStringLiteral("review.decide")).size(), 41);
            QCOMPARE(desk.sessionStats().decidedCount(), counted + 1);
            key(Qt::Key_Z, Qt::ControlModifier);
            QTRY_COMPARE(desk.currentItemId(), id);
            QTRY_COMPARE(outbox(QStringLiteral("review.decide")).size(), 40);
            QVERIFY(desk.statusMessage().startsWith(QStringLiteral("Undone")));
            QCOMPARE(desk.sessionStats().decidedCount(), counted);   // the pace counts what stands
        }
        // Undo too late: said plainly, the command stays.
        {
            ws.commands()->setGracePeriod(std::chrono::milliseconds(100));
            const QString id = desk.currentItemId();
            key(Qt::Key_A);
            waitNext(id);
            QTRY_COMPARE(outbox(QStringLiteral("review.decide")).size(), 41);
            QTest::qWait(300);
            key(Qt::Key_Z, Qt::ControlModifier);
            QTRY_VERIFY(desk.statusMessage().startsWith(QStringLiteral("Too late to undo")));
            QCOMPARE(outbox(QStringLiteral("review.decide")).size(), 41);
            ws.commands()->setGracePeriod(CommandQueue::kDefaultGrace);
            ++decided;
        }
        // Leaving an item undecided after its claim: the claim is withdrawn (still in its grace).
        {
            const int claims = int(outbox(QStringLiteral("review.claim")).size());
            QTRY_VERIFY(desk.leaseText().contains(QLatin1Char(':')));
            QTRY_COMPARE(outbox(QStringLiteral("review.claim")).size(), claims + 1);
            const QString id = desk.currentItemId();
            key(Qt::Key_Down, Qt::AltModifier);
            waitNext(id);
            QTRY_COMPARE(outbox(QStringLiteral("review.claim")).size(), claims);
            key(Qt::Key_Up, Qt::AltModifier);
            waitNext(desk.currentItemId() == id ? QString() : desk.currentItemId());
            QCOMPARE(desk.currentItemId(), id);
        }
        // Bulk: three rows selected with Shift+Down, one key.
        {
            desk.table()->setFocus();
            const int row = desk.table()->currentIndex().row();
            key(Qt::Key_Down, Qt::ShiftModifier);
            key(Qt::Key_Down, Qt::ShiftModifier);
            QCOMPARE(desk.table()->selectionModel()->selectedRows().size(), 3);
            QStringList bulk;
            for (int r = row; r < row + 3; ++r)
                bulk << desk.model()->data(desk.model()->index(r, 0), ReviewQueueModel::IdRole).toString();
            key(Qt::Key_A);
            QTRY_COMPARE(outbox(QStringLiteral("review.decide")).size(), 44);
            for (const QString &id : bulk)
                QVERIFY(!outboxFor(id).isEmpty());
            decided += 3;
        }
        // A cluster: the same supplier and flag reason, one key for all of them.
        {
            QTRY_VERIFY(shown());
            const QString id = desk.currentItemId();
            key(Qt::Key_L, Qt::ControlModifier);
            QTRY_VERIFY(desk.statusMessage().startsWith(QStringLiteral("Cluster")));
            const int before = int(outbox(QStringLiteral("review.decide")).size());
            key(Qt::Key_R);
            key(Qt::Key_1);
            QTRY_VERIFY(outbox(QStringLiteral("review.decide")).size() > before);
            const auto rows = outbox(QStringLiteral("review.decide"));
            const QString supplier = item(id).supplierId;
            int inCluster = 0;
            for (int i = before; i < rows.size(); ++i) {
                QCOMPARE(item(rows[i].target).supplierId, supplier);
                QCOMPARE(rows[i].payload.value(QStringLiteral("reject_reason")).toString(), QStringLiteral("artefact_visible"));
                ++inCluster;
            }
            QVERIFY(inCluster >= 1);
            decided += inCluster;
        }
        // Keep deciding until 50 items have been decided.
        while (decided < 50) {
            QTRY_VERIFY(shown());
            const QString id = desk.currentItemId();
            key(Qt::Key_A);
            waitNext(id);
            ++decided;
        }
        // Pending decisions show on top of the server rows.
        QTRY_VERIFY(cellTexts(desk).contains(QStringLiteral("approved (pending)")));

        // Conflict: someone else decides the open item while it is open.
        {
            QTRY_VERIFY(shown());
            const QString id = desk.currentItemId();
            ReviewItem theirs = item(id);
            const qint64 seen = theirs.version;
            theirs.version += 1;
            theirs.status = ReviewStatus::Decided;
            theirs.decision = DecisionRecord{DecisionKind::Reject, QStringLiteral("sv-other"),
                                             QDateTime::currentDateTimeUtc(), QStringLiteral("artefact")};
            {
                Transaction tx(*m_db);
                ReviewStore(*m_db).upsert(theirs);
                tx.commit();
            }
            emit ws.cacheUpdated();
            QTRY_VERIFY(desk.conflictBanner()->isVisible());
            const int row = desk.table()->currentIndex().row();
            QTRY_VERIFY(desk.table()->selectionModel()->selectedRows().isEmpty());   // it left the queue
            QVERIFY(desk.conflictBanner()->text().contains(QStringLiteral("sv-other")));
            QVERIFY(desk.conflictBanner()->text().contains(QStringLiteral("not lost")));
            grab(desk, QStringLiteral("/tmp/review-queue-conflict.png"));
            key(Qt::Key_A);   // decided anyway: sent against the version seen, so it becomes a conflict
            QTRY_VERIFY(!outboxFor(id).isEmpty());
            const OutboxRow mine = outboxFor(id).last();
            QCOMPARE(mine.type, QStringLiteral("review.decide"));
            QCOMPARE(mine.baseVersion, seen);
            // The item that slid into its row is the next one, not skipped.
            const QString slid = desk.model()->data(desk.model()->index(row, 0), ReviewQueueModel::IdRole).toString();
            QTRY_COMPARE(desk.currentItemId(), slid);
            ++decided;
        }
        QVERIFY(decided >= 50);

        // Every decision path reached the outbox with its payload.
        QSet<QString> kinds;
        for (const OutboxRow &row : outbox(QStringLiteral("review.decide"))) {
            const QString d = row.payload.value(QStringLiteral("decision")).toString();
            kinds << d;
            QCOMPARE(row.state, QStringLiteral("pending"));
            if (d == QLatin1String("reject"))
                QVERIFY(!row.payload.value(QStringLiteral("reject_reason")).toString().isEmpty());
            if (d == QLatin1String("correct"))
                QCOMPARE(row.payload.value(QStringLiteral("corrected_text")).toString(), QStringLiteral("Bamboo kettle, 1.5 l."));
            if (d == QLatin1String("regenerate"))
                QCOMPARE(row.payload.value(QStringLiteral("note")).toString(), QStringLiteral("sharper edges"));
        }
        QCOMPARE(kinds, (QSet<QString>{QStringLiteral("approve"), QStringLiteral("reject"), QStringLiteral("regenerate"),
                                       QStringLiteral("correct"), QStringLiteral("escalate")}));
        QVERIFY(desk.sessionStats().decidedCount() >= 50);

        // The shortcut sheet and the palette.
        desk.table()->setFocus();
        key(Qt::Key_Question);
        QTRY_VERIFY(desk.findChild<QWidget *>(QStringLiteral("reviewShortcutSheet")) != nullptr);
        desk.findChild<QWidget *>(QStringLiteral("reviewShortcutSheet"))->close();
        desk.activateWindow();
        desk.table()->setFocus();
        key(Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY(desk.palette()->isVisible());
        QTest::keyClicks(desk.palette()->filterField(), QStringLiteral("escal"));
        QCOMPARE(desk.palette()->entries().size(), 1);
        QTest::keyClick(desk.palette()->filterField(), Qt::Key_Escape);
        QVERIFY(!desk.palette()->isVisible());

        grab(desk, QStringLiteral("/tmp/review-queue-desk.png"));
    }

    // The demo's first minutes: the desk is shown on a cache the first sync has not filled yet.
    // When the items arrive, the first one opens by itself; coming to the desk puts the keyboard
    // on the queue, not on the first facet box (where ↓ would change the filter).
    void opensTheFirstItemOnceTheQueueFills()
    {
        const QString path = m_dir.filePath(QStringLiteral("empty-at-first.db"));
        Database db = openCache(path);
        Workspace ws(path, nullptr);
        ws.setSupervisor(Me{QStringLiteral("sv-me"), QStringLiteral("Me"), 300});
        QWidget window;
        auto *elsewhere = new QLineEdit(&window);
        auto *desk = new ReviewDesk(&window);
        auto *layout = new QVBoxLayout(&window);
        layout->addWidget(elsewhere);
        layout->addWidget(desk);
        desk->hide();
        desk->setWorkspace(&ws);
        window.resize(1500, 820);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        elsewhere->setFocus();
        QTRY_VERIFY(desk->model()->hasFirstPage() && desk->model()->isIdle());
        QCOMPARE(desk->model()->rowCount(), 0);
        desk->show();
        QVERIFY(desk->table()->hasFocus());
        QVERIFY(desk->currentItemId().isEmpty());

        samples::fillThroughStores(db, 5);
        emit ws.cacheUpdated();
        QTRY_COMPARE(desk->model()->rowCount(), 5);
        QTRY_VERIFY(!desk->currentItemId().isEmpty());
        QCOMPARE(desk->currentItemId(), desk->model()->rowAt(0)->id);
        QTRY_VERIFY(desk->itemView()->item() && desk->itemView()->item()->id == desk->currentItemId());

        // Another desk in front: nobody looks at the item, so it is not held from the other
        // supervisors (the claim, still in its grace, is withdrawn); back on the desk, it is
        // claimed again.
        const auto claims = [&db] {
            Statement st(db, QStringLiteral("SELECT count(*) FROM outbox WHERE type = 'review.claim'"));
            return st.step() ? st.columnInt(0) : -1;
        };
        QTRY_COMPARE(claims(), 1);
        QTRY_VERIFY(desk->leaseText().contains(QLatin1Char(':')));
        desk->hide();
        QTRY_COMPARE(claims(), 0);
        QVERIFY(!desk->leaseText().contains(QLatin1Char(':')));
        QTest::qWait(2 * ReviewClaimKeeper::kClaimDelayMs);
        QCOMPARE(claims(), 0);
        desk->show();
        QTRY_COMPARE(claims(), 1);
        QTRY_VERIFY(desk->leaseText().contains(QLatin1Char(':')));
        desk->setWorkspace(nullptr);
    }

    void filtersFromElsewhere()
    {
        Workspace ws(m_path, nullptr);
        ws.setSupervisor(Me{QStringLiteral("sv-me"), QStringLiteral("Me"), 300});
        ReviewDesk desk;
        desk.setWorkspace(&ws);
        desk.applyFilter({{QStringLiteral("kind"), QStringLiteral("copy")}, {QStringLiteral("sla"), QStringLiteral("breached")}});
        QCOMPARE(desk.facetBar()->query().kinds, QStringList{QStringLiteral("copy")});
        QCOMPARE(desk.facetBar()->query().sla, SlaFilter::Breached);
        QTRY_VERIFY(desk.model()->isCountExact() && desk.model()->isIdle());
        for (int r = 0; r < desk.model()->rowCount(); ++r) {
            QTRY_VERIFY(desk.model()->rowAt(r) != nullptr);
            QCOMPARE(desk.model()->rowAt(r)->kind, MediaKind::Copy);
        }
        desk.applyFilter({{QStringLiteral("claimed"), QStringLiteral("me")}});
        QTRY_VERIFY(desk.model()->isCountExact() && desk.model()->isIdle());
        QCOMPARE(desk.model()->rowCount(), 0);
        desk.applyFilter({{QStringLiteral("search"), QStringLiteral("kettle")}});
        QCOMPARE(desk.facetBar()->searchField()->text(), QStringLiteral("kettle"));
        desk.setWorkspace(nullptr);
        QCOMPARE(desk.model()->rowCount(), 0);
    }

private:
    QList<OutboxRow> outbox(const QString &type = {})
    {
        Statement st(*m_db, QStringLiteral("SELECT type, target, base_version, payload, state FROM outbox ORDER BY seq"));
        QList<OutboxRow> rows;
        while (st.step()) {
            OutboxRow r{st.columnText(0), st.columnText(1), st.columnText(4), st.columnInt64(2),
                        QJsonDocument::fromJson(st.columnText(3).toUtf8()).object()};
            if (type.isEmpty() || r.type == type)
                rows << r;
        }
        return rows;
    }
    QList<OutboxRow> outboxFor(const QString &target)
    {
        QList<OutboxRow> out;
        for (const OutboxRow &r : outbox(QStringLiteral("review.decide")))
            if (r.target == target)
                out << r;
        return out;
    }
    static QStringList cellTexts(ReviewDesk &desk)
    {
        QStringList out;
        for (int r = 0; r < qMin(desk.model()->rowCount(), 200); ++r)
            out << desk.model()->data(desk.model()->index(r, ReviewQueueModel::StatusColumn)).toString();
        return out;
    }
    static void grab(QWidget &w, const QString &path) { QVERIFY(w.grab().save(path)); }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
};

QTEST_MAIN(TestReviewDesk)
#include "test_reviewdesk.moc"
