#include "suppliers/SuppliersDesk.h"
#include "common/ClearButton.h"

#include "common/EmptyStateWidget.h"
#include "itemmodels/ScoreRefresher.h"
#include "itemmodels/SupplierReader.h"
#include "itemmodels/SupplierTierModel.h"
#include "suppliers/ScorecardPanel.h"
#include "suppliers/SupplierCharts.h"
#include "suppliers/SupplierTexts.h"
#include "suppliers/TierPane.h"
#include "sync/CommandQueue.h"
#include "sync/Workspace.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace wk {

SuppliersDesk::SuppliersDesk(QWidget *parent) : Desk(parent)
{
    setObjectName(QStringLiteral("suppliersDesk"));
    m_emptyState = new EmptyStateWidget(icon(), tr("No suppliers yet"),
                                        tr("Pallet traders, direct factories and the 1688 long tail will "
                                           "appear here with their scorecards once the console has synced "
                                           "with the platform."),
                                        connectHint(), this);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_emptyState);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

SuppliersDesk::~SuppliersDesk() = default;

QString SuppliersDesk::key() const { return QStringLiteral("suppliers"); }

QString SuppliersDesk::title() const { return tr("Suppliers"); }

QString SuppliersDesk::summary() const
{
    return tr("Pallet traders, direct factories and the 1688 long tail, with their scorecards.");
}

QIcon SuppliersDesk::icon() const { return QIcon(QStringLiteral(":/icons/suppliers.svg")); }

EmptyStateWidget *SuppliersDesk::emptyState() const { return m_emptyState; }

TierPane *SuppliersDesk::tierPane(SupplierTier tier) const { return m_panes.at(size_t(tier)); }

void SuppliersDesk::workspaceChanged()
{
    teardown();
    if (!workspace()) {
        m_stack->setCurrentWidget(m_emptyState);
        return;
    }
    buildContent();
    m_stack->setCurrentWidget(m_content);
    connect(workspace(), &Workspace::cacheUpdated, m_refresher, &ScoreRefresher::refresh);
    // Pending commands show on top of the server's rows (sync rule 3): re-read what is shown.
    connect(workspace(), &Workspace::outboxChanged, m_content, [this] {
        for (TierPane *p : m_panes)
            p->model()->refresh();
        if (!m_currentId.isEmpty())
            m_detailToken = m_reader->requestDetail(m_currentId);
    });
    m_status->setText(tr("Computing the scorecards…"));
    m_refresher->refresh();
}

void SuppliersDesk::teardown()
{
    if (!m_content)
        return;
    m_stack->removeWidget(m_content);
    delete m_content;   // owns the panes, the reader and the refresher (their threads stop here)
    m_content = nullptr;
    m_search = nullptr;
    m_status = nullptr;
    m_clearFilter = nullptr;
    m_undo = nullptr;
    m_periods = nullptr;
    m_lastCommandId.clear();
    m_panes = {};
    m_scorecard = nullptr;
    m_charts = nullptr;
    m_reader = nullptr;
    m_refresher = nullptr;
    m_currentId.clear();
    m_supplierFilter.clear();
    m_awaitingLoad.clear();
    m_focusAfterSearch = false;
}

void SuppliersDesk::buildContent()
{
    m_content = new QWidget(this);
    m_content->setObjectName(QStringLiteral("suppliersContent"));
    m_reader = new SupplierReader(workspace()->cachePath(), m_content);
    m_refresher = new ScoreRefresher(workspace()->cachePath(), m_content);

    auto *layout = new QVBoxLayout(m_content);
    auto *bar = new QHBoxLayout;
    m_search = new QLineEdit(m_content);
    m_search->setObjectName(QStringLiteral("supplierSearch"));
    m_search->setAccessibleName(tr("Search suppliers"));
    m_search->setPlaceholderText(tr("Search by name, Chinese name or id (Ctrl+F)"));
    enableClearButton(*m_search);
    auto *searchLabel = new QLabel(tr("&Search:"), m_content);
    searchLabel->setBuddy(m_search);
    bar->addWidget(searchLabel);
    bar->addWidget(m_search, 1);
    m_clearFilter = new QPushButton(tr("Show all suppliers"), m_content);
    m_clearFilter->setAccessibleName(tr("Show all suppliers"));
    m_clearFilter->hide();
    connect(m_clearFilter, &QPushButton::clicked, this, [this] { setSupplierFilter({}); });
    bar->addWidget(m_clearFilter);
    m_periods = new QComboBox(m_content);
    m_periods->setObjectName(QStringLiteral("scorecardPeriods"));
    m_periods->setAccessibleName(tr("Scorecard periods"));
    m_periods->addItem(tr("Last 12 weeks"), toCode(PeriodKind::Week));
    m_periods->addItem(tr("Last 12 months"), toCode(PeriodKind::Month));
    m_periods->setToolTip(tr("Score suppliers over weeks or over months; newer periods weigh more."));
    auto *periodsLabel = new QLabel(tr("&Periods:"), m_content);
    periodsLabel->setBuddy(m_periods);
    bar->addWidget(periodsLabel);
    bar->addWidget(m_periods);
    m_status = new QLabel(m_content);
    m_status->setAccessibleName(tr("Scorecard status"));
    bar->addWidget(m_status);
    m_undo = new QPushButton(tr("Undo"), m_content);
    m_undo->setAccessibleName(tr("Undo the last supplier action"));
    m_undo->hide();
    connect(m_undo, &QPushButton::clicked, this, [this] {
        if (workspace() && !m_lastCommandId.isEmpty())
            workspace()->commands()->undo(m_lastCommandId);
        m_undo->hide();
    });
    bar->addWidget(m_undo);
    layout->addLayout(bar);

    auto *vertical = new QSplitter(Qt::Vertical, m_content);
    auto *tiers = new QSplitter(Qt::Horizontal, vertical);
    for (int t = 0; t < 3; ++t) {
        auto *pane = new TierPane(SupplierTier(t), m_reader, tiers);
        m_panes[size_t(t)] = pane;
        connect(pane, &TierPane::currentSupplierChanged, this, &SuppliersDesk::selectSupplier);
        connect(pane->model(), &SupplierTierModel::loadFailed, m_status, &QLabel::setText);
        connect(pane->model(), &SupplierTierModel::loaded, this, [this, pane] {
            m_awaitingLoad.remove(pane);
            if (m_focusAfterSearch && m_awaitingLoad.isEmpty()) {
                m_focusAfterSearch = false;
                focusFirstTierWithRows();
            }
        });
    }
    auto *bottom = new QSplitter(Qt::Horizontal, vertical);
    m_scorecard = new ScorecardPanel(bottom);
    m_charts = new SupplierCharts(bottom);
    bottom->setStretchFactor(0, 2);
    bottom->setStretchFactor(1, 3);
    vertical->setStretchFactor(0, 1);
    vertical->setStretchFactor(1, 1);
    layout->addWidget(vertical, 1);

    m_searchDelay = new QTimer(m_content);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    const auto applySearch = [this] {
        for (TierPane *p : m_panes) {
            if (p->model()->query().search != m_search->text())
                m_awaitingLoad.insert(p);
            p->model()->setSearch(m_search->text());
        }
        m_countsToken = m_reader->requestCounts(m_search->text(), m_supplierFilter);
    };
    connect(m_searchDelay, &QTimer::timeout, this, applySearch);
    // Enter in the search box goes to the results: the first tier that has any.
    connect(m_search, &QLineEdit::returnPressed, this, [this, applySearch] {
        if (m_searchDelay->isActive()) {
            m_searchDelay->stop();
            applySearch();
        }
        // The lists answer after a moment: go to the results once every tier has its answer.
        if (m_awaitingLoad.isEmpty())
            focusFirstTierWithRows();
        else
            m_focusAfterSearch = true;
    });

    connect(m_reader, &SupplierReader::countsReady, this, [this](quint64 token, const QList<qint64> &counts) {
        if (token != m_countsToken)
            return;
        for (int t = 0; t < 3; ++t)
            m_panes[size_t(t)]->setCount(counts.value(t));
    });
    connect(m_reader, &SupplierReader::detailReady, this, [this](quint64 token, const SupplierDetail &detail) {
        if (token != m_detailToken)
            return;
        m_scorecard->setDetail(detail);
        m_charts->setDetail(detail);
        emit detailShown(detail.supplier.id);
    });
    connect(m_reader, &SupplierReader::scatterReady, this, [this](quint64 token, const QList<QList<ScatterPoint>> &points) {
        if (token == m_scatterToken)
            m_charts->setScatter(points);
    });
    connect(m_reader, &SupplierReader::failed, m_status, [this](quint64, const QString &sentence) { m_status->setText(sentence); });
    connect(m_refresher, &ScoreRefresher::refreshed, this, [this](const QDate &asOf) { onScoresRefreshed(asOf); });
    connect(workspace()->commands(), &CommandQueue::undone, m_status, [this](const QString &id, bool withdrawn) {
        if (id == m_lastCommandId)
            m_status->setText(withdrawn ? tr("Undone: nothing was sent to the platform.")
                                        : tr("Too late to undo: the platform has it already."));
    });
    connect(m_refresher, &ScoreRefresher::failed, m_status, &QLabel::setText);
    connect(m_periods, &QComboBox::currentIndexChanged, this, [this] {
        m_status->setText(tr("Computing the scorecards…"));
        m_refresher->setPeriodKind(fromCode<PeriodKind>(m_periods->currentData().toString()).value_or(PeriodKind::Week));
    });
    connect(m_scorecard, &ScorecardPanel::drillDownRequested, this, [this](const QString &desk, const QString &id) {
        emit openDeskRequested(desk, DeskFilter{{QStringLiteral("supplier_id"), id}});
    });
    connect(m_scorecard, &ScorecardPanel::moveTierRequested, this,
            [this] { openAction(SupplierActionDialog::Action::MoveTier); });
    connect(m_scorecard, &ScorecardPanel::suspendOrReinstateRequested, this, [this] {
        openAction(m_scorecard->detail().supplier.status == SupplierStatus::Suspended
                       ? SupplierActionDialog::Action::Reinstate
                       : SupplierActionDialog::Action::Suspend);
    });

    // Keyboard: Ctrl+F searches, Alt+1..3 go to a tier, Ctrl+Shift+M moves, Ctrl+Shift+U suspends.
    auto *find = new QShortcut(QKeySequence::Find, m_content);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    for (int t = 0; t < 3; ++t) {
        auto *go = new QShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + t)), m_content);
        go->setContext(Qt::WidgetWithChildrenShortcut);
        connect(go, &QShortcut::activated, this, [this, t] { m_panes[size_t(t)]->focusList(); });
    }
    auto *move = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), m_content);
    move->setContext(Qt::WidgetWithChildrenShortcut);
    connect(move, &QShortcut::activated, this, [this] { openAction(SupplierActionDialog::Action::MoveTier); });
    auto *suspend = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U), m_content);
    suspend->setContext(Qt::WidgetWithChildrenShortcut);
    connect(suspend, &QShortcut::activated, m_scorecard, &ScorecardPanel::suspendOrReinstateRequested);
    m_scorecard->moveTierButton()->setToolTip(tr("Move this supplier to another tier (Ctrl+Shift+M)."));
    m_scorecard->suspendButton()->setToolTip(tr("Suspend or reinstate this supplier (Ctrl+Shift+U)."));

    m_stack->addWidget(m_content);
}

void SuppliersDesk::onScoresRefreshed(const QDate &asOf)
{
    m_status->setText(tr("Scores up to the period starting %1.").arg(QLocale().toString(asOf, QLocale::ShortFormat)));
    for (TierPane *p : m_panes)
        p->model()->refresh();
    m_countsToken = m_reader->requestCounts(m_search->text(), m_supplierFilter);
    m_scatterToken = m_reader->requestScatter();
    if (!m_currentId.isEmpty())
        m_detailToken = m_reader->requestDetail(m_currentId);
    emit scoresRefreshed();
}

void SuppliersDesk::selectSupplier(const QString &supplierId)
{
    if (supplierId.isEmpty())
        return;
    m_currentId = supplierId;
    m_scorecard->setLoading(supplierId);
    m_detailToken = m_reader->requestDetail(supplierId);
}

void SuppliersDesk::focusFirstTierWithRows()
{
    for (TierPane *p : m_panes)
        if (p->model()->rowCount() > 0) {
            p->focusList();
            return;
        }
}

void SuppliersDesk::setSupplierFilter(const QString &supplierId)
{
    if (!m_content)
        return;
    m_supplierFilter = supplierId;
    for (TierPane *p : m_panes)
        p->model()->setSupplierFilter(supplierId);
    m_clearFilter->setVisible(!supplierId.isEmpty());
    m_countsToken = m_reader->requestCounts(m_search->text(), supplierId);
    if (!supplierId.isEmpty()) {
        for (TierPane *p : m_panes)
            p->selectSupplier(supplierId);
        selectSupplier(supplierId);
    }
}

void SuppliersDesk::applyFilter(const DeskFilter &filter)
{
    if (!m_content)
        return;
    m_search->setText(filter.value(QStringLiteral("search")).toString());
    setSupplierFilter(filter.value(QStringLiteral("supplier_id")).toString());
    if (const auto tier = fromCode<SupplierTier>(filter.value(QStringLiteral("tier")).toString()))
        m_panes[size_t(*tier)]->focusList();
}

SupplierActionDialog *SuppliersDesk::openAction(SupplierActionDialog::Action action)
{
    if (!m_content || !m_scorecard->detail().found)
        return nullptr;
    const Supplier &s = m_scorecard->detail().supplier;
    if ((action == SupplierActionDialog::Action::Suspend && s.status == SupplierStatus::Suspended)
        || (action == SupplierActionDialog::Action::Reinstate && s.status == SupplierStatus::Active))
        return nullptr;
    auto *dialog = new SupplierActionDialog(action, s, m_reader, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { submitAction(dialog); });
    dialog->open();
    return dialog;
}

void SuppliersDesk::submitAction(SupplierActionDialog *dialog)
{
    if (!workspace())
        return;
    const Supplier &s = m_scorecard->detail().supplier;
    m_lastCommandId = workspace()->commands()->submit(dialog->commandType(), s.id, s.version, dialog->payload());
    // Undo stays offered for the queue's grace period, while the command has not left yet.
    m_undo->show();
    QTimer::singleShot(workspace()->commands()->gracePeriod(), m_undo, [undo = m_undo, this, id = m_lastCommandId] {
        if (m_lastCommandId == id)
            undo->hide();
    });
    switch (dialog->action()) {
    case SupplierActionDialog::Action::MoveTier:
        m_status->setText(tr("Moving %1 to %2: queued for the platform.")
                              .arg(s.name, dialog->tierBox()->currentText()));
        break;
    case SupplierActionDialog::Action::Suspend:
        m_status->setText(tr("Suspending %1: queued for the platform.").arg(s.name));
        break;
    case SupplierActionDialog::Action::Reinstate:
        m_status->setText(tr("Reinstating %1: queued for the platform.").arg(s.name));
        break;
    }
}

} // namespace wk
