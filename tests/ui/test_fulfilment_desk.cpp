// The Fulfilment desk driven as a supervisor would: a triage of exceptions by keyboard on a real
// temporary cache filled through the stores, each action checked in the outbox; the inline
// tracking check refusing a wrong number with a sentence; the pending overlay; the journalled
// reveal; drill-down filters; accessible names; and an offscreen screenshot.
#include "../models/FulfilmentFixture.h"
#include "DialogDriver.h"
#include "fulfilment/BoardView.h"
#include "fulfilment/FulfilmentDesk.h"
#include "fulfilment/OrderDetailPane.h"
#include "fulfilment/RefundDialog.h"
#include "fulfilment/TrackingFixDialog.h"
#include "itemmodels/ExceptionQueueModel.h"
#include "itemmodels/OrderBoardModel.h"
#include "itemmodels/OrderDetailLoader.h"
#include "storage/JournalStore.h"
#include "storage/OutboxStore.h"
#include "sync/CommandQueue.h"
#include "sync/Workspace.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <functional>

using namespace wk;
using namespace wk::testing;

namespace {

QList<OutboxEntry> outbox(const QString &path)
{
    Database db(path, Database::Mode::ReadOnly);
    return OutboxStore(db).pendingIntents();
}
} // namespace

class TestFulfilmentDesk : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = makeFulfilmentCache(m_dir, 400);
    }

    void init()
    {
        m_workspace = std::make_unique<Workspace>(m_path, nullptr);
        // Long enough that nothing leaves the outbox during the test (there is no platform anyway).
        m_workspace->commands()->setGracePeriod(std::chrono::minutes(10));
        m_workspace->setSupervisor(Me{QStringLiteral("sup-7"), QStringLiteral("Ada"), 300});
        m_desk = std::make_unique<FulfilmentDesk>();
        m_desk->setNow(kFixtureNow.toMSecsSinceEpoch());
        m_desk->resize(1600, 1000);
        m_desk->setWorkspace(m_workspace.get());
        QSignalSpy loaded(m_desk->queueModel(), &ExceptionQueueModel::loaded);
        m_desk->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_desk.get()));
        if (loaded.isEmpty())
            QVERIFY(loaded.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(m_desk->detailPane()->detail().found, 10000);
    }

    void cleanup()
    {
        m_desk.reset();
        m_workspace.reset();
    }

    void triageByKeyboard()
    {
        QTableView *queue = m_desk->queueView();
        queue->setFocus();
        ExceptionQueueModel *model = m_desk->queueModel();
        QVERIFY(model->rowCount() > 8);
        const auto exceptionAt = [model](int r) { return *model->row(r); };
        const int before = int(outbox(m_path).size());
        QSignalSpy submitted(m_workspace->commands(), &CommandQueue::submitted);

        // J moves down; E escalates at once (no dialog) and the queue moves on.
        QTest::keyClick(queue, Qt::Key_J);
        QCOMPARE(queue->currentIndex().row(), 1);
        const ExceptionRow escalated = exceptionAt(1);
        QTest::keyClick(queue, Qt::Key_E);
        QVERIFY(submitted.wait(5000));
        QCOMPARE(queue->currentIndex().row(), 2);
        QVERIFY(m_desk->statusMessage().contains(QStringLiteral("Ctrl+Z")));

        // R reships the order of the current exception.
        const ExceptionRow reshipped = exceptionAt(2);
        QTest::keyClick(queue, Qt::Key_R);
        QVERIFY(submitted.wait(5000));

        // T: a wrong number gets a sentence and cannot be queued; the right one can.
        const ExceptionRow fixed = exceptionAt(3);
        QTRY_COMPARE_WITH_TIMEOUT(m_desk->detailPane()->detail().order.id, fixed.orderId, 5000);
        QString refusal;
        bool okWasDisabled = false;
        onNextDialog([&](QDialog *dialog) {
            auto *fix = qobject_cast<TrackingFixDialog *>(dialog);
            QVERIFY(fix);
            auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            QTest::keyClicks(fix->numberEdit(), QStringLiteral("1Z999AA10123456785"));   // check digit off by one
            refusal = fix->verdict();
            okWasDisabled = !ok->isEnabled();
            fix->numberEdit()->clear();
            QTest::keyClicks(fix->numberEdit(), QStringLiteral("1z 999 aa1 0123 4567 84"));
            QVERIFY(ok->isEnabled());
            QTest::keyClick(fix->numberEdit(), Qt::Key_Return);
        });
        QTest::keyClick(queue, Qt::Key_T);
        QVERIFY(submitted.wait(5000));
        QVERIFY(okWasDisabled);
        QVERIFY2(refusal.contains(QStringLiteral("check")), qPrintable(refusal));
        QVERIFY2(refusal.endsWith(QLatin1Char('.')), qPrintable(refusal));

        // F: a partial refund with a reason.
        const ExceptionRow refunded = exceptionAt(4);
        QTRY_COMPARE_WITH_TIMEOUT(m_desk->detailPane()->detail().order.id, refunded.orderId, 5000);
        onNextDialog([&](QDialog *dialog) {
            auto *refund = qobject_cast<RefundDialog *>(dialog);
            QVERIFY(refund);
            QTest::keyClick(refund->partialButton(), Qt::Key_Space);
            refund->partialButton()->setChecked(true);
            QTest::keyClicks(refund->amountEdit(), QStringLiteral("5.25"));
            QTest::keyClicks(refund->reasonEdit(), QStringLiteral("late delivery"));
            QVERIFY2(refund->verdict().contains(QStringLiteral("5.25")), qPrintable(refund->verdict()));
            QTest::keyClick(refund->reasonEdit(), Qt::Key_Return);
        });
        refocus();
        QTest::keyClick(queue, Qt::Key_F);
        QVERIFY2(submitted.wait(5000), qPrintable(m_desk->statusMessage() + QStringLiteral(" focus: ") + (QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString())));

        // Shift+Down selects two; X resolves both in one go (Enter accepts the prefilled resolution).
        const ExceptionRow resolvedA = exceptionAt(5);
        const ExceptionRow resolvedB = exceptionAt(6);
        QCOMPARE(queue->currentIndex().row(), 5);
        refocus();
        QTest::keyClick(queue, Qt::Key_Down, Qt::ShiftModifier);
        onNextDialog([](QDialog *dialog) { QTest::keyClick(dialog->focusWidget() ? dialog->focusWidget() : dialog, Qt::Key_Return); });
        QTest::keyClick(queue, Qt::Key_X);
        QVERIFY(submitted.wait(5000));

        const auto rows = outbox(m_path);
        QCOMPARE(int(rows.size()), before + 6);
        const auto find = [&rows](CommandType type, const QString &target) -> const OutboxEntry * {
            for (const auto &r : rows)
                if (r.command.type == type && r.command.target == target)
                    return &r;
            return nullptr;
        };
        QVERIFY(find(CommandType::ExceptionEscalate, escalated.exceptionId));
        QCOMPARE(find(CommandType::ExceptionEscalate, escalated.exceptionId)->command.baseVersion, escalated.version);
        QVERIFY(find(CommandType::OrderReship, reshipped.orderId));
        const auto *fix = find(CommandType::OrderFixTracking, fixed.orderId);
        QVERIFY(fix);
        QCOMPARE(fix->command.payload.value(QStringLiteral("tracking_number")).toString(), QStringLiteral("1Z999AA10123456784"));
        QCOMPARE(fix->command.payload.value(QStringLiteral("carrier")).toString(), QStringLiteral("ups"));
        const auto *refund = find(CommandType::OrderRefund, refunded.orderId);
        QVERIFY(refund);
        const QJsonObject amount = refund->command.payload.value(QStringLiteral("amount")).toObject();
        QCOMPARE(amount.value(QStringLiteral("amount_minor")).toInteger(), 525);
        QCOMPARE(amount.value(QStringLiteral("currency")).toString(), refunded.currency);
        QCOMPARE(refund->command.payload.value(QStringLiteral("full")).toBool(), false);
        QCOMPARE(refund->command.payload.value(QStringLiteral("reason")).toString(), QStringLiteral("late delivery"));
        QVERIFY(find(CommandType::ExceptionResolve, resolvedA.exceptionId));
        QVERIFY(find(CommandType::ExceptionResolve, resolvedB.exceptionId));

        // The pending intents show on top of the server rows (sync rule 3).
        QTRY_VERIFY_WITH_TIMEOUT(model->row(1)->pending.contains(QStringLiteral("exception.escalate")), 5000);
        QVERIFY(model->data(model->index(1, ExceptionQueueModel::StatusColumn)).toString().contains(QStringLiteral("pending")));

        QTest::qWait(200);
        const QImage shot = m_desk->grab().toImage();
        QVERIFY(shot.save(QStringLiteral("/tmp/fulfilment-triage.png")));
    }

    // The order's detail shows what supervisors did to it: a refund with its amount and reason and a
    // hold with its reason, pending on top (italic) and as journal lines (who did it), newest first.
    void detailShowsTheSupervisorsActions()
    {
        // As after the platform's /v1/me answer: the journal then names who did each thing.
        m_workspace->commands()->rememberSupervisor(m_workspace->supervisor());
        QTableView *queue = m_desk->queueView();
        queue->setFocus();
        QSignalSpy submitted(m_workspace->commands(), &CommandQueue::submitted);
        const int row = queue->currentIndex().row();
        const ExceptionRow target = *m_desk->queueModel()->row(row);
        OrderDetailPane *pane = m_desk->detailPane();
        QTRY_COMPARE_WITH_TIMEOUT(pane->detail().order.id, target.orderId, 5000);
        onNextDialog([&](QDialog *dialog) {
            auto *refund = qobject_cast<RefundDialog *>(dialog);
            QVERIFY(refund);
            refund->partialButton()->setChecked(true);
            QTest::keyClicks(refund->amountEdit(), QStringLiteral("5.25"));
            QTest::keyClicks(refund->reasonEdit(), QStringLiteral("late delivery"));
            QTest::keyClick(refund->reasonEdit(), Qt::Key_Return);
        });
        refocus();
        QTest::keyClick(queue, Qt::Key_F);
        QVERIFY(submitted.wait(5000));
        // The queue moved on; K goes back to the order, H holds it with a reason of its own.
        refocus();
        QTest::keyClick(queue, Qt::Key_K);
        QCOMPARE(queue->currentIndex().row(), row);
        onNextDialog([](QDialog *dialog) {
            auto *edit = dialog->findChild<QLineEdit *>();
            QVERIFY(edit);
            edit->selectAll();
            QTest::keyClicks(edit, QStringLiteral("supplier asked to wait"));
            QTest::keyClick(edit, Qt::Key_Return);
        });
        QTest::keyClick(queue, Qt::Key_H);
        QVERIFY(submitted.wait(5000));
        refocus();
        QTest::keyClick(queue, Qt::Key_K);
        QTRY_COMPARE_WITH_TIMEOUT(pane->detail().order.id, target.orderId, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(pane->detail().pending.size(), qsizetype(2), 5000);

        QStringList lines;
        QList<bool> italic;
        for (int i = 0; i < pane->timeline()->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = pane->timeline()->topLevelItem(i);
            lines << item->text(1) + QStringLiteral(" | ") + item->text(2);
            italic << item->font(1).italic();
        }
        const QString money = QStringLiteral("5.25 ") + target.currency;
        // Pending first, newest first: the hold, then the refund.
        QVERIFY2(lines.size() >= 4, qPrintable(lines.join(QLatin1Char('\n'))));
        QCOMPARE(lines[0], QStringLiteral("Hold pending, not yet confirmed by the platform | reason: supplier asked to wait"));
        QCOMPARE(lines[1], QStringLiteral("Refund pending, not yet confirmed by the platform | %1, partial refund \u00b7 reason: late delivery").arg(money));
        QVERIFY(italic[0] && italic[1]);
        // Then the journal: who queued what, with the same words.
        QCOMPARE(lines[2], QStringLiteral("Hold by sup-7 | reason: supplier asked to wait"));
        QCOMPARE(lines[3], QStringLiteral("Refund by sup-7 | %1, partial refund \u00b7 reason: late delivery").arg(money));
        QVERIFY(!italic[2] && !italic[3]);
        // No raw JSON anywhere in the timeline.
        for (const QString &line : std::as_const(lines))
            QVERIFY2(!line.contains(QLatin1Char('{')), qPrintable(line));
        QVERIFY2(pane->decisionText().contains(QStringLiteral("reason: late delivery")), qPrintable(pane->decisionText()));
    }

    void undoWithdrawsTheLastAction()
    {
        QTableView *queue = m_desk->queueView();
        queue->setFocus();
        QSignalSpy submitted(m_workspace->commands(), &CommandQueue::submitted);
        QSignalSpy undone(m_workspace->commands(), &CommandQueue::undone);
        const int before = int(outbox(m_path).size());
        QTest::keyClick(queue, Qt::Key_E);
        QVERIFY(submitted.wait(5000));
        QCOMPARE(int(outbox(m_path).size()), before + 1);
        QTest::keyClick(queue, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(undone.wait(5000));
        QCOMPARE(undone.first().at(1).toBool(), true);
        QCOMPARE(int(outbox(m_path).size()), before);
    }

    void revealIsExplicitAndJournalled()
    {
        OrderDetailPane *pane = m_desk->detailPane();
        QVERIFY(pane->customerText().contains(QStringLiteral("(masked)")));
        QVERIFY(!pane->customerText().contains(QStringLiteral("Customer Number")));
        m_desk->queueView()->setFocus();
        QTest::keyClick(m_desk->queueView(), Qt::Key_V);
        QTRY_VERIFY_WITH_TIMEOUT(pane->customerText().contains(QStringLiteral("Customer Number")), 5000);
        Database db(m_path, Database::Mode::ReadOnly);
        const auto last = JournalStore(db).recent(1);
        QCOMPARE(last.first().event, QStringLiteral("customer_revealed"));
        QCOMPARE(last.first().target, pane->detail().order.id);
        QVERIFY(last.first().detail.contains(QStringLiteral("sup-7")));
    }

    void detailShowsClocksProposalAndCosts()
    {
        OrderDetailPane *pane = m_desk->detailPane();
        QVERIFY(!pane->clocksText().isEmpty());
        QVERIFY(pane->proposalText().contains(QStringLiteral("Because the fixture says so.")));
        QVERIFY(pane->costText().contains(QStringLiteral("CNY")));
        QVERIFY(pane->costText().contains(QStringLiteral("Goods")));
        QVERIFY(pane->timeline()->topLevelItemCount() > 0);
    }

    void drillDownFilters_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::newRow("exception_code") << QStringLiteral("exception_code") << QStringLiteral("LOST");
        QTest::newRow("market") << QStringLiteral("market") << QStringLiteral("AU");
        QTest::newRow("stage") << QStringLiteral("stage") << QStringLiteral("customs");
        QTest::newRow("sla") << QStringLiteral("sla") << QStringLiteral("breached");
        QTest::newRow("supplier_id") << QStringLiteral("supplier_id") << QStringLiteral("s1");
    }
    void drillDownFilters()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QSignalSpy loaded(m_desk->queueModel(), &ExceptionQueueModel::loaded);
        m_desk->applyFilter({{key, value}});
        QVERIFY(loaded.wait(10000));
        ExceptionQueueModel *model = m_desk->queueModel();
        QVERIFY(model->rowCount() > 0);
        for (int r = 0; r < model->rowCount(); ++r) {
            const ExceptionRow *row = model->row(r);
            if (key == QLatin1String("exception_code"))
                QCOMPARE(row->code, value);
            if (key == QLatin1String("market"))
                QCOMPARE(row->market, value);
            if (key == QLatin1String("stage"))
                QCOMPARE(row->stage, value);
            if (key == QLatin1String("sla"))
                QVERIFY(*row->slaDueAtMs < kFixtureNow.toMSecsSinceEpoch());
        }
        QCOMPARE(m_desk->boardModel()->filter().market, key == QLatin1String("market") ? value : QString());
    }

    void everyControlHasAnAccessibleName()
    {
        QStringList unnamed;
        for (QWidget *w : m_desk->findChildren<QWidget *>()) {
            const bool control = qobject_cast<QAbstractButton *>(w) || qobject_cast<QComboBox *>(w)
                || qobject_cast<QLineEdit *>(w) || qobject_cast<QAbstractItemView *>(w);
            if (!control || !w->isVisibleTo(m_desk.get()) || qobject_cast<QComboBox *>(w->parentWidget())
                || qobject_cast<QLineEdit *>(w->parentWidget()))
                continue;
            if (w->accessibleName().isEmpty())
                unnamed << QStringLiteral("%1 %2").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }

    void screenshotOnRealData()
    {
        QTest::qWait(300);
        const QImage shot = m_desk->grab().toImage();
        QVERIFY(!shot.isNull());
        QVERIFY(shot.save(QStringLiteral("/tmp/fulfilment-desk.png")));
        QVERIFY(m_desk->board()->columnView(0)->model()->rowCount() > 0);
    }

private:
    // After a modal dialog the offscreen platform leaves no window active; a person's desktop
    // gives the focus back to the desk, so does this.
    void refocus()
    {
        m_desk->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_desk.get()));
        m_desk->queueView()->setFocus();
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<FulfilmentDesk> m_desk;
};

QTEST_MAIN(TestFulfilmentDesk)
#include "test_fulfilment_desk.moc"
