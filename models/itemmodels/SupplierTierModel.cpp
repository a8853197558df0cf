#include "itemmodels/SupplierTierModel.h"

#include "itemmodels/SupplierReader.h"

#include <QLocale>

namespace wk {

namespace {
QString percent(std::optional<double> v)
{
    return v ? QLocale().toString(*v * 100.0, 'f', 1) + QLatin1Char('%') : QString();
}
} // namespace

SupplierTierModel::SupplierTierModel(SupplierTier tier, SupplierReader *reader, QObject *parent)
    : QAbstractTableModel(parent), m_reader(reader)
{
    m_query.tier = tier;
    connect(reader, &SupplierReader::pageReady, this, &SupplierTierModel::onPage);
    connect(reader, &SupplierReader::failed, this, [this](quint64 token, const QString &sentence) {
        if (token == m_resetToken || m_tokenPage.contains(token))
            emit loadFailed(sentence);
    });
}

QString SupplierTierModel::pendingText(const SupplierListRow &r)
{
    const auto type = fromCode<CommandType>(r.pendingType);
    if (!type)
        return r.pendingType;
    switch (*type) {
    case CommandType::SupplierSetTier: {
        switch (fromCode<SupplierTier>(r.pendingPayload.value(QStringLiteral("tier")).toString())
                    .value_or(SupplierTier::LongTail1688)) {
        case SupplierTier::PalletTrader: return tr("move to pallet traders");
        case SupplierTier::DirectFactory: return tr("move to direct factories");
        case SupplierTier::LongTail1688: return tr("move to the 1688 long tail");
        }
        return {};
    }
    case CommandType::SupplierSuspend: return tr("suspend");
    case CommandType::SupplierReinstate: return tr("reinstate");
    case CommandType::SupplierNote: return tr("note");
    default: return r.pendingType;
    }
}

QString SupplierTierModel::standingLabel(Standing s)
{
    switch (s) {
    case Standing::Excellent: return tr("Excellent");
    case Standing::Good: return tr("Good");
    case Standing::Watch: return tr("Watch");
    case Standing::AtRisk: return tr("At risk");
    case Standing::Failing: return tr("Failing");
    case Standing::NoData: return tr("No data");
    }
    return {};
}

void SupplierTierModel::setSearch(const QString &search)
{
    if (m_query.search == search)
        return;
    m_query.search = search;
    refresh();
}

void SupplierTierModel::setSupplierFilter(const QString &supplierId)
{
    if (m_query.supplierId == supplierId)
        return;
    m_query.supplierId = supplierId;
    refresh();
}

void SupplierTierModel::refresh()
{
    if (!m_reader)
        return;
    m_resetToken = m_reader->requestPage(m_query, 0, kPageSize, true);
}

void SupplierTierModel::sort(int column, Qt::SortOrder order)
{
    static const SupplierSortKey keys[] = {SupplierSortKey::Name, SupplierSortKey::Score, SupplierSortKey::Volume,
                                           SupplierSortKey::DefectRate, SupplierSortKey::OnTimeRate,
                                           SupplierSortKey::LeadTime, SupplierSortKey::ExceptionRate};
    if (column < 0 || column >= ColumnCount)
        return;
    m_query.sort = keys[column];
    m_query.descending = order == Qt::DescendingOrder;
    refresh();
}

void SupplierTierModel::onPage(quint64 token, int offset, const QList<SupplierListRow> &rows, qint64 count)
{
    if (token == m_resetToken) {
        beginResetModel();
        m_count = count;
        m_pages.clear();
        m_lru.clear();
        m_requested.clear();
        m_tokenPage.clear();
        m_pages.insert(0, rows);
        m_lru << 0;
        m_loaded = true;
        endResetModel();
        emit loaded();
        return;
    }
    const auto it = m_tokenPage.constFind(token);
    if (it == m_tokenPage.cend())
        return;   // stale: the query changed since
    const int page = it.value();
    m_tokenPage.erase(it);
    m_requested.remove(page);
    m_pages.insert(page, rows);
    m_lru.removeAll(page);
    m_lru << page;
    while (m_lru.size() > kMaxPages)
        m_pages.remove(m_lru.takeFirst());
    const int first = offset;
    const int last = std::min<int>(int(m_count) - 1, offset + int(rows.size()) - 1);
    if (last >= first)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

void SupplierTierModel::requestPage(int page) const
{
    if (!m_reader || m_requested.contains(page))
        return;
    m_requested.insert(page);
    const quint64 token = m_reader->requestPage(m_query, page * kPageSize, kPageSize, false);
    m_tokenPage.insert(token, page);
}

const SupplierListRow *SupplierTierModel::rowAt(int row) const
{
    const int page = row / kPageSize;
    const auto it = m_pages.constFind(page);
    if (it == m_pages.cend()) {
        requestPage(page);
        return nullptr;
    }
    if (m_lru.isEmpty() || m_lru.last() != page) {
        m_lru.removeAll(page);
        m_lru << page;
    }
    const int inPage = row % kPageSize;
    return inPage < it->size() ? &it->at(inPage) : nullptr;
}

int SupplierTierModel::rowOf(const QString &supplierId) const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it)
        for (int i = 0; i < it->size(); ++i)
            if (it->at(i).id == supplierId)
                return it.key() * kPageSize + i;
    return -1;
}

int SupplierTierModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_count); }

int SupplierTierModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant SupplierTierModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SupplierListRow *r = rowAt(index.row());
    if (role == LoadedRole)
        return r != nullptr;
    if (!r)
        return role == Qt::DisplayRole && index.column() == NameColumn ? QVariant(tr("Loading…")) : QVariant();
    switch (role) {
    case SupplierIdRole: return r->id;
    case ScoreRole: return r->score ? QVariant(*r->score) : QVariant();
    case StandingRole: return standingCode(r->standing);
    case StatusRole: return toCode(r->status);
    case PendingRole: return r->pendingType;
    case Qt::TextAlignmentRole:
        return index.column() == NameColumn ? QVariant() : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::ToolTipRole:
        if (index.column() == NameColumn)
            return r->nameZh.isEmpty() ? r->name : r->name + QLatin1Char('\n') + r->nameZh;
        return {};
    case Qt::AccessibleTextRole:
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case NameColumn: {
            QString name = r->status == SupplierStatus::Suspended ? tr("%1 (suspended)").arg(r->name) : r->name;
            if (!r->pendingType.isEmpty())
                name = tr("%1 · pending: %2").arg(name, pendingText(*r));
            return name;
        }
        case ScoreColumn:
            // The standing in words next to the number: meaning never by colour alone.
            return r->score ? tr("%1 · %2").arg(QLocale().toString(*r->score, 'f', 0), standingLabel(r->standing))
                            : standingLabel(Standing::NoData);
        case VolumeColumn: return QLocale().toString(r->volume);
        case DefectColumn: return percent(r->defectRate);
        case OnTimeColumn: return percent(r->onTimeRate);
        case LeadTimeColumn:
            return r->leadTimeHours ? tr("%1 h").arg(QLocale().toString(*r->leadTimeHours, 'f', 0)) : QString();
        case ExceptionColumn: return percent(r->exceptionRate);
        case ColumnCount: break;
        }
        return {};
    default: return {};
    }
}

QVariant SupplierTierModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NameColumn: return tr("Supplier");
    case ScoreColumn: return tr("Score");
    case VolumeColumn: return tr("Orders");
    case DefectColumn: return tr("Defects");
    case OnTimeColumn: return tr("On time");
    case LeadTimeColumn: return tr("Lead time");
    case ExceptionColumn: return tr("Exceptions");
    case ColumnCount: break;
    }
    return {};
}

QHash<int, QByteArray> SupplierTierModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert(SupplierIdRole, "supplierId");
    names.insert(ScoreRole, "score");
    names.insert(StandingRole, "standing");
    names.insert(StatusRole, "status");
    names.insert(LoadedRole, "loaded");
    names.insert(PendingRole, "pending");
    return names;
}

} // namespace wk
