#include "ReviewQueueModel.h"

#include "ReviewLabels.h"
#include "ReviewReaderThread.h"

#include <QDateTime>
#include <QLocale>
#include <QMap>

namespace wk {

namespace {
constexpr int kRefreshPages = 6;   // the most recently used pages re-read by a refresh

qint64 nowMs() { return QDateTime::currentMSecsSinceEpoch(); }
} // namespace

struct ReviewQueueModel::Refresh {
    ReviewQueueReader::Count count;
    QMap<int, ReviewPage> pages;
    qint64 pinnedRow = -1;
};

ReviewQueueModel::ReviewQueueModel(QObject *parent)
    : QAbstractTableModel(parent), m_queryGeneration(std::make_shared<std::atomic<quint64>>(0)),
      m_liveEpoch(std::make_shared<std::atomic<quint64>>(0))
{
}

void ReviewQueueModel::newEpoch()
{
    ++m_epoch;
    m_liveEpoch->store(m_epoch);
}

std::function<bool()> ReviewQueueModel::staleAfter(quint64 epoch) const
{
    return [live = m_liveEpoch, epoch] { return live->load() != epoch; };
}

ReviewQueueModel::~ReviewQueueModel()
{
    // A running walk stops at its next page boundary; the threads are joined by their destructors.
    m_queryGeneration->fetch_add(1);
}

void ReviewQueueModel::setCachePath(const QString &cachePath)
{
    if (cachePath == m_cachePath)
        return;
    m_cachePath = cachePath;
    m_queryGeneration->fetch_add(1);
    delete m_pager;
    delete m_scanner;
    if (!cachePath.isEmpty()) {
        m_pager = new ReviewReaderThread(cachePath, QStringLiteral("review-pager"), this);
        m_scanner = new ReviewReaderThread(cachePath, QStringLiteral("review-scanner"), this);
        connect(m_pager, &ReviewReaderThread::failed, this, &ReviewQueueModel::failed);
        connect(m_scanner, &ReviewReaderThread::failed, this, &ReviewQueueModel::failed);
    }
    m_intents.clear();
    restart();
}

void ReviewQueueModel::setSupervisorId(const QString &supervisorId)
{
    if (supervisorId == m_me)
        return;
    m_me = supervisorId;
    if (m_query.claimed != ClaimFilter::Any)
        restart();
    else if (m_rows > 0)
        emit dataChanged(index(0, ClaimColumn), index(int(m_rows - 1), ClaimColumn));
}

void ReviewQueueModel::setQuery(const ReviewQuery &query)
{
    if (query.sameSelection(m_query) && m_pager)
        return;
    m_query = query;
    restart();
}

void ReviewQueueModel::restart()
{
    newEpoch();
    beginResetModel();
    m_pages.clear();
    m_inFlight.clear();
    m_anchors.clear();
    m_rows = 0;
    m_countExact = false;
    m_countCapped = false;
    m_hasFirstPage = false;
    m_refreshing = false;
    m_refreshAgain = false;
    m_query.me = m_me;
    m_query.nowMs = nowMs();
    endResetModel();
    emit countChanged();
    if (!m_pager)
        return;
    requestPage(0);
    // The count and the walk wait for the first page: on two cores they would take its CPU (and a
    // search's match set is then built once, by the pager). The previous query's walk stops now.
    m_queryGeneration->fetch_add(1);
    m_scanAfterFirstPage = true;
    refreshIntents();
}

void ReviewQueueModel::startScan()
{
    m_scanAfterFirstPage = false;
    // The capped count and then the walk run on the scanner's connection, so that the pager only
    // ever has pages (and items) to read: a page is never queued behind a count.
    const quint64 epoch = m_epoch;
    const ReviewQuery query = m_query;
    m_scanner->post([this, epoch, query](ReviewQueueReader &reader) {
        const auto count = reader.count(query, kCountCap);
        QMetaObject::invokeMethod(this, [this, epoch, count] { onCount(epoch, count); }, Qt::QueuedConnection);
    }, staleAfter(epoch));
    startAnchors();
}

void ReviewQueueModel::startAnchors()
{
    if (!m_scanner)
        return;
    const quint64 generation = m_queryGeneration->fetch_add(1) + 1;
    const quint64 epoch = m_epoch;
    const ReviewQuery query = m_query;
    m_scanner->post([this, epoch, query, generation, current = m_queryGeneration](ReviewQueueReader &reader) {
        if (current->load() != generation)
            return;
        auto anchors = reader.anchors(query, kPageSize, [&] { return current->load() != generation; });
        if (anchors)
            QMetaObject::invokeMethod(this, [this, epoch, a = std::move(*anchors)] { onAnchors(epoch, a); },
                                      Qt::QueuedConnection);
    });
}

void ReviewQueueModel::requestPage(int page) const
{
    if (!m_pager || m_inFlight.contains(page) || page < 0 || qint64(page) * kPageSize >= qMax<qint64>(m_rows, 1))
        return;
    m_inFlight.insert(page);
    ++m_pageRequests;
    // Keyset from the page before's last key (known from the walk, or from that page in memory);
    // only a jump before the walk is done falls back to OFFSET.
    std::optional<SortKey> after;
    if (page > 0 && page - 1 < m_anchors.size())
        after = m_anchors.at(page - 1);
    else if (const ReviewPage *before = m_pages.peek(page - 1); page > 0 && before && before->size() == kPageSize)
        after = before->last().key(m_query.sort);
    auto *self = const_cast<ReviewQueueModel *>(this);
    m_pager->post([self, epoch = m_epoch, query = m_query, page, after](ReviewQueueReader &reader) {
        ReviewPage rows = reader.page(query, kPageSize, after, qint64(page) * kPageSize);
        QMetaObject::invokeMethod(self, [self, epoch, page, rows = std::move(rows)] { self->onPage(epoch, page, rows); },
                                  Qt::QueuedConnection);
    }, staleAfter(m_epoch));
}

void ReviewQueueModel::onPage(quint64 epoch, int page, ReviewPage rows)
{
    if (epoch != m_epoch)
        return;   // an older query's or an older refresh's answer
    m_inFlight.remove(page);
    const qint64 first = qint64(page) * kPageSize;
    const int n = int(rows.size());
    m_pages.insert(page, std::move(rows));
    if (page == 0) {
        m_hasFirstPage = true;
        if (m_scanAfterFirstPage)
            startScan();
        if (n < kPageSize && !m_countExact) {
            m_countExact = true;
            m_countCapped = false;
            growTo(n);
            emit countChanged();
        }
    }
    if (!m_countExact)
        growTo(first + n);
    if (n > 0 && first < m_rows)
        emit dataChanged(index(int(first), 0), index(int(qMin(first + n, m_rows) - 1), ColumnCount - 1));
    emit pageLoaded(page);
}

void ReviewQueueModel::onCount(quint64 epoch, ReviewQueueReader::Count count)
{
    if (epoch != m_epoch || m_countExact)
        return;
    m_countCapped = count.capped;
    m_countExact = !count.capped;
    growTo(count.rows);
    emit countChanged();
}

void ReviewQueueModel::onAnchors(quint64 epoch, ReviewQueueReader::Anchors anchors)
{
    if (epoch != m_epoch)
        return;
    m_anchors = std::move(anchors.lastKeys);
    m_countExact = true;
    m_countCapped = false;
    if (anchors.rows >= m_rows) {
        growTo(anchors.rows);
    } else {
        beginRemoveRows({}, int(anchors.rows), int(m_rows - 1));
        m_rows = anchors.rows;
        endRemoveRows();
    }
    emit countChanged();
    emit anchorsReady();
}

void ReviewQueueModel::growTo(qint64 rows)
{
    if (rows <= m_rows)
        return;
    beginInsertRows({}, int(m_rows), int(rows - 1));
    m_rows = rows;
    endInsertRows();
}

void ReviewQueueModel::refresh()
{
    if (!m_pager)
        return;
    if (m_refreshing) {
        m_refreshAgain = true;   // one more when this one is in: never a queue of them
        return;
    }
    m_refreshing = true;
    m_query.nowMs = nowMs();
    QList<int> pages = m_pages.pages().mid(0, kRefreshPages);
    if (!pages.contains(0))
        pages << 0;
    const qint64 cap = qMax(kCountCap, m_rows);
    m_pager->post([this, epoch = m_epoch, query = m_query, pages, cap, pinned = m_pinnedId](ReviewQueueReader &reader) {
        auto answer = std::make_shared<Refresh>();
        answer->count = reader.count(query, cap);
        // OFFSET, not keyset: the rows before may have changed, and it is a handful of pages.
        for (int page : pages)
            answer->pages.insert(page, reader.page(query, kPageSize, std::nullopt, qint64(page) * kPageSize));
        if (!pinned.isEmpty()) {
            answer->pinnedRow = reader.positionOf(query, pinned);
            const int page = int(answer->pinnedRow / kPageSize);
            if (answer->pinnedRow >= 0 && !answer->pages.contains(page))
                answer->pages.insert(page, reader.page(query, kPageSize, std::nullopt, qint64(page) * kPageSize));
        }
        QMetaObject::invokeMethod(this, [this, epoch, answer] { onRefreshed(epoch, answer); }, Qt::QueuedConnection);
    }, staleAfter(m_epoch));
}

void ReviewQueueModel::onRefreshed(quint64 epoch, std::shared_ptr<Refresh> answer)
{
    if (epoch != m_epoch)
        return;   // the query changed meanwhile: restart() has read everything afresh
    m_refreshing = false;
    newEpoch();   // page reads of before this refresh are stale now
    m_inFlight.clear();
    m_anchors.clear();
    const qint64 rows = answer->count.rows;
    m_countExact = !answer->count.capped;
    m_countCapped = answer->count.capped;
    growTo(rows);

    // Every row on screen follows its item: its persistent index moves to where the item is now.
    emit layoutAboutToBeChanged();
    QHash<QString, int> newRowOf;
    for (auto it = answer->pages.cbegin(); it != answer->pages.cend(); ++it)
        for (int i = 0; i < it->size(); ++i)
            newRowOf.insert(it->at(i).id, it.key() * kPageSize + i);
    const QModelIndexList from = persistentIndexList();
    QModelIndexList to;
    to.reserve(from.size());
    for (const QModelIndex &index : from) {
        const ReviewPage *page = m_pages.peek(index.row() / kPageSize);
        const int offset = index.row() % kPageSize;
        const QString id = page && offset < page->size() ? page->at(offset).id : QString();
        const int row = newRowOf.value(id, index.row());
        to << (row < rows ? createIndex(row, index.column()) : QModelIndex());
    }
    m_pages.clear();
    for (auto it = answer->pages.cbegin(); it != answer->pages.cend(); ++it)
        m_pages.insert(it.key(), it.value());
    changePersistentIndexList(from, to);
    emit layoutChanged();

    if (rows < m_rows) {
        beginRemoveRows({}, int(rows), int(m_rows - 1));
        m_rows = rows;
        endRemoveRows();
    }
    m_hasFirstPage = true;
    m_scanAfterFirstPage = false;   // the refresh counted; its walk starts here
    startAnchors();
    emit countChanged();
    emit refreshed();
    if (m_refreshAgain) {
        m_refreshAgain = false;
        refresh();
    }
}

void ReviewQueueModel::refreshIntents()
{
    if (!m_pager)
        return;
    m_pager->post([this](ReviewQueueReader &reader) {
        auto intents = reader.pendingDecisions();
        QMetaObject::invokeMethod(this, [this, intents = std::move(intents)] {
            m_intents = intents;
            if (m_rows > 0)
                emit dataChanged(index(0, StatusColumn), index(int(m_rows - 1), StatusColumn));
        }, Qt::QueuedConnection);
    });
}

void ReviewQueueModel::setPinnedId(const QString &id) { m_pinnedId = id; }

const ReviewRow *ReviewQueueModel::rowAt(int row) const
{
    if (row < 0 || row >= m_rows)
        return nullptr;
    const int page = row / kPageSize;
    const ReviewPage *rows = m_pages.find(page);
    if (!rows) {
        requestPage(page);
        return nullptr;
    }
    const int offset = row % kPageSize;
    if (offset >= rows->size())
        return nullptr;
    // Near a page's end, the next page is read ahead (and the one before, near its start).
    if (offset > kPageSize * 3 / 4 && !m_pages.peek(page + 1))
        requestPage(page + 1);
    else if (offset < kPageSize / 4 && page > 0 && !m_pages.peek(page - 1))
        requestPage(page - 1);
    return &rows->at(offset);
}

int ReviewQueueModel::rowOf(const QString &id) const
{
    for (int page : m_pages.pages()) {
        const ReviewPage *rows = m_pages.peek(page);
        for (int i = 0; i < rows->size(); ++i)
            if (rows->at(i).id == id)
                return page * kPageSize + i;
    }
    return -1;
}

std::optional<ReviewPendingIntent> ReviewQueueModel::pendingFor(const QString &id) const
{
    auto it = m_intents.constFind(id);
    return it == m_intents.constEnd() ? std::nullopt : std::optional<ReviewPendingIntent>(*it);
}

QString ReviewQueueModel::countText() const
{
    const QString n = QLocale().toString(m_rows);
    return m_countCapped ? tr("%1+", "more items than counted").arg(n) : n;
}

int ReviewQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows);
}

int ReviewQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ReviewQueueModel::pendingText(const QString &id) const
{
    auto it = m_intents.constFind(id);
    return it == m_intents.constEnd() ? QString() : ReviewLabels::pending(it->decision);
}

QVariant ReviewQueueModel::display(const ReviewRow &row, int column) const
{
    switch (column) {
    case KindColumn:
        return ReviewLabels::kind(row.kind);
    case ItemColumn:
        return QStringLiteral("%1 · %2").arg(row.sku, row.title);
    case ReasonsColumn: {
        QStringList reasons;
        for (FlagReason r : row.flagReasons())
            reasons << ReviewLabels::reason(r);
        return reasons.join(QStringLiteral(", "));
    }
    case ConfidenceColumn:
        return tr("%1%", "AI confidence in percent").arg(QLocale().toString(row.aiConfidence * 100, 'f', 0));
    case ImpactColumn:
        return ReviewLabels::money(row.gmvMinor, row.currency);
    case AgeColumn:
        return ReviewLabels::age(row.createdAtMs, row.slaDueAtMs, nowMs());
    case ClaimColumn: {
        const QString holder = row.claimHolder(nowMs());
        if (holder.isEmpty())
            return tr("nobody");
        return holder == m_me ? tr("me") : holder;
    }
    case StatusColumn: {
        const QString pending = pendingText(row.id);
        return pending.isEmpty() ? ReviewLabels::status(row.status) : pending;
    }
    }
    return {};
}

QVariant ReviewQueueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows || index.column() >= ColumnCount)
        return {};
    const ReviewRow *row = rowAt(index.row());
    if (!row) {
        if (role == LoadedRole)
            return false;
        if (role == Qt::DisplayRole && index.column() == ItemColumn)
            return tr("Loading…");
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return display(*row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn && m_intents.contains(row->id))
            return tr("Your decision is in the outbox; the platform has not confirmed it yet.");
        return display(*row, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == ConfidenceColumn || index.column() == ImpactColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case IdRole:
        return row->id;
    case VersionRole:
        return row->version;
    case SupplierRole:
        return row->supplierId;
    case FlagMaskRole:
        return row->flagMask;
    case PendingDecisionRole: {
        auto it = m_intents.constFind(row->id);
        return it == m_intents.constEnd() ? QString() : toCode(it->decision);
    }
    case LoadedRole:
        return true;
    }
    return {};
}

QVariant ReviewQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn: return tr("Kind");
    case ItemColumn: return tr("SKU · title");
    case ReasonsColumn: return tr("Flag reasons");
    case ConfidenceColumn: return tr("AI confidence");
    case ImpactColumn: return tr("GMV at risk");
    case AgeColumn: return tr("Age / SLA");
    case ClaimColumn: return tr("Claimed by");
    case StatusColumn: return tr("Status");
    }
    return {};
}

void ReviewQueueModel::sort(int column, Qt::SortOrder)
{
    ReviewQuery query = m_query;
    if (column == ImpactColumn)
        query.sort = ReviewSort::Impact;
    else if (column == AgeColumn)
        query.sort = ReviewSort::Age;
    else if (column == ConfidenceColumn)
        query.sort = ReviewSort::Confidence;
    else
        return;
    setQuery(query);
}

} // namespace wk
