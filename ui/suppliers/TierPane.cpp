#include "suppliers/TierPane.h"

#include "itemmodels/SupplierTierModel.h"
#include "suppliers/SupplierTexts.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <iterator>

namespace wk {

TierPane::TierPane(SupplierTier tier, SupplierReader *reader, QWidget *parent)
    : QWidget(parent), m_tier(tier), m_title(new QLabel(this)), m_view(new QTableView(this)),
      m_model(new SupplierTierModel(tier, reader, this))
{
    setObjectName(QStringLiteral("tierPane_") + toCode(tier));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setBuddy(m_view);
    layout->addWidget(m_title);
    layout->addWidget(m_view, 1);

    m_view->setObjectName(QStringLiteral("tierList_") + toCode(tier));
    m_view->setAccessibleName(tr("%1 list").arg(SupplierTexts::tierPlural(tier)));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    // A long name elided in the middle keeps its end: "(suspended)" and "pending: …" are written
    // after the name, and cut off at the right they went unseen in a narrow tier.
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(SupplierTierModel::NameColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(SupplierTierModel::ScoreColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setMinimumSectionSize(48);
    fitFigureColumns();
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(SupplierTierModel::ScoreColumn, Qt::DescendingOrder);
    // Hidden by default to fit three tiers side by side; the header's menu is not needed to sort:
    // clicking a column sorts by it.
    m_view->setColumnHidden(SupplierTierModel::LeadTimeColumn, true);
    m_view->setColumnHidden(SupplierTierModel::ExceptionColumn, true);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TierPane::onCurrentChanged);
    connect(m_model, &SupplierTierModel::loaded, this, &TierPane::onLoaded);
    setCount(-1);
}

void TierPane::fitFigureColumns()
{
    // The figures' columns as wide as their header (with room for the sort arrow) or their widest
    // value, not the header's default 100 px: with three tiers side by side in a 1280 px window
    // that left the supplier's name three letters wide. Fixed from the font rather than
    // ResizeToContents, which would read rows the windowed model has not fetched.
    const QFontMetrics header(m_view->horizontalHeader()->font());
    const QFontMetrics cell(m_view->font());
    const QLocale locale;
    const QString rate = locale.toString(100.0, 'f', 1) + QLatin1Char('%');   // as the model writes them
    const QString widest[] = {{}, {}, locale.toString(999999), rate, rate, locale.toString(999) + QStringLiteral(" h"), rate};
    static_assert(std::size(widest) == SupplierTierModel::ColumnCount);
    for (int c = SupplierTierModel::VolumeColumn; c < SupplierTierModel::ColumnCount; ++c) {
        const QString title = m_model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
        const int width = std::max(header.horizontalAdvance(title) + 3 * header.height() / 2,
                                   cell.horizontalAdvance(widest[c]) + cell.height());
        m_view->horizontalHeader()->resizeSection(c, width);
    }
}

void TierPane::setCount(qint64 count)
{
    const QString name = SupplierTexts::tierPlural(m_tier);
    m_title->setText(count < 0 ? name : tr("%1 · %2").arg(name, count == 1 ? tr("1 supplier") : tr("%n suppliers", nullptr, int(count))));
    m_title->setAccessibleName(m_title->text());
}

void TierPane::onCurrentChanged()
{
    const QString id = m_view->currentIndex().data(SupplierTierModel::SupplierIdRole).toString();
    if (id.isEmpty() || id == m_currentId)
        return;
    m_currentId = id;
    emit currentSupplierChanged(id);
}

void TierPane::onLoaded()
{
    const QString wanted = m_wanted.isEmpty() ? m_currentId : m_wanted;
    if (wanted.isEmpty())
        return;
    const int row = m_model->rowOf(wanted);
    if (row >= 0) {
        m_wanted.clear();
        m_view->setCurrentIndex(m_model->index(row, 0));
        m_view->scrollTo(m_model->index(row, 0));
    }
}

void TierPane::focusList()
{
    m_view->setFocus(Qt::ShortcutFocusReason);
    if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
}

void TierPane::selectSupplier(const QString &supplierId)
{
    m_wanted = supplierId;
    onLoaded();
}

} // namespace wk
