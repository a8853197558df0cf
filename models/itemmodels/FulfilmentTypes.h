#pragma once
// What the Fulfilment desk's models read from the cache: the filter, board cards, exception rows
// and an order's detail. Plain values, handed from the read thread to the UI thread.
#include "domain/Entities.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <array>
#include <optional>

namespace wk {

// The board's and the queue's filter. Empty strings mean "any". Codes are the stable wire codes.
struct FulfilmentFilter {
    QString market;          // ISO 3166 alpha-2
    QString currency;        // ISO 4217
    QString supplierTier;    // SupplierTier code
    QString supplierId;
    QString carrier;         // as stored on the order (the platform's carrier name)
    QString exceptionCode;   // ExceptionCode code: orders with an open exception of this code
    QString stage;           // OrderStage code: the queue only (the board has a column per stage)
    bool slaBreached = false;// a stage dwell limit or an open exception's response time exceeded
    QString search;          // order id (prefix), tracking number, or customer name / email
    friend bool operator==(const FulfilmentFilter &, const FulfilmentFilter &) = default;
    bool isEmpty() const { return *this == FulfilmentFilter(); }
};

// The stages of the board, one column each, in board order.
inline constexpr std::array<OrderStage, 9> kBoardStages{
    OrderStage::Placed, OrderStage::Purchased, OrderStage::AtWarehouse, OrderStage::InTransit,
    OrderStage::Customs, OrderStage::LastMile, OrderStage::Delivered, OrderStage::Returned,
    OrderStage::Refunded};

// A keyset position: (stage_entered_at, id) of the last row read.
struct BoardKey {
    std::optional<qint64> stageEnteredAtMs;
    QString id;
};

struct BoardCard {
    QString orderId;
    OrderStage stage = OrderStage::Placed;
    QString market;
    QString currency;
    qint64 totalMinor = 0;
    QString carrier;
    QString trackingNumber;
    bool onHold = false;
    std::optional<qint64> stageEnteredAtMs;
    QString exceptionCode;   // an open exception's code, empty if none
    QString customerMasked;  // never the clear name (CustomerPrivacy)
    qint64 version = 0;
    QStringList pending;     // CommandType codes of pending intents on this order (sync rule 3)
};

struct BoardPage {
    OrderStage stage = OrderStage::Placed;
    QList<BoardCard> cards;
    bool exhausted = false;  // no rows after these
};

struct BoardSnapshot {
    std::array<qint64, 9> counts{};   // per kBoardStages entry
    QList<BoardPage> firstPages;
};

struct ExceptionRow {
    QString exceptionId;
    QString orderId;
    QString code;            // ExceptionCode code
    QString carrierSubStatus;
    QString aiProposal;      // CommandType code
    std::optional<qint64> openedAtMs;
    std::optional<qint64> slaDueAtMs;
    qint64 version = 0;
    QString market;
    QString stage;
    QString currency;
    qint64 totalMinor = 0;
    QString carrier;
    QString trackingNumber;
    qint64 orderVersion = 0;
    bool onHold = false;
    QStringList pending;     // on the exception or its order
};

struct ExceptionPage {
    qint64 total = -1;       // unknown (fulfilment::countExceptions)
    QList<ExceptionRow> rows;
    bool exhausted = false;
};

struct JournalLine {
    qint64 atMs = 0;
    QString event;
    QString type;
    QString target;
    QString detail;
    QString actor;     // the supervisor
    QString payload;   // JSON text: the command's payload, on an "enqueued" line
};

struct PendingIntent {
    QString commandId;
    QString type;
    QString target;
    QString payload;   // JSON text
    qint64 createdAtMs = 0;
};

struct OrderDetail {
    bool found = false;
    Order order;             // customerName / customerEmail masked (CustomerPrivacy)
    QString supplierName;
    QString supplierTier;
    QList<ShipmentEvent> events;
    QList<OrderException> exceptions;
    QList<JournalLine> actions;     // the journal lines about this order and its exceptions
    QList<PendingIntent> pending;
    QStringList otherOrdersWithTracking;   // the same tracking number on other orders
};

} // namespace wk
