#include "ChangeFeed.h"

#include "CommandProcessor.h"
#include "PlatformStore.h"
#include "sync/Codecs.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTcpSocket>
#include <QTimer>

Q_LOGGING_CATEGORY(lcPlatformFeed, "wk.platform.feed", QtInfoMsg)

namespace wk::platform {

QString encodeCursor(const QString &generation, qint64 seq, qint64 floor)
{
    const QByteArray raw = generation.toUtf8() + ':' + QByteArray::number(seq) + ':'
        + QByteArray::number(std::max(seq, floor));
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool decodeCursor(const QString &cursor, QString *generation, qint64 *seq, qint64 *floor)
{
    const auto decoded = QByteArray::fromBase64Encoding(cursor.toLatin1(), QByteArray::Base64UrlEncoding
                                                                               | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return false;
    const QList<QByteArray> parts = decoded.decoded.split(':');
    if (parts.size() != 3 || parts.at(0).isEmpty())
        return false;
    bool seqOk = false, floorOk = false;
    *generation = QString::fromUtf8(parts.at(0));
    *seq = parts.at(1).toLongLong(&seqOk);
    *floor = parts.at(2).toLongLong(&floorOk);
    return seqOk && floorOk && *seq >= 0 && *floor >= *seq;
}

ChangeFeed::ChangeFeed(PlatformStore &store, QObject *parent) : QObject(parent), m_store(store) {}

ChangeFeed::~ChangeFeed()
{
    for (auto &p : m_parked)
        QObject::disconnect(p.gone);
}

std::optional<HttpReply> ChangeFeed::checkCursor(qint64 seq, qint64 floor)
{
    if (floor < m_store.horizon() || seq > m_store.headSeq())
        return HttpReply::problem(makeProblem(
            410, QStringLiteral("cursor_expired"), QStringLiteral("The sync position has expired"),
            QStringLiteral("The platform no longer keeps changes from that far back: sync again from the start.")));
    return std::nullopt;
}

namespace {
QByteArray compactJson(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }
} // namespace

QByteArray encodeChangesPage(const ChangeSlice &slice, const QString &cursor, bool hasMore, qint64 lastCommandSeq)
{
    ChangesPage envelope;
    envelope.cursor = cursor;
    envelope.hasMore = hasMore;
    envelope.lastCommandSeq = lastCommandSeq;
    const QByteArray outer = compactJson(codec::encode(envelope));
    static const QByteArray emptyChanges = QByteArrayLiteral("\"changes\":[]");
    static const QByteArray emptyData = QByteArrayLiteral("{\"data\":{},");
    const qsizetype at = outer.indexOf(emptyChanges);
    Q_ASSERT(at >= 0);
    const qsizetype split = at + emptyChanges.size() - 1;   // just before the closing bracket

    qsizetype size = outer.size();
    for (const StoredEntity &e : slice.entities)
        size += e.data.size() + 96;
    QByteArray out;
    out.reserve(size);
    out.append(outer.constData(), split);
    bool first = true;
    for (const StoredEntity &e : slice.entities) {
        if (!first)
            out.append(',');
        first = false;
        Change change;
        change.entity = e.kind;
        change.op = e.deleted ? ChangeOp::Delete : ChangeOp::Upsert;
        change.id = e.id;
        change.version = e.version;
        const QByteArray inner = compactJson(codec::encode(change));   // "data":{} sorts first
        if (e.deleted) {
            out.append(inner);
        } else if (inner.startsWith(emptyData)) {
            out.append("{\"data\":");
            out.append(e.data);
            out.append(',');
            out.append(inner.constData() + emptyData.size(), inner.size() - emptyData.size());
        } else {
            out.append(compactJson(codec::encode(e.toChange())));   // the slow, general way
        }
    }
    out.append(outer.constData() + split, outer.size() - split);
    return out;
}

HttpReply ChangeFeed::page(qint64 afterSeq, qint64 floor, int limit, const QString &clientId, bool *empty)
{
    const ChangeSlice slice = m_store.changesAfter(afterSeq, limit);
    *empty = slice.entities.isEmpty();
    return {200, QByteArrayLiteral("application/json"),
            encodeChangesPage(slice, encodeCursor(m_store.generation(), slice.lastSeq, floor), slice.hasMore,
                              clientId.isEmpty() ? 0 : m_store.lastCommandSeq(clientId)),
            {}};
}

void ChangeFeed::handle(QTcpSocket *socket, const QUrlQuery &query, const FaultDecision &fault)
{
    const auto bad = [&](const QString &detail) {
        sendReply(socket, HttpReply::problem(makeProblem(400, QStringLiteral("invalid_query"),
                                                         QStringLiteral("The request is not valid"), detail)),
                  fault);
    };
    qint64 afterSeq = 0;
    qint64 floor = m_store.horizon();   // from scratch: valid until the next compaction
    const QString cursor = query.queryItemValue(QStringLiteral("cursor"), QUrl::FullyDecoded);
    if (!cursor.isEmpty()) {
        QString generation;
        if (!decodeCursor(cursor, &generation, &afterSeq, &floor))
            return bad(QStringLiteral("The cursor is not one this platform issued."));
        if (generation != m_store.generation())
            floor = -1;   // another generation of the store: expired
        if (auto expired = checkCursor(afterSeq, floor))
            return sendReply(socket, *expired, fault);
    }
    int limit = 500;
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        limit = query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > 5000)
            return bad(QStringLiteral("limit must be a whole number from 1 to 5000."));
    }
    int wait = 0;
    if (query.hasQueryItem(QStringLiteral("wait"))) {
        bool ok = false;
        wait = query.queryItemValue(QStringLiteral("wait")).toInt(&ok);
        if (!ok || wait < 0 || wait > 60)
            return bad(QStringLiteral("wait must be a whole number of seconds from 0 to 60."));
    }
    const QString clientId = query.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded);

    bool empty = false;
    HttpReply reply = page(afterSeq, floor, limit, clientId, &empty);
    if (!empty || wait == 0)
        return sendReply(socket, std::move(reply), fault);

    m_parked.push_back({socket, afterSeq, floor, limit, clientId, fault, new QTimer(this), {}});
    auto it = std::prev(m_parked.end());
    it->timer->setSingleShot(true);
    connect(it->timer, &QTimer::timeout, this, [this, it] {
        bool unused = false;
        try {
            if (it->socket)
                sendReply(it->socket, page(it->afterSeq, it->floor, it->limit, it->clientId, &unused), it->fault);
        } catch (const std::exception &e) {
            qCWarning(lcPlatformFeed) << "cannot answer a waiting pull:" << e.what();
            if (it->socket)
                dropConnection(it->socket);
        }
        release(it);
    });
    // The client gave up (or the connection broke): forget the request.
    it->gone = connect(socket, &QAbstractSocket::disconnected, this, [this, it] { release(it); });
    it->timer->start(wait * 1000);
    qCDebug(lcPlatformFeed) << "parked a long poll at seq" << afterSeq << "for" << wait << "s";
}

void ChangeFeed::release(std::list<Parked>::iterator it)
{
    QObject::disconnect(it->gone);
    it->timer->stop();
    it->timer->deleteLater();
    m_parked.erase(it);
}

void ChangeFeed::wake()
{
    for (auto it = m_parked.begin(); it != m_parked.end();) {
        auto current = it++;
        if (!current->socket) {
            release(current);
            continue;
        }
        if (auto expired = checkCursor(current->afterSeq, current->floor)) {
            sendReply(current->socket, *expired, current->fault);
            release(current);
            continue;
        }
        bool empty = false;
        HttpReply reply = page(current->afterSeq, current->floor, current->limit, current->clientId, &empty);
        if (empty)
            continue;
        sendReply(current->socket, std::move(reply), current->fault);
        release(current);
    }
}

} // namespace wk::platform
