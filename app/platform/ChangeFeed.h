#pragma once
// GET /v1/changes: opaque cursors, pages, and long polls that wait without blocking the server's
// thread — a waiting request is parked with its connection and answered when a change commits
// (wake()) or when its wait runs out.
#include "FaultInjector.h"
#include "HttpReply.h"

#include <QObject>
#include <QPointer>
#include <QUrlQuery>
#include <list>

class QTcpSocket;
class QTimer;

namespace wk::platform {

class PlatformStore;

// "<generation>:<seq>:<floor>" in base64url: opaque to clients, checkable here. `floor` is what the
// cursor is valid against: a pull that started from scratch when the log had been compacted up to H
// never saw what compaction dropped before H, so its cursors stay valid while the horizon is still H
// even though their seq is below it. floor = max(seq, horizon when the pull began from scratch).
QString encodeCursor(const QString &generation, qint64 seq, qint64 floor = -1);
// False if the text is not a cursor at all.
bool decodeCursor(const QString &cursor, QString *generation, qint64 *seq, qint64 *floor);

struct ChangeSlice;

// The ChangesPage body for a slice of stored entities: the same JSON as codec::encode(ChangesPage)
// (the envelopes come from the codecs) but each entity's stored wire JSON is spliced in as it is,
// instead of being parsed and printed again; that was most of the server's cost per change.
QByteArray encodeChangesPage(const ChangeSlice &slice, const QString &cursor, bool hasMore, qint64 lastCommandSeq);

class ChangeFeed : public QObject
{
    Q_OBJECT
public:
    explicit ChangeFeed(PlatformStore &store, QObject *parent = nullptr);
    ~ChangeFeed() override;

    // Answers now, or parks the request when there is nothing new and the query asks to wait.
    void handle(QTcpSocket *socket, const QUrlQuery &query, const FaultDecision &fault);
    // Something committed: answer every parked request that now has changes.
    void wake();
    int parkedCount() const { return int(m_parked.size()); }

private:
    struct Parked {
        QPointer<QTcpSocket> socket;
        qint64 afterSeq = 0;
        qint64 floor = 0;
        int limit = 0;
        QString clientId;
        FaultDecision fault;
        QTimer *timer = nullptr;
        QMetaObject::Connection gone;
    };
    HttpReply page(qint64 afterSeq, qint64 floor, int limit, const QString &clientId, bool *empty);
    std::optional<HttpReply> checkCursor(qint64 seq, qint64 floor);
    void release(std::list<Parked>::iterator it);

    PlatformStore &m_store;
    std::list<Parked> m_parked;
};

} // namespace wk::platform
