// The Suppliers desk as a supervisor uses it: find a supplier by keyboard, read its scorecard, drill
// down to the orders behind it, move it to another tier after the impact preview, and find the
// command in the outbox. Also: counts per tier, the drill-down filter, the empty state, chart export,
// and offscreen screenshots in light and dark palettes (/tmp/suppliers-*.png).
#include "../models/SupplierFixture.h"
#include "common/EmptyStateWidget.h"
#include "itemmodels/ScoreRefresher.h"
#include "itemmodels/SupplierTierModel.h"
#include "storage/CacheDatabase.h"
#include "suppliers/ScorecardPanel.h"
#include "suppliers/SupplierActionDialog.h"
#include "suppliers/SupplierCharts.h"
#include "suppliers/SuppliersDesk.h"
#include "suppliers/TierPane.h"
#include "sync/CommandQueue.h"
#include "sync/Workspace.h"

#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace wk;
using namespace wk::fixture;

namespace {
QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
    p.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    p.setColor(QPalette::HighlightedText, Qt::white);
    return p;
}
} // namespace

class TestSuppliersDesk : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<SuppliersDesk> m_desk;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("cache.db"));
        {
            Database db = openCache(m_path);
            fillSuppliers(db, 1500);
            Transaction tx(db);
            addSupplier(db, QStringLiteral("sup-test"), QStringLiteral("Hangzhou Bamboo Testworks"), SupplierTier::DirectFactory);
            MetricsWriter metrics(db);
            for (int w = 0; w < 24; ++w)
                metrics.add(QStringLiteral("sup-test"), kNewestWeek.addDays(-7 * w),
                            Week{60 + w, 50 + w / 2, 2 + w % 3, 3, 70, 12, 2 + w % 4});
            const QDate live = kNewestWeek.addDays(7);
            const QStringList codes{QStringLiteral("QUALITY_COMPLAINT"), QStringLiteral("DAMAGED"), QStringLiteral("STALLED"),
                                    QStringLiteral("QUALITY_COMPLAINT"), QStringLiteral("WRONG_ITEM"), QStringLiteral("CUSTOMS_HOLD")};
            for (int i = 0; i < 12; ++i) {
                const QString order = QStringLiteral("ord-t%1").arg(i);
                addOrder(db, order, QStringLiteral("sup-test"), QStringLiteral("prod-t%1").arg(i % 3),
                         i < 4 ? QStringLiteral("delivered") : QStringLiteral("in_transit"), ms(live.addDays(i % 4)));
                if (i < codes.size())
                    addException(db, QStringLiteral("exc-t%1").arg(i), order, codes.at(i), ms(live.addDays(1 + i % 3)));
            }
            addProduct(db, QStringLiteral("prod-t0"), QStringLiteral("SKU-BAMBOO-1"), QStringLiteral("sup-test"));
            addProduct(db, QStringLiteral("prod-t1"), QStringLiteral("SKU-BAMBOO-2"), QStringLiteral("sup-test"));
            addProduct(db, QStringLiteral("prod-x1"), QStringLiteral("SKU-BAMBOO-2"), QStringLiteral("sup-000001"));
            addReviewItem(db, QStringLiteral("rev-t1"), QStringLiteral("sup-test"), QStringLiteral("open"), {}, 0);
            addReviewItem(db, QStringLiteral("rev-t2"), QStringLiteral("sup-test"), QStringLiteral("decided"),
                          QStringLiteral("reject"), ms(live.addDays(2)));
            tx.commit();
        }
        m_workspace = std::make_unique<Workspace>(m_path, nullptr);
        m_workspace->commands()->setGracePeriod(std::chrono::milliseconds(60000));   // nothing pushes here anyway
        m_desk = std::make_unique<SuppliersDesk>();
        m_desk->resize(1680, 1050);
        m_desk->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_desk.get()));
        QSignalSpy refreshed(m_desk.get(), &SuppliersDesk::scoresRefreshed);
        m_desk->setWorkspace(m_workspace.get());
        QVERIFY(refreshed.wait(20000));
        QTRY_VERIFY_WITH_TIMEOUT(m_desk->tierPane(SupplierTier::LongTail1688)->model()->isLoaded(), 10000);
    }

    void tiersSideBySideWithCounts()
    {
        qint64 total = 0;
        for (int t = 0; t < 3; ++t) {
            TierPane *pane = m_desk->tierPane(SupplierTier(t));
            QTRY_VERIFY_WITH_TIMEOUT(pane->model()->totalCount() > 0, 5000);
            total += pane->model()->totalCount();
            QVERIFY(pane->isVisible());
            QVERIFY(!pane->view()->accessibleName().isEmpty());
        }
        QCOMPARE(total, 1501);
        const auto *title = m_desk->tierPane(SupplierTier::DirectFactory)->findChild<QLabel *>();
        QTRY_VERIFY(title->text().contains(QLocale().toString(m_desk->tierPane(SupplierTier::DirectFactory)->model()->totalCount())));
    }

    void findSupplierByKeyboardAndMoveTier()
    {
        m_desk->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_desk.get()));
        // Ctrl+F, type, Enter: the list with the result gets the focus and the scorecard opens.
        m_desk->tierPane(SupplierTier::PalletTrader)->view()->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), m_desk->searchEdit());
        QSignalSpy shown(m_desk.get(), &SuppliersDesk::detailShown);
        QTest::keyClicks(m_desk->searchEdit(), QStringLiteral("bamboo testw"));
        QTest::keyClick(m_desk->searchEdit(), Qt::Key_Return);
        QTableView *factories = m_desk->tierPane(SupplierTier::DirectFactory)->view();
        QTRY_COMPARE_WITH_TIMEOUT(QApplication::focusWidget(), static_cast<QWidget *>(factories), 5000);
        QCOMPARE(factories->model()->rowCount(), 1);
        QCOMPARE(m_desk->tierPane(SupplierTier::PalletTrader)->model()->rowCount(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_desk->currentSupplierId(), QStringLiteral("sup-test"), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(m_desk->scorecard()->detail().found, 5000);

        // The score, explained: five criteria with weight, sample and the share of the own record.
        ScorecardPanel *card = m_desk->scorecard();
        QVERIFY(card->scoreLabel()->text().contains(QStringLiteral("·")));   // a number and a standing in words
        QCOMPARE(card->criteriaTable()->rowCount(), 5);
        QCOMPARE(card->criteriaTable()->item(1, 0)->text(), QStringLiteral("Defects"));
        QVERIFY(card->criteriaTable()->item(1, 1)->text().startsWith(QStringLiteral("35")));   // direct factories
        QVERIFY(card->feedbackList()->topLevelItemCount() >= 7);   // 6 exceptions, 1 rejected image

        // Drill down: to the orders behind the score.
        QSignalSpy drill(m_desk.get(), &Desk::openDeskRequested);
        QPushButton *orders = card->findChild<QPushButton *>();
        QTest::mouseClick(orders, Qt::LeftButton);
        QCOMPARE(drill.size(), 1);
        QCOMPARE(drill.first().at(0).toString(), QStringLiteral("fulfilment"));
        QCOMPARE(drill.first().at(1).value<DeskFilter>().value(QStringLiteral("supplier_id")).toString(),
                 QStringLiteral("sup-test"));

        // Move tier: the preview first, then confirm.
        factories->setFocus();
        QTest::keyClick(factories, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
        SupplierActionDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_desk->findChild<SupplierActionDialog *>()) != nullptr);
        QCOMPARE(dialog->action(), SupplierActionDialog::Action::MoveTier);
        QVERIFY(!dialog->confirmButton()->isEnabled() || dialog->impactLoaded());
        QTRY_VERIFY_WITH_TIMEOUT(dialog->impactLoaded(), 5000);
        const QString impact = dialog->findChild<QLabel *>(QStringLiteral("impactPreview"))->text();
        QVERIFY2(impact.contains(QStringLiteral("8 open orders")), qPrintable(impact));
        QVERIFY2(impact.contains(QStringLiteral("1 SKU that no other active supplier offers")), qPrintable(impact));
        QVERIFY2(impact.contains(QStringLiteral("1 live review item")), qPrintable(impact));
        m_desk->grab().save(QStringLiteral("/tmp/suppliers-move-preview-desk.png"));
        dialog->grab().save(QStringLiteral("/tmp/suppliers-move-preview.png"));
        const int pallet = dialog->tierBox()->findData(QStringLiteral("pallet_trader"));
        QVERIFY(pallet >= 0);
        dialog->tierBox()->setFocus();
        dialog->tierBox()->setCurrentIndex(pallet);
        QVERIFY(dialog->confirmButton()->isEnabled());
        QSignalSpy submitted(m_workspace->commands(), &CommandQueue::submitted);
        QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
        QVERIFY(submitted.wait(5000));

        // The outbox row: supplier.set_tier against the version the supervisor saw.
        Database db(m_path, Database::Mode::ReadOnly);
        Statement st(db, QStringLiteral("SELECT type, target, base_version, payload, state FROM outbox ORDER BY seq DESC LIMIT 1"));
        QVERIFY(st.step());
        QCOMPARE(st.columnText(0), QStringLiteral("supplier.set_tier"));
        QCOMPARE(st.columnText(1), QStringLiteral("sup-test"));
        QCOMPARE(st.columnInt64(2), 1);
        QCOMPARE(QJsonDocument::fromJson(st.columnText(3).toUtf8()).object().value(QStringLiteral("tier")).toString(),
                 QStringLiteral("pallet_trader"));
        QCOMPARE(st.columnText(4), QStringLiteral("pending"));

        // The list shows the pending move on top of the server's row until the platform applies it.
        QTRY_VERIFY_WITH_TIMEOUT(factories->model()->index(0, 0).data().toString().contains(
                                     QStringLiteral("pending: move to pallet traders")), 5000);
        QCOMPARE(factories->model()->index(0, 0).data(SupplierTierModel::PendingRole).toString(),
                 QStringLiteral("supplier.set_tier"));
    }

    void suspendNeedsAReason()
    {
        SupplierActionDialog *dialog = m_desk->openAction(SupplierActionDialog::Action::Suspend);
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->impactLoaded(), 5000);
        QVERIFY(!dialog->confirmButton()->isEnabled());
        QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("Repeated quality complaints"));
        QVERIFY(dialog->confirmButton()->isEnabled());
        QCOMPARE(dialog->commandType(), CommandType::SupplierSuspend);
        QCOMPARE(dialog->payload().value(QStringLiteral("reason")).toString(), QStringLiteral("Repeated quality complaints"));
        dialog->reject();
    }

    void screenshotsInLightAndDark()
    {
        // The whole desk on real-sized data, a supplier's charts filled in.
        m_desk->searchEdit()->clear();
        QTRY_VERIFY_WITH_TIMEOUT(m_desk->tierPane(SupplierTier::LongTail1688)->model()->rowCount() > 100, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_desk->charts()->scatterView()->chart()->series().isEmpty(), 5000);
        QTest::qWait(300);
        const QImage light = m_desk->grab().toImage();
        QVERIFY(light.save(QStringLiteral("/tmp/suppliers-desk.png")));
        m_desk->setPalette(darkPalette());
        QTest::qWait(300);
        QVERIFY(m_desk->grab().save(QStringLiteral("/tmp/suppliers-desk-dark.png")));
        m_desk->setPalette(QPalette());
        QTest::qWait(100);
        // Each chart exports as PNG.
        const QString path = m_dir.filePath(QStringLiteral("trend.png"));
        QCOMPARE(SupplierCharts::exportPng(m_desk->charts()->trendView(), path), QString());
        QImage exported(path);
        QVERIFY(!exported.isNull());
        QVERIFY(exported.width() > 100);
        SupplierCharts::exportPng(m_desk->charts()->scatterView(), QStringLiteral("/tmp/suppliers-chart-scatter.png"));
        SupplierCharts::exportPng(m_desk->charts()->exceptionsView(), QStringLiteral("/tmp/suppliers-chart-exceptions.png"));
    }

    void drillDownFilter()
    {
        m_desk->applyFilter({{QStringLiteral("supplier_id"), QStringLiteral("sup-000002")}});
        QTRY_COMPARE_WITH_TIMEOUT(m_desk->currentSupplierId(), QStringLiteral("sup-000002"), 5000);
        qint64 rows = 0;
        for (int t = 0; t < 3; ++t) {
            QTRY_VERIFY_WITH_TIMEOUT(m_desk->tierPane(SupplierTier(t))->model()->query().supplierId == QStringLiteral("sup-000002"), 5000);
            QTest::qWait(100);
            rows += m_desk->tierPane(SupplierTier(t))->model()->rowCount();
        }
        QCOMPARE(rows, 1);
        m_desk->applyFilter({});
        QTRY_VERIFY_WITH_TIMEOUT(m_desk->tierPane(SupplierTier::LongTail1688)->model()->rowCount() > 100, 5000);
    }

    void everyControlHasAName()
    {
        const auto widgets = m_desk->findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            const bool control = qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w)
                                 || qobject_cast<QAbstractItemView *>(w) || qobject_cast<QComboBox *>(w)
                                 || qobject_cast<QChartView *>(w);
            if (control && w->isVisibleTo(m_desk.get()) && w->focusPolicy() != Qt::NoFocus)
                QVERIFY2(!w->accessibleName().isEmpty() || !w->property("text").toString().isEmpty(),
                         qPrintable(QStringLiteral("%1 (%2) has no accessible name")
                                        .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName())));
        }
    }

    void withoutWorkspaceShowsEmptyState()
    {
        m_desk->setWorkspace(nullptr);
        QVERIFY(m_desk->emptyState()->isVisible());
        QVERIFY(!m_desk->searchEdit());
    }

    void cleanupTestCase()
    {
        m_desk.reset();
        m_workspace.reset();
    }
};

QTEST_MAIN(TestSuppliersDesk)
#include "test_suppliersdesk.moc"
