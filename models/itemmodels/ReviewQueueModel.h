#pragma once
// The Review desk's queue over the cache, windowed: only the pages around what the view shows are
// read (by a reader thread with its own read-only connection), kept in an LRU of pages; answers to
// an older query or an older refresh are dropped. The size comes from SQL, counted up to a cap
// first ("10,000+") and exactly once a background walk along the order's index has also found
// every page's key (keyset paging for any page, even after a jump). Pending decisions in the outbox
// are shown on top of the server rows (sync rule 3). A refresh (new server data) keeps every row
// that stays in view under its persistent index, so a selection does not move.
#include "ReviewPageCache.h"
#include "ReviewQueueReader.h"
#include "ReviewReaderThread.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QSet>
#include <atomic>
#include <functional>
#include <memory>

namespace wk {

class ReviewReaderThread;

class ReviewQueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { KindColumn, ItemColumn, ReasonsColumn, ConfidenceColumn, ImpactColumn, AgeColumn, ClaimColumn,
                  StatusColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,   // QString
        VersionRole,                 // qint64
        SupplierRole,                // QString
        FlagMaskRole,                // qint64
        PendingDecisionRole,         // DecisionKind code of a pending decision, else empty
        LoadedRole                   // bool: the row's page is in memory
    };
    static constexpr int kPageSize = 200;
    static constexpr int kMaxPages = 64;
    static constexpr qint64 kCountCap = 10000;

    explicit ReviewQueueModel(QObject *parent = nullptr);
    ~ReviewQueueModel() override;

    // Opens readers on the cache (empty: none, the model is empty).
    void setCachePath(const QString &cachePath);
    void setSupervisorId(const QString &supervisorId);
    const QString &supervisorId() const { return m_me; }
    void setQuery(const ReviewQuery &query);
    const ReviewQuery &query() const { return m_query; }
    // New server data: re-reads the rows in memory and the size; rows keep their persistent indexes.
    void refresh();
    // The outbox changed: re-reads the pending intents.
    void refreshIntents();
    // The item open in the desk: a refresh finds where it went even outside the pages in memory.
    void setPinnedId(const QString &id);

    // The row if its page is in memory (else null, and the page is requested).
    const ReviewRow *rowAt(int row) const;
    // The row of `id` among the pages in memory, or -1.
    int rowOf(const QString &id) const;
    std::optional<ReviewPendingIntent> pendingFor(const QString &id) const;
    bool hasPendingIntent(const QString &id) const { return m_intents.contains(id); }
    // The queue's size as far as known, whether it is exact, and in words ("10,000+").
    qint64 totalRows() const { return m_rows; }
    bool isCountExact() const { return m_countExact; }
    QString countText() const;
    bool hasFirstPage() const { return m_hasFirstPage; }

    // The pager's reader thread, for the desk's item and cluster reads (same connection, same order).
    ReviewReaderThread *reader() const { return m_pager; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Impact, Age and Confidence sort (each in its one useful direction); other columns do not.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Test and benchmark seams: how many page reads were posted, and whether any is still out.
    int pageRequests() const { return m_pageRequests; }
    bool isIdle() const { return m_inFlight.isEmpty() && !m_refreshing; }

signals:
    void countChanged();
    void pageLoaded(int page);
    void refreshed();
    void anchorsReady();
    void failed(const QString &sentence);

private:
    void requestPage(int page) const;
    void onPage(quint64 epoch, int page, ReviewPage rows);
    void onCount(quint64 epoch, ReviewQueueReader::Count count);
    void onAnchors(quint64 epoch, ReviewQueueReader::Anchors anchors);
    struct Refresh;
    void onRefreshed(quint64 epoch, std::shared_ptr<Refresh> answer);
    void growTo(qint64 rows);
    void startAnchors();
    void startScan();   // the count and the walk of the current query
    void restart();
    QString pendingText(const QString &id) const;
    QVariant display(const ReviewRow &row, int column) const;

    QString m_cachePath;
    QString m_me;
    ReviewQuery m_query;
    QPointer<ReviewReaderThread> m_pager;     // pages, counts, refreshes, items
    QPointer<ReviewReaderThread> m_scanner;   // the walk for the anchors (long; never blocks a page)
    std::shared_ptr<std::atomic<quint64>> m_queryGeneration;   // cancels a stale walk
    quint64 m_epoch = 0;                      // answers from an older epoch are dropped
    std::shared_ptr<std::atomic<quint64>> m_liveEpoch;   // m_epoch, for the readers: stale reads stop
    void newEpoch();
    std::function<bool()> staleAfter(quint64 epoch) const;
    mutable ReviewPageCache m_pages{kMaxPages};
    mutable QSet<int> m_inFlight;
    mutable int m_pageRequests = 0;
    QList<SortKey> m_anchors;
    qint64 m_rows = 0;
    bool m_countExact = false;
    bool m_countCapped = false;
    bool m_hasFirstPage = false;
    bool m_scanAfterFirstPage = false;   // startScan() once page 0 is in
    bool m_refreshing = false;
    bool m_refreshAgain = false;
    QString m_pinnedId;
    QHash<QString, ReviewPendingIntent> m_intents;
};

} // namespace wk
