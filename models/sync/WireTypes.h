#pragma once
#include <QMetaType>
// The envelopes of the platform API (resources/api/openapi.yaml), around the domain entities.
#include "domain/Command.h"
#include "domain/Entities.h"
#include "domain/Enums.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <memory>
#include <variant>

namespace wk {

// An upsert's data as its entity (the alternative matches Change::entity).
using DecodedEntity = std::variant<Supplier, SupplierMetrics, Product, ReviewItem, Order, ShipmentEvent, OrderException>;

// One row of GET /v1/changes.
struct Change {
    EntityKind entity = EntityKind::ReviewItem;
    ChangeOp op = ChangeOp::Upsert;
    QString id;
    qint64 version = 0;
    // The entity's wire JSON (absent for deletes): for a pulled change exactly the bytes of `data`
    // in the page's body, which is what the cache stores. The one source of the data; `decoded`
    // is derived from it.
    QByteArray dataText;
    // codec::decodeChange decodes the data to check it; it keeps the result here, so that the
    // cache writer, on another thread, does not decode every pulled entity a second time. Null
    // where the Change was built by hand (the writer decodes dataText then).
    std::shared_ptr<const DecodedEntity> decoded;

    // dataText parsed (encoding, tests, conflicts): not for the pull path.
    QJsonObject dataObject() const;
    // Equal data is the same JSON value, however it is spelt.
    friend bool operator==(const Change &a, const Change &b);
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
