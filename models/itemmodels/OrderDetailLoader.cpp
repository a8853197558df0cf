#include "OrderDetailLoader.h"

#include "FulfilmentQueries.h"
#include "ReadThread.h"
#include "storage/Database.h"
#include "storage/JournalStore.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace wk {

namespace {
struct TrackingUsers {
    QString number;
    QStringList orderIds;
};
struct Revealed {
    QString orderId;
    QString name;
    QString email;
};
} // namespace

OrderDetailLoader::OrderDetailLoader(const QString &cachePath, QObject *parent)
    : QObject(parent), m_reader(new ReadThread(cachePath, this))
{
    connect(m_reader, &ReadThread::done, this, [this](quint64 ticket, const std::any &result) {
        if (ticket == m_loadTicket) {
            m_loadTicket = 0;
            emit loaded(std::any_cast<const OrderDetail &>(result));
        } else if (ticket == m_trackingTicket) {
            m_trackingTicket = 0;
            const auto &t = std::any_cast<const TrackingUsers &>(result);
            emit ordersWithTracking(t.number, t.orderIds);
        } else if (ticket == m_revealTicket) {
            m_revealTicket = 0;
            const auto &r = std::any_cast<const Revealed &>(result);
            emit revealed(r.orderId, r.name, r.email);
        }
    });
    connect(m_reader, &ReadThread::failed, this, [this](quint64, const QString &sentence) { emit failed(sentence); });
}

OrderDetailLoader::~OrderDetailLoader() = default;

void OrderDetailLoader::load(const QString &orderId)
{
    m_orderId = orderId;
    m_loadTicket = m_reader->post(QStringLiteral("detail"), [orderId](Database &db) -> std::any {
        return fulfilment::readOrderDetail(db, orderId);
    });
}

void OrderDetailLoader::findOrdersWithTracking(const QString &number)
{
    m_trackingTicket = m_reader->post(QStringLiteral("tracking"), [number](Database &db) -> std::any {
        Statement st(db, QStringLiteral("SELECT id FROM orders WHERE tracking_number = ? AND tracking_number <> '' LIMIT 50"));
        st.bind(1, number);
        QStringList ids;
        while (st.step())
            ids << st.columnText(0);
        return TrackingUsers{number, ids};
    });
}

void OrderDetailLoader::revealCustomer(const QString &orderId, const QString &supervisorId, const QString &reason)
{
    m_revealTicket = m_reader->post(QStringLiteral("reveal"), [=](Database &db) -> std::any {
        {
            // Recorded before anything is shown: a reveal that cannot be journalled does not happen.
            Database writer(db.path(), Database::Mode::ReadWrite);
            Transaction tx(writer);
            JournalEntry e;
            e.at = QDateTime::currentDateTimeUtc();
            e.event = QStringLiteral("customer_revealed");
            e.target = orderId;
            e.detail = QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("supervisor_id"), supervisorId},
                                                                   {QStringLiteral("reason"), reason}})
                                             .toJson(QJsonDocument::Compact));
            JournalStore(writer).append(e);
            tx.commit();
        }
        const auto customer = fulfilment::readCustomer(db, orderId);
        return Revealed{orderId, customer.first, customer.second};
    });
}

} // namespace wk
