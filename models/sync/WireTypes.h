#pragma once
#include <QMetaType>
// The envelopes of the platform API (resources/api/openapi.yaml), around the domain entities.
#include "domain/Command.h"
#include "domain/Entities.h"
#include "domain/Enums.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <memory>
#include <variant>

namespace wk {

// An upsert's data as its entity (the alternative matches Change::entity).
using DecodedEntity = std::variant<Supplier, SupplierMetrics, Product, ReviewItem, Order, ShipmentEvent, OrderException>;

// One row of GET /v1/changes. `data` is the entity's wire object (absent for deletes).
struct Change {
    EntityKind entity = EntityKind::ReviewItem;
    ChangeOp op = ChangeOp::Upsert;
    QString id;
    qint64 version = 0;
    QJsonObject data;
    // codec::decodeChange decodes `data` to check it; it keeps the result here, so that the cache
    // writer, on another thread, does not decode every pulled entity a second time. Derived from
    // `data` (not compared); null where the Change was built by hand.
    std::shared_ptr<const DecodedEntity> decoded;
    // `data` as the platform wrote it, cut out of the page's body (decodeChangesPageBody), so that the
    // cache stores it without serialising the object again. Empty where not known.
    QByteArray dataText;
    friend bool operator==(const Change &a, const Change &b)
    {
        return a.entity == b.entity && a.op == b.op && a.id == b.id && a.version == b.version && a.data == b.data;
    }
};

struct ChangesPage {
    QList<Change> changes;
    QString cursor;
    bool hasMore = false;
    qint64 lastCommandSeq = 0;   // the highest command seq of this client the server has stored
    friend bool operator==(const ChangesPage &, const ChangesPage &) = default;
};

// POST /v1/commands
struct CommandBatch {
    QString clientId;
    QList<Command> commands;
    friend bool operator==(const CommandBatch &, const CommandBatch &) = default;
};

struct CommandResults {
    QList<CommandResult> results;
    friend bool operator==(const CommandResults &, const CommandResults &) = default;
};

// GET /v1/me
struct Me {
    QString supervisorId;
    QString displayName;
    int leaseSeconds = 0;        // how long a claim lasts before it must be renewed
    friend bool operator==(const Me &, const Me &) = default;
};

// GET /v1/health
struct Health {
    QString status;              // "ok"
    QString version;
    qint64 serverTimeMs = 0;
    friend bool operator==(const Health &, const Health &) = default;
};

} // namespace wk

// Signals carry these between the client's, the engine's and the GUI's threads.
Q_DECLARE_METATYPE(wk::Health)
Q_DECLARE_METATYPE(wk::Me)
Q_DECLARE_METATYPE(wk::ChangesPage)
Q_DECLARE_METATYPE(wk::CommandResults)
