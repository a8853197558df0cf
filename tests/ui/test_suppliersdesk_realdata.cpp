// The Suppliers desk on the reference platform's own generated data (app/platform/generator: 2,000
// suppliers in three tiers, 24 weeks of metrics, orders with their exceptions, flagged media),
// written into a cache through the real stores: every supplier is listed in its tier, the busiest
// supplier's scorecard and charts fill in, and offscreen screenshots are saved for a person to look
// at (/tmp/suppliers-realdata*.png).
#include "common/Desk.h"
#include "common/Translations.h"
#include "generator/DataGenerator.h"
#include "generator/GenerationSink.h"
#include "itemmodels/SupplierTierModel.h"
#include "storage/CacheDatabase.h"
#include "storage/OrderStore.h"
#include "storage/ProductStore.h"
#include "storage/ReviewStore.h"
#include "storage/Statement.h"
#include "storage/SupplierStore.h"
#include "storage/Transaction.h"
#include "suppliers/ScorecardPanel.h"
#include "suppliers/SupplierCharts.h"
#include "suppliers/SuppliersDesk.h"
#include "suppliers/TierPane.h"
#include "sync/Workspace.h"

#include <QApplication>
#include <QChartView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace wk;

namespace {
class CacheSink : public platform::GenerationSink
{
public:
    explicit CacheSink(Database &db) : m_suppliers(db), m_products(db), m_reviews(db), m_orders(db) {}
    void supplier(const Supplier &s) override { m_suppliers.upsert(withVersion(s)); }
    void supplierMetrics(const SupplierMetrics &m) override { m_suppliers.upsert(withVersion(m)); }
    void product(const Product &p) override { m_products.upsert(withVersion(p)); }
    void reviewItem(const ReviewItem &r) override { m_reviews.upsert(withVersion(r)); }
    void order(const Order &o) override { m_orders.upsert(withVersion(o)); }
    void shipmentEvent(const ShipmentEvent &) override {}
    void orderException(const OrderException &e) override { m_orders.upsert(withVersion(e)); }

private:
    template <typename T> static T withVersion(T x)
    {
        x.version = std::max<qint64>(x.version, 1);
        return x;
    }
    SupplierStore m_suppliers;
    ProductStore m_products;
    ReviewStore m_reviews;
    OrderStore m_orders;
};
} // namespace

class TestSuppliersDeskRealData : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    QString m_busiest;   // the supplier with the most exceptions
    QString m_busiestName;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("cache.db"));
        Database db = openCache(m_path);
        platform::GeneratorOptions options;
        options.products = 4000;
        options.orders = 20000;
        options.reviewItems = 3000;
        platform::DataGenerator generator(options);
        Transaction tx(db);
        CacheSink sink(db);
        generator.generate(sink);
        tx.commit();
        Statement st(db, QStringLiteral("SELECT o.supplier_id, s.name, count(*) FROM order_exceptions e "
                                        "JOIN orders o ON o.id = e.order_id JOIN suppliers s ON s.id = o.supplier_id "
                                        "GROUP BY o.supplier_id ORDER BY count(*) DESC, o.supplier_id LIMIT 1"));
        QVERIFY(st.step());
        m_busiest = st.columnText(0);
        m_busiestName = st.columnText(1);
    }

    void desk()
    {
        Workspace workspace(m_path, nullptr);
        SuppliersDesk desk;
        desk.resize(1680, 1050);
        desk.show();
        QVERIFY(QTest::qWaitForWindowExposed(&desk));
        QSignalSpy refreshed(&desk, &SuppliersDesk::scoresRefreshed);
        desk.setWorkspace(&workspace);
        QVERIFY(refreshed.wait(30000));
        qint64 total = 0;
        for (int t = 0; t < 3; ++t) {
            TierPane *pane = desk.tierPane(SupplierTier(t));
            // The lists answer the scores' refresh a moment after it.
            QTRY_VERIFY_WITH_TIMEOUT(pane->model()->totalCount() > 0, 10000);
            total += pane->model()->totalCount();
        }
        QCOMPARE(total, 2000);

        // Found by typing part of its name, as a person would.
        desk.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&desk));
        desk.searchEdit()->setFocus();
        QTest::keyClicks(desk.searchEdit(), m_busiestName.left(24));
        QTest::keyClick(desk.searchEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<QTableView *>(QApplication::focusWidget()) != nullptr, 5000);
        auto *list = qobject_cast<QTableView *>(QApplication::focusWidget());
        for (int r = 0; r < list->model()->rowCount(); ++r)
            if (list->model()->index(r, 0).data(SupplierTierModel::SupplierIdRole).toString() == m_busiest)
                list->setCurrentIndex(list->model()->index(r, 0));
        QTRY_COMPARE_WITH_TIMEOUT(desk.scorecard()->detail().supplier.id, m_busiest, 5000);
        QCOMPARE(desk.scorecard()->criteriaTable()->rowCount(), 5);
        QVERIFY(!desk.scorecard()->detail().exceptionsByCode.isEmpty());

        // The whole desk again, the supplier still selected, its charts next to every tier's.
        desk.searchEdit()->clear();
        QTest::qWait(600);
        QTRY_VERIFY_WITH_TIMEOUT(desk.tierPane(SupplierTier::LongTail1688)->model()->rowCount() > 100, 5000);
        QTest::qWait(300);
        QVERIFY(desk.grab().save(QStringLiteral("/tmp/suppliers-realdata.png")));
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::PlaceholderText, QColor(0x99, 0x99, 0x99));
        dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
        dark.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
        desk.setPalette(dark);
        QTest::qWait(300);
        QVERIFY(desk.grab().save(QStringLiteral("/tmp/suppliers-realdata-dark.png")));
    }

    // German runs longest, Chinese needs CJK glyphs: the desk in both, for a person to look at.
    void translatedScreenshots_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }
    void translatedScreenshots()
    {
        QFETCH(QString, language);
        QCOMPARE(installTranslators(*qApp, QLocale(language)), language);
        Workspace workspace(m_path, nullptr);
        SuppliersDesk desk;
        desk.resize(1680, 1050);
        desk.show();
        QVERIFY(QTest::qWaitForWindowExposed(&desk));
        QSignalSpy refreshed(&desk, &SuppliersDesk::scoresRefreshed);
        desk.setWorkspace(&workspace);
        QVERIFY(refreshed.wait(30000));
        desk.applyFilter({{QStringLiteral("supplier_id"), m_busiest}});
        QTRY_COMPARE_WITH_TIMEOUT(desk.scorecard()->detail().supplier.id, m_busiest, 10000);
        desk.applyFilter({});
        QTRY_VERIFY_WITH_TIMEOUT(desk.tierPane(SupplierTier::LongTail1688)->model()->rowCount() > 100, 10000);
        QTest::qWait(300);
        QVERIFY(desk.grab().save(QStringLiteral("/tmp/suppliers-realdata-%1.png").arg(language)));
    }
};

QTEST_MAIN(TestSuppliersDeskRealData)
#include "test_suppliersdesk_realdata.moc"
