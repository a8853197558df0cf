#include "fulfilment/FulfilmentDesk.h"

#include "BoardView.h"
#include "FulfilmentActions.h"
#include "FulfilmentFilterBar.h"
#include "OrderDetailPane.h"
#include "ShapedTextDelegate.h"
#include "common/EmptyStateWidget.h"
#include "itemmodels/ExceptionQueueModel.h"
#include "itemmodels/OrderBoardModel.h"
#include "itemmodels/OrderDetailLoader.h"
#include "sync/Workspace.h"

#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScopedValueRollback>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace wk {

FulfilmentDesk::FulfilmentDesk(QWidget *parent) : Desk(parent)
{
    setObjectName(QStringLiteral("fulfilmentDesk"));
    m_emptyState = new EmptyStateWidget(icon(), tr("No order exceptions yet"),
                                        tr("Orders that need a person — a wrong tracking number, a stalled "
                                           "parcel, a customs hold, a quality complaint — will appear here "
                                           "with their SLA clocks once the console has synced."),
                                        connectHint(), this);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_emptyState);
    buildContent();
    m_stack->addWidget(m_content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    addShortcuts();
    // Long enough to outlast a filter change's reads, short enough to feel immediate once the
    // supervisor stops: the detail's reads and layout then never compete with the board's.
    m_detailDelay.setSingleShot(true);
    m_detailDelay.setInterval(150);
    connect(&m_detailDelay, &QTimer::timeout, this, &FulfilmentDesk::openCurrentOrder);
}

FulfilmentDesk::~FulfilmentDesk() = default;

void FulfilmentDesk::buildContent()
{
    m_content = new QWidget(this);
    m_filterBar = new FulfilmentFilterBar(m_content);
    m_board = new BoardView(m_content);
    m_queueView = new QTableView(m_content);
    m_queueView->setObjectName(QStringLiteral("exceptionQueue"));
    m_queueView->setAccessibleName(tr("Exception queue, soonest SLA first"));
    m_queueView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_queueView->setSelectionMode(QAbstractItemView::ExtendedSelection);   // Shift+arrows: bulk actions
    m_queueView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_queueView->verticalHeader()->hide();
    m_queueView->verticalHeader()->setDefaultSectionSize(m_queueView->fontMetrics().height() + 6);
    m_queueView->horizontalHeader()->setStretchLastSection(true);
    m_queueView->setItemDelegate(new ShapedTextDelegate(m_queueView));
    m_queueView->horizontalHeader()->setAccessibleName(tr("Exception queue columns"));
    m_queueView->setWordWrap(false);
    m_queueTitle = new QLabel(m_content);
    m_queueTitle->setBuddy(m_queueView);
    m_detail = new OrderDetailPane(m_content);
    m_status = new QLabel(m_content);
    m_status->setObjectName(QStringLiteral("fulfilmentStatus"));
    m_status->setAccessibleName(tr("Last action"));
    m_status->setWordWrap(true);
    m_actions = new FulfilmentActions(this, this);

    auto *queueBox = new QWidget(m_content);
    auto *queueLayout = new QVBoxLayout(queueBox);
    queueLayout->setContentsMargins(0, 0, 0, 0);
    queueLayout->addWidget(m_queueTitle);
    queueLayout->addWidget(m_queueView, 1);
    auto *left = new QSplitter(Qt::Vertical, m_content);
    left->addWidget(m_board);
    left->addWidget(queueBox);
    left->setStretchFactor(0, 2);
    left->setStretchFactor(1, 3);
    auto *main = new QSplitter(Qt::Horizontal, m_content);
    main->addWidget(left);
    main->addWidget(m_detail);
    main->setStretchFactor(0, 3);
    main->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(m_content);
    layout->addWidget(m_filterBar);
    layout->addWidget(main, 1);
    layout->addWidget(m_status);

    connect(m_filterBar, &FulfilmentFilterBar::filterChanged, this, &FulfilmentDesk::setFilter);
    connect(m_board, &BoardView::orderActivated, this, [this](const QString &orderId) { openOrder(orderId, {}); });
    connect(m_actions, &FulfilmentActions::message, m_status, &QLabel::setText);
    connect(m_actions, &FulfilmentActions::queued, this, &FulfilmentDesk::afterAction);
    connect(m_detail, &OrderDetailPane::revealRequested, this, [this](const QString &orderId) {
        if (m_loader && workspace())
            m_loader->revealCustomer(orderId, workspace()->supervisor().supervisorId);
    });
}

void FulfilmentDesk::addShortcuts()
{
    // Keys act on the selected exception(s) of the queue; the board and the filters keep their own
    // keys (arrows, typing) because these are limited to the queue and the detail.
    struct Key { const char *sequence; QString text; std::function<void()> run; };
    const QList<Key> keys{
        {"T", tr("Fix the tracking number"), [this] { if (auto t = selectedTargets(); !t.isEmpty()) m_actions->fixTracking(t.first()); }},
        {"F", tr("Refund"), [this] { if (auto t = selectedTargets(); !t.isEmpty()) m_actions->refund(t.first(), m_detail->detail()); }},
        {"R", tr("Reship"), [this] { m_actions->reship(selectedTargets()); }},
        {"H", tr("Hold"), [this] { m_actions->hold(selectedTargets()); }},
        {"Shift+H", tr("Release the hold"), [this] { m_actions->release(selectedTargets()); }},
        {"S", tr("Contact the supplier"), [this] { if (auto t = selectedTargets(); !t.isEmpty()) m_actions->contactSupplier(t.first()); }},
        {"X", tr("Resolve"), [this] { m_actions->resolve(selectedTargets()); }},
        {"E", tr("Escalate"), [this] { m_actions->escalate(selectedTargets()); }},
        {"Ctrl+Z", tr("Undo the last action"), [this] { m_actions->undoLast(); }},
        {"V", tr("Reveal the customer"), [this] {
             if (m_loader && workspace() && m_detail->detail().found)
                 m_loader->revealCustomer(m_detail->detail().order.id, workspace()->supervisor().supervisorId);
         }},
        {"J", tr("Next exception"), [this] {
             const int row = m_queueView->currentIndex().row() + 1;
             if (m_queueModel && row < m_queueModel->rowCount())
                 m_queueView->setCurrentIndex(m_queueModel->index(row, 0));
         }},
        {"K", tr("Previous exception"), [this] {
             const int row = m_queueView->currentIndex().row() - 1;
             if (m_queueModel && row >= 0)
                 m_queueView->setCurrentIndex(m_queueModel->index(row, 0));
         }},
        {"Ctrl+F", tr("Search orders"), [this] { m_filterBar->searchEdit()->setFocus(); m_filterBar->searchEdit()->selectAll(); }},
    };
    for (const Key &k : keys) {
        auto *action = new QAction(k.text, this);
        action->setShortcut(QKeySequence(QString::fromLatin1(k.sequence)));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        // Plain letters act only where no text is typed (the queue and the detail); Ctrl keys
        // anywhere in the desk.
        if (QString::fromLatin1(k.sequence).startsWith(QLatin1String("Ctrl"))) {
            addAction(action);
        } else {
            m_queueView->addAction(action);
            m_detail->addAction(action);
        }
        connect(action, &QAction::triggered, this, k.run);
    }
    m_queueView->setToolTip(tr("T fix tracking · F refund · R reship · H hold · Shift+H release · S contact supplier · "
                               "X resolve · E escalate · V reveal customer · J/K next/previous · Ctrl+Z undo"));
}

QString FulfilmentDesk::key() const { return QStringLiteral("fulfilment"); }

QString FulfilmentDesk::title() const { return tr("Fulfilment"); }

QString FulfilmentDesk::summary() const
{
    return tr("Orders that left the happy path, with their SLA clocks and guarantee costs.");
}

QIcon FulfilmentDesk::icon() const { return QIcon(QStringLiteral(":/icons/fulfilment.svg")); }

EmptyStateWidget *FulfilmentDesk::emptyState() const { return m_emptyState; }

QString FulfilmentDesk::statusMessage() const { return m_status->text(); }

void FulfilmentDesk::setNow(qint64 nowMs)
{
    m_nowMs = nowMs;
    if (m_boardModel)
        m_boardModel->setNow(nowMs);
    if (m_queueModel)
        m_queueModel->setNow(nowMs);
    m_detail->setNow(nowMs);
}

void FulfilmentDesk::workspaceChanged()
{
    // Drop everything read from the previous workspace.
    m_queueView->setModel(nullptr);
    m_board->setModel(nullptr);
    delete m_boardModel;
    delete m_queueModel;
    delete m_loader;
    m_boardModel = nullptr;
    m_queueModel = nullptr;
    m_loader = nullptr;
    m_detail->clear();
    m_reloadTimer.stop();
    m_reloadTimer.disconnect();
    m_actions->setWorkspace(workspace());
    Workspace *ws = workspace();
    if (!ws) {
        m_stack->setCurrentWidget(m_emptyState);
        return;
    }
    m_boardModel = new OrderBoardModel(ws->cachePath(), this);
    m_queueModel = new ExceptionQueueModel(ws->cachePath(), this);
    m_loader = new OrderDetailLoader(ws->cachePath(), this);
    m_actions->setDetailLoader(m_loader);
    setNow(m_nowMs);
    m_board->setModel(m_boardModel);
    m_queueView->setModel(m_queueModel);
    // Fixed widths from the font, not ResizeToContents: that measures every cell on every re-read,
    // which a filter change would pay for each time.
    const int em = m_queueView->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const int widths[] = {15, 15, 10, 15, 5, 9, 10};
    for (int c = 0; c < int(std::size(widths)); ++c)
        m_queueView->setColumnWidth(c, widths[c] * em);
    m_queueView->horizontalHeader()->setStretchLastSection(true);
    connect(m_queueView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &FulfilmentDesk::onCurrentRowChanged);
    connect(m_queueModel, &ExceptionQueueModel::loaded, this, [this] {
        // Keep the supervisor's place across re-reads; else start at the top of the queue.
        int row = m_queueModel->rowOf(m_selectedExceptionId);
        if (row < 0 && m_queueModel->rowCount() > 0)
            row = 0;
        if (row >= 0) {
            // A row selected by a re-read (a new filter, a sync) opens its order after the
            // supervisor stops flipping filters (m_detailDelay); a key press opens it at once.
            const QScopedValueRollback<bool> rereading(m_selectingAfterRead, true);
            m_queueView->setCurrentIndex(m_queueModel->index(row, 0));
            m_queueView->scrollTo(m_queueModel->index(row, 0));
        }
        else
            m_detail->clear();
    });
    const auto updateTitle = [this] {
        const qint64 total = m_queueModel->totalCount();
        m_queueTitle->setText(total < 0 ? tr("Exceptions (counting\u2026)")
                                        : tr("Exceptions (%1 open)").arg(QLocale().toString(total)));
    };
    connect(m_queueModel, &ExceptionQueueModel::totalCountChanged, this, updateTitle);
    updateTitle();
    connect(m_loader, &OrderDetailLoader::loaded, this, [this](const OrderDetail &detail) {
        m_detail->setDetail(detail, m_selectedExceptionId);
    });
    connect(m_loader, &OrderDetailLoader::revealed, m_detail, &OrderDetailPane::setRevealed);
    for (auto *source : {static_cast<QObject *>(m_boardModel), static_cast<QObject *>(m_queueModel), static_cast<QObject *>(m_loader)})
        connect(source, SIGNAL(failed(QString)), m_status, SLOT(setText(QString)));
    // During a sync the cache changes every few hundred milliseconds: re-read at most every two
    // seconds, so lists do not jump under the supervisor's eyes.
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(2000);
    connect(ws, &Workspace::cacheUpdated, this, [this] {
        if (!m_reloadTimer.isActive())
            m_reloadTimer.start();
    });
    connect(&m_reloadTimer, &QTimer::timeout, this, [this] {
        m_boardModel->reload();
        m_queueModel->reload();
        if (!m_loader->currentOrderId().isEmpty())
            m_loader->load(m_loader->currentOrderId());
    });
    connect(ws, &Workspace::outboxChanged, this, [this] {
        m_boardModel->refreshPending();
        m_queueModel->refreshPending();
        if (!m_loader->currentOrderId().isEmpty())
            m_loader->load(m_loader->currentOrderId());
    });
    m_stack->setCurrentWidget(m_content);
    setFilter(m_filterBar->filter());
}

void FulfilmentDesk::applyFilter(const DeskFilter &filter)
{
    FulfilmentFilter f;
    f.exceptionCode = filter.value(QStringLiteral("exception_code")).toString();
    f.stage = filter.value(QStringLiteral("stage")).toString();
    f.slaBreached = filter.value(QStringLiteral("sla")).toString() == QLatin1String("breached");
    f.market = filter.value(QStringLiteral("market")).toString();
    f.supplierId = filter.value(QStringLiteral("supplier_id")).toString();
    m_filterBar->setFilter(f);
    setFilter(f);
}

void FulfilmentDesk::setFilter(const FulfilmentFilter &filter)
{
    if (!m_boardModel)
        return;
    m_boardModel->setFilter(filter);
    m_queueModel->setFilter(filter);
}

void FulfilmentDesk::onCurrentRowChanged()
{
    if (m_selectingAfterRead) {
        // The same exception again after a re-read (a sync): its order is already shown, and the
        // re-read itself reloads it (m_reloadTimer).
        const ExceptionRow *row = m_queueModel->row(m_queueView->currentIndex().row());
        if (row && row->exceptionId == m_selectedExceptionId && m_loader && m_loader->currentOrderId() == row->orderId)
            return;
        m_detailDelay.start();
        return;
    }
    m_detailDelay.stop();
    openCurrentOrder();
}

void FulfilmentDesk::openCurrentOrder()
{
    const ExceptionRow *row = m_queueModel ? m_queueModel->row(m_queueView->currentIndex().row()) : nullptr;
    if (!row)
        return;
    openOrder(row->orderId, row->exceptionId);
}

void FulfilmentDesk::openOrder(const QString &orderId, const QString &exceptionId)
{
    m_selectedExceptionId = exceptionId;
    if (m_loader && !orderId.isEmpty())
        m_loader->load(orderId);
}

QList<ActionTarget> FulfilmentDesk::selectedTargets() const
{
    QList<ActionTarget> targets;
    if (!m_queueModel)
        return targets;
    QList<int> rows;
    for (const QModelIndex &index : m_queueView->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty() && m_queueView->currentIndex().isValid())
        rows << m_queueView->currentIndex().row();
    std::sort(rows.begin(), rows.end());
    for (int r : rows) {
        if (const ExceptionRow *row = m_queueModel->row(r))
            targets << ActionTarget{row->exceptionId, row->version, row->orderId, row->orderVersion, row->trackingNumber,
                                    row->onHold};
    }
    return targets;
}

void FulfilmentDesk::afterAction()
{
    // Triage flow: move on to the next exception after the acted-on one(s).
    const auto rows = m_queueView->selectionModel()->selectedRows();
    int last = m_queueView->currentIndex().row();
    for (const QModelIndex &i : rows)
        last = std::max(last, i.row());
    if (last + 1 < m_queueModel->rowCount())
        m_queueView->setCurrentIndex(m_queueModel->index(last + 1, 0));
    m_queueView->setFocus();
}

} // namespace wk
