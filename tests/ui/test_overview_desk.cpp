// The Overview desk (issue 7) on a real cache filled through the stores: every tile opens the right
// desk with the right filter (mouse and keyboard), notifications for new urgent exceptions and
// imminent SLA breaches (and muting them), the start-up warning for a broken journal, the Journal
// desk's search, filter and export; offscreen screenshots to /tmp/overview-*.png.
#include "OverviewFixture.h"
#include "common/MainWindow.h"
#include "itemmodels/JournalModel.h"
#include "itemmodels/OverviewQuery.h"
#include "overview/JournalDesk.h"
#include "overview/NotificationCenter.h"
#include "overview/NotificationToast.h"
#include "overview/OverviewBoard.h"
#include "overview/OverviewDesk.h"
#include "overview/OverviewTile.h"
#include "storage/CacheDatabase.h"
#include "storage/JournalExport.h"
#include "storage/JournalStore.h"
#include "sync/Workspace.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace wk;

namespace {
const QDateTime kNow = QDateTime(QDate(2026, 11, 19), QTime(14, 30), Qt::UTC);

// Stands in for the Review, Fulfilment and Suppliers desks: records what it was asked to show.
class FakeDesk : public Desk
{
public:
    explicit FakeDesk(QString key) : m_key(std::move(key)) { setObjectName(m_key + QStringLiteral("FakeDesk")); }
    QString key() const override { return m_key; }
    QString title() const override { return m_key; }
    QString summary() const override { return m_key; }
    QIcon icon() const override { return {}; }
    void applyFilter(const DeskFilter &filter) override { filters << filter; }
    QList<DeskFilter> filters;

private:
    QString m_key;
};
} // namespace

class TestOverviewDesk : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    OverviewSnapshot m_expected;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<Workspace> m_workspace;
    OverviewDesk *m_overview = nullptr;
    JournalDesk *m_journal = nullptr;
    QMap<QString, FakeDesk *> m_fakes;

    void waitForRefresh()
    {
        QSignalSpy spy(m_overview, &OverviewDesk::refreshed);
        m_overview->refreshNow();
        QVERIFY(spy.wait(10000));
    }

    OverviewTile *tile(const QString &name) const { return m_overview->board()->tile(name); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("WatchkeeperTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_overview_desk"));
        QSettings().clear();
        QFont font = QApplication::font();
        font.setPointSizeF(10);
        QApplication::setFont(font);

        m_path = m_dir.filePath(QStringLiteral("cache.sqlite"));
        {
            Database db = openCache(m_path);
            fixture::fillOverviewCache(db, kNow);
            JournalStore journal(db);
            for (int i = 0; i < 12; ++i)
                journal.append({0, kNow.addSecs(-600 + i * 30), i % 4 ? QStringLiteral("applied") : QStringLiteral("enqueued"),
                                QStringLiteral("cmd-%1").arg(i), QStringLiteral("review.decide"),
                                QStringLiteral("rev-%1").arg(i + 1, 5, 10, QLatin1Char('0')), {}});
            journal.appendReveal(QStringLiteral("ord-00007"), {QStringLiteral("customer_name")},
                                 QStringLiteral("carrier asked for the name"), QStringLiteral("sv-bo"), kNow);
            m_expected = OverviewQuery::read(db, kNow);
        }

        m_window = std::make_unique<MainWindow>();
        auto overview = std::make_unique<OverviewDesk>();
        m_overview = overview.get();
        m_overview->setClock([] { return kNow; });
        m_overview->notifications()->setTrayEnabled(false);
        m_window->addDesk(std::move(overview));
        for (const QString &key : {QStringLiteral("review"), QStringLiteral("fulfilment"), QStringLiteral("suppliers")}) {
            auto fake = std::make_unique<FakeDesk>(key);
            m_fakes.insert(key, fake.get());
            m_window->addDesk(std::move(fake));
        }
        auto journal = std::make_unique<JournalDesk>();
        m_journal = journal.get();
        m_window->addDesk(std::move(journal));
        m_window->resize(1440, 1100);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

        QSignalSpy refreshed(m_overview, &OverviewDesk::refreshed);
        m_workspace = std::make_unique<Workspace>(m_path, nullptr);
        m_window->setWorkspace(m_workspace.get());
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(m_window->currentDesk(), m_overview);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_workspace.reset();
    }

    void init() { m_window->setCurrentDesk(0); }

    void tilesShowTheCachesNumbers()
    {
        QVERIFY(tile(QStringLiteral("tileQueue"))->headlineButton()->text().contains(QString::number(m_expected.queueTotal)));
        QCOMPARE(tile(QStringLiteral("tileQueue"))->lineButtons().size(), m_expected.queueByKind.size());
        QVERIFY(tile(QStringLiteral("tileExceptions"))->headlineButton()->text().contains(
            QString::number(m_expected.openExceptions)));
        const qint64 breached = m_expected.reviewSla.breached + m_expected.exceptionSla.breached;
        QVERIFY(tile(QStringLiteral("tileSla"))->headlineButton()->text().contains(QString::number(breached)));
        // The state is said in words, not only in colour.
        QCOMPARE(tile(QStringLiteral("tileSla"))->state(), OverviewTile::State::Alert);
        QVERIFY(tile(QStringLiteral("tileSla"))->stateText().contains(QStringLiteral("Breached")));
        QCOMPARE(tile(QStringLiteral("tileErrors"))->state(), OverviewTile::State::Alert);
        QVERIFY(tile(QStringLiteral("tileErrors"))->headlineButton()->text().contains(QStringLiteral("Copy")));
    }

    void everyTileOpensTheFilteredDesk()
    {
        struct Case {
            QString tile;
            int line;
            QString desk;
            QVariantMap filter;
        };
        const QList<Case> cases{
            {QStringLiteral("tileQueue"), -1, QStringLiteral("review"), {}},
            {QStringLiteral("tileQueue"), 0, QStringLiteral("review"),
             {{QStringLiteral("kind"), m_expected.queueByKind.at(0).code}}},
            {QStringLiteral("tileReasons"), 1, QStringLiteral("review"),
             {{QStringLiteral("flag_reason"), m_expected.queueByReason.at(1).code}}},
            {QStringLiteral("tileSla"), -1, QStringLiteral("review"), {{QStringLiteral("sla"), QStringLiteral("breached")}}},
            {QStringLiteral("tileSla"), 1, QStringLiteral("review"), {{QStringLiteral("sla"), QStringLiteral("due_soon")}}},
            {QStringLiteral("tileSla"), 2, QStringLiteral("fulfilment"),
             {{QStringLiteral("sla"), QStringLiteral("breached")}}},
            {QStringLiteral("tileErrors"), -1, QStringLiteral("review"), {{QStringLiteral("kind"), QStringLiteral("copy")}}},
            {QStringLiteral("tileErrors"), 3, QStringLiteral("fulfilment"), {}},
            {QStringLiteral("tileExceptions"), 0, QStringLiteral("fulfilment"),
             {{QStringLiteral("exception_code"), m_expected.exceptionsByCode.at(0).code}}},
            {QStringLiteral("tileGuarantee"), -1, QStringLiteral("fulfilment"),
             {{QStringLiteral("stage"), QStringLiteral("refunded")}}},
            {QStringLiteral("tileThroughput"), 0, QStringLiteral("journal"),
             {{QStringLiteral("actor"), m_expected.throughput.at(0).supervisor}}},
        };
        for (const Case &c : cases) {
            m_window->setCurrentDesk(0);
            OverviewTile *t = tile(c.tile);
            QVERIFY2(t, qPrintable(c.tile));
            QPushButton *button = c.line < 0 ? t->headlineButton() : t->lineButtons().value(c.line);
            QVERIFY2(button, qPrintable(c.tile + QString::number(c.line)));
            QVERIFY2(button->isVisible(), qPrintable(button->text()));
            QTest::mouseClick(button, Qt::LeftButton);
            QCOMPARE(m_window->currentDesk()->key(), c.desk);
            if (FakeDesk *fake = m_fakes.value(c.desk)) {
                QCOMPARE(fake->filters.constLast(), c.filter);
            } else {
                QCOMPARE(m_journal->searchField()->parentWidget()->findChild<QLineEdit *>(QStringLiteral("journalActor"))->text(),
                         c.filter.value(QStringLiteral("actor")).toString());
            }
        }
    }

    void theKeyboardOpensATileToo()
    {
        QPushButton *line = tile(QStringLiteral("tileExceptions"))->lineButtons().value(1);
        QVERIFY(line);
        line->setFocus();
        QTest::keyClick(line, Qt::Key_Space);
        QCOMPARE(m_window->currentDesk()->key(), QStringLiteral("fulfilment"));
        QCOMPARE(m_fakes.value(QStringLiteral("fulfilment"))->filters.constLast(),
                 (QVariantMap{{QStringLiteral("exception_code"), m_expected.exceptionsByCode.at(1).code}}));
    }

    void everyControlHasAName()
    {
        for (QWidget *w : m_overview->findChildren<QWidget *>()) {
            if (!qobject_cast<QAbstractButton *>(w) && !qobject_cast<QLineEdit *>(w) && !qobject_cast<QComboBox *>(w))
                continue;
            const auto *b = qobject_cast<QAbstractButton *>(w);
            QVERIFY2(!w->accessibleName().isEmpty() || (b && !b->text().isEmpty()), qPrintable(w->objectName()));
        }
    }

    void screenshot()
    {
        m_window->setCurrentDesk(0);
        QCoreApplication::processEvents();
        QVERIFY(m_window->grab().save(QStringLiteral("/tmp/overview-desk.png")));
    }

    void aNewUrgentExceptionNotifies()
    {
        QSignalSpy notified(m_overview->notifications(), &NotificationCenter::notified);
        {
            Database db = openCache(m_path);
            OrderException e = samples::orderException();
            e.id = QStringLiteral("exc-new-1");
            e.orderId = QStringLiteral("ord-00001");
            e.code = ExceptionCode::Lost;
            e.status = ExceptionStatus::Open;
            e.openedAt = kNow.addSecs(-60);
            e.slaDueAt = kNow.addSecs(8 * 3600);
            Transaction tx(db);
            OrderStore(db).upsert(e);
            tx.commit();
        }
        waitForRefresh();
        QCOMPARE(notified.size(), 1);
        const auto n = notified.constFirst().at(0).value<Notification>();
        QCOMPARE(n.kind, QLatin1String(NotificationCenter::kUrgentException));
        QVERIFY2(n.message.contains(QStringLiteral("exc-new-1")), qPrintable(n.message));
        QVERIFY(m_overview->toast() && m_overview->toast()->isVisible());
        QVERIFY(m_overview->toast()->text().contains(QStringLiteral("⚠")));
        QVERIFY(m_window->grab().save(QStringLiteral("/tmp/overview-notification.png")));
        QTest::mouseClick(m_overview->toast()->openButton(), Qt::LeftButton);
        QCOMPARE(m_window->currentDesk()->key(), QStringLiteral("fulfilment"));
        QCOMPARE(m_fakes.value(QStringLiteral("fulfilment"))->filters.constLast(),
                 (QVariantMap{{QStringLiteral("exception_code"), QStringLiteral("LOST")}}));
        QVERIFY(!m_overview->toast()->isVisible());

        // Nothing new: nothing raised again.
        waitForRefresh();
        QCOMPARE(notified.size(), 1);
    }

    void noDriftIsCalledWhileAFirstSyncCatchesUp()
    {
        // Mid first sync the products are in and their review items not yet: 0 % is not the AI
        // drifting. The same figures, once caught up, are a drift.
        OverviewSnapshot s = m_expected;
        QVERIFY(!s.errorRates.isEmpty());
        s.errorRates.first().errors = 0;
        s.errorRates.first().population = 1000000;
        QVERIFY(s.errorRates.first().drifting());
        OverviewTile *errors = tile(QStringLiteral("tileErrors"));
        s.catchingUp = true;
        m_overview->board()->show(s);
        QCOMPARE(errors->state(), OverviewTile::State::Calm);
        QVERIFY2(!errors->headlineButton()->text().contains(QStringLiteral("Drift")),
                 qPrintable(errors->headlineButton()->text()));
        s.catchingUp = false;
        m_overview->board()->show(s);
        QCOMPARE(errors->state(), OverviewTile::State::Alert);
        QVERIFY(errors->headlineButton()->text().contains(QStringLiteral("Drift")));
        waitForRefresh();   // back to the cache's own figures
    }

    void aSteadyStreamOfSyncPagesStillRefreshes()
    {
        // A first sync reports new pages every 250 ms for minutes; the Overview must follow it
        // rather than wait for the stream to stop.
        QSignalSpy refreshed(m_overview, &OverviewDesk::refreshed);
        QTimer stream;
        stream.setInterval(250);
        connect(&stream, &QTimer::timeout, m_workspace.get(), &Workspace::cacheUpdated);
        stream.start();
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.size() >= 2, 8000);
        QVERIFY(stream.isActive());
    }

    void anImminentBreachNotifiesUnlessMuted()
    {
        QSignalSpy notified(m_overview->notifications(), &NotificationCenter::notified);
        const auto addItem = [this](const QString &id) {
            Database db = openCache(m_path);
            ReviewItem item = samples::reviewItem();
            item.id = id;
            item.status = ReviewStatus::Open;
            item.decision.reset();
            item.slaDueAt = kNow.addSecs(5 * 60);
            Transaction tx(db);
            ReviewStore(db).upsert(item);
            tx.commit();
        };
        NotificationCenter::setMuted(QLatin1String(NotificationCenter::kSlaImminent), true);
        addItem(QStringLiteral("rev-soon-1"));
        waitForRefresh();
        QCOMPARE(notified.size(), 0);
        NotificationCenter::setMuted(QLatin1String(NotificationCenter::kSlaImminent), false);
        addItem(QStringLiteral("rev-soon-2"));
        waitForRefresh();
        QCOMPARE(notified.size(), 1);
        const auto n = notified.constFirst().at(0).value<Notification>();
        QCOMPARE(n.kind, QLatin1String(NotificationCenter::kSlaImminent));
        QCOMPARE(n.deskKey, QStringLiteral("review"));
        QCOMPARE(n.filter, (QVariantMap{{QStringLiteral("sla"), QStringLiteral("due_soon")}}));
    }

    void theJournalDeskSearchesAndExports()
    {
        m_window->setCurrentDesk(m_window->deskCount() - 1);
        QTRY_VERIFY(m_journal->verificationText().contains(QStringLiteral("unbroken")));
        m_journal->applyFilter({});
        QTRY_COMPARE(m_journal->model()->rowCount(), 13);
        QTest::keyClicks(m_journal->searchField(), QStringLiteral("ord-00007"));
        QTRY_COMPARE(m_journal->model()->rowCount(), 1);
        QCOMPARE(m_journal->model()->entry(0).event, QLatin1String(JournalStore::kRevealEvent));
        QVERIFY(m_window->grab().save(QStringLiteral("/tmp/overview-journal.png")));
        m_journal->applyFilter({{QStringLiteral("event"), QStringLiteral("enqueued")}});
        QTRY_COMPARE(m_journal->model()->rowCount(), 3);

        const QString path = m_dir.filePath(QStringLiteral("journal.csv"));
        QSignalSpy exported(m_journal, &JournalDesk::exported);
        m_journal->exportTo(path, JournalDesk::Format::Csv);
        QVERIFY(exported.wait(10000));
        QCOMPARE(exported.constFirst().at(1).toString(), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto entries = journalexport::fromCsv(file.readAll());
        QVERIFY(entries.has_value());
        QCOMPARE(entries->size(), 13);
        QCOMPARE(journalexport::firstBrokenEntry(*entries), 0);
    }

    // On a cache synced from the reference platform (watchkeeper sync --once into WK_OVERVIEW_CACHE):
    // the figures equal an independent read and the screenshot shows real generated data.
    void realDataScreenshot()
    {
        const QString path = qEnvironmentVariable("WK_OVERVIEW_CACHE");
        if (path.isEmpty())
            QSKIP("set WK_OVERVIEW_CACHE to a synced cache for the real-data screenshot");
        MainWindow window;
        auto desk = std::make_unique<OverviewDesk>();
        OverviewDesk *overview = desk.get();
        overview->notifications()->setTrayEnabled(false);
        window.addDesk(std::move(desk));
        for (const QString &key : {QStringLiteral("review"), QStringLiteral("fulfilment"), QStringLiteral("suppliers")})
            window.addDesk(std::make_unique<FakeDesk>(key));
        window.resize(1440, 1250);
        window.show();
        Workspace workspace(path, nullptr);
        QSignalSpy refreshed(overview, &OverviewDesk::refreshed);
        window.setWorkspace(&workspace);
        QVERIFY(refreshed.wait(30000));
        const auto shown = refreshed.constLast().at(0).value<OverviewSnapshot>();
        Database db(path, Database::Mode::ReadOnly);
        const OverviewSnapshot again = OverviewQuery::read(db, shown.at);
        QCOMPARE(shown.queueByKind, again.queueByKind);
        QCOMPARE(shown.exceptionsByCode, again.exceptionsByCode);
        QVERIFY(shown.queueTotal > 0);
        QCoreApplication::processEvents();
        QVERIFY(window.grab().save(QStringLiteral("/tmp/overview-real.png")));
        window.setWorkspace(nullptr);
    }

    void aBrokenJournalIsReportedAtStartUp()
    {
        QVERIFY(!m_overview->journalWarningShown());
        {
            Database db = openCache(m_path);
            db.exec(QStringLiteral("DROP TRIGGER journal_no_delete; DELETE FROM journal WHERE seq = 4"));
        }
        // A new start: the desks get the workspace again.
        QSignalSpy notified(m_overview->notifications(), &NotificationCenter::notified);
        m_window->setWorkspace(nullptr);
        m_window->setWorkspace(m_workspace.get());
        QTRY_VERIFY(m_overview->journalWarningShown());
        QVERIFY2(m_overview->journalWarning().contains(QStringLiteral("before entry 5")), qPrintable(m_overview->journalWarning()));
        QTRY_COMPARE(notified.size(), 1);
        QCOMPARE(notified.constFirst().at(0).value<Notification>().kind, QLatin1String(NotificationCenter::kJournalBroken));
        QTRY_VERIFY(m_journal->verificationText().contains(QStringLiteral("⚠")));
        m_window->setCurrentDesk(0);
        QVERIFY(m_window->grab().save(QStringLiteral("/tmp/overview-journal-broken.png")));
    }
};

QTEST_MAIN(TestOverviewDesk)
#include "test_overview_desk.moc"
