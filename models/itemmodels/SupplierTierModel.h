#pragma once
// One tier's suppliers as a windowed table: rows are fetched in pages of kPageSize around what the
// view asks for, by SupplierReader on its thread; a small LRU keeps the pages. The total comes from
// SQL. Sorting and the search re-query (the indexes of cache migration 004 make every sort key an
// index range); answers to an older query are dropped by their token.
#include "domain/Enums.h"
#include "itemmodels/SupplierQueries.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>

namespace wk {

class SupplierReader;

class SupplierTierModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, ScoreColumn, VolumeColumn, DefectColumn, OnTimeColumn, LeadTimeColumn,
                  ExceptionColumn, ColumnCount };
    enum Role {
        SupplierIdRole = Qt::UserRole + 1,
        ScoreRole,          // double, or invalid for no data
        StandingRole,       // Standing code
        StatusRole,         // SupplierStatus code
        LoadedRole,         // false while the row's page is on its way
        PendingRole,        // the CommandType code of a supplier command not yet applied, or empty
    };
    static constexpr int kPageSize = 100;
    static constexpr int kMaxPages = 40;

    SupplierTierModel(SupplierTier tier, SupplierReader *reader, QObject *parent = nullptr);

    SupplierTier tier() const { return m_query.tier; }
    const TierQuery &query() const { return m_query; }
    void setSearch(const QString &search);
    void setSupplierFilter(const QString &supplierId);
    // Re-reads with the same query (new data in the cache); the rows shown stay until the answer.
    void refresh();
    qint64 totalCount() const { return m_count; }
    bool isLoaded() const { return m_loaded; }
    // The row of a supplier among the loaded pages, or -1.
    int rowOf(const QString &supplierId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QHash<int, QByteArray> roleNames() const override;

    static QString standingLabel(Standing s);
    // What a pending command will do, in words ("move to pallet traders").
    static QString pendingText(const SupplierListRow &row);

signals:
    // The first page and the count of the current query arrived.
    void loaded();
    void loadFailed(const QString &sentence);

private:
    void onPage(quint64 token, int offset, const QList<SupplierListRow> &rows, qint64 count);
    const SupplierListRow *rowAt(int row) const;
    void requestPage(int page) const;

    QPointer<SupplierReader> m_reader;
    TierQuery m_query;
    qint64 m_count = 0;
    bool m_loaded = false;
    quint64 m_resetToken = 0;
    QSet<quint64> m_pageTokens;
    mutable QHash<int, QList<SupplierListRow>> m_pages;
    mutable QList<int> m_lru;            // most recent last
    mutable QSet<int> m_requested;
    mutable QHash<quint64, int> m_tokenPage;
};

} // namespace wk
