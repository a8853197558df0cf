#include "review/ReviewDesk.h"

#include "common/CommandPalette.h"
#include "common/EmptyStateWidget.h"
#include "common/ShortcutsDialog.h"
#include "itemmodels/ReviewLabels.h"
#include "itemmodels/ReviewQueueModel.h"
#include "review/ReviewClaimKeeper.h"
#include "review/ReviewConflictBanner.h"
#include "review/ReviewDecisionPrompt.h"
#include "review/ReviewFacetBar.h"
#include "review/ReviewMediaFeed.h"
#include "review/ReviewItemView.h"
#include "review/panes/ItemPane.h"
#include "sync/CommandQueue.h"
#include "sync/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHideEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QShowEvent>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace wk {

namespace {
constexpr int kPrefetchAhead = 3;   // items read (and their media fetched) ahead of the open one
} // namespace

ReviewDesk::ReviewDesk(QWidget *parent) : Desk(parent)
{
    setObjectName(QStringLiteral("reviewDesk"));
    m_emptyState = new EmptyStateWidget(icon(), tr("Nothing to review yet"),
                                        tr("Flagged images, videos and copy will appear here once the "
                                           "console has synced with the platform."),
                                        connectHint(), this);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_emptyState);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    m_model = new ReviewQueueModel(this);
    m_loader = new ReviewItemLoader(this);
    m_claims = new ReviewClaimKeeper(this);
    m_decider = new ReviewDecider(this);
    m_actions = ReviewDeskActions::create(this);
    buildContent();
    connectActions();
    m_stack->setCurrentWidget(m_emptyState);
}

ReviewDesk::~ReviewDesk() = default;

void ReviewDesk::buildContent()
{
    auto *content = new QWidget(m_stack);
    content->setObjectName(QStringLiteral("reviewContent"));
    m_facets = new ReviewFacetBar(content);

    m_table = new QTableView(content);
    m_table->setObjectName(QStringLiteral("reviewQueue"));
    m_table->setAccessibleName(tr("Review queue"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    // Fixed row heights: a million rows cost the header nothing per row.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionsClickable(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int em = m_table->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    for (const auto &[column, ems] : {std::pair{ReviewQueueModel::KindColumn, 5}, {ReviewQueueModel::ItemColumn, 20},
                                      {ReviewQueueModel::ReasonsColumn, 12}, {ReviewQueueModel::ConfidenceColumn, 7},
                                      {ReviewQueueModel::ImpactColumn, 9}, {ReviewQueueModel::AgeColumn, 15},
                                      {ReviewQueueModel::ClaimColumn, 7}})
        m_table->setColumnWidth(column, ems * em);
    m_table->setTabKeyNavigation(false);

    auto *pane = new QWidget(content);
    m_itemTitle = new QLabel(tr("No item open"), pane);
    m_itemTitle->setObjectName(QStringLiteral("reviewItemTitle"));
    m_itemTitle->setWordWrap(true);
    m_itemTitle->setTextFormat(Qt::PlainText);
    QFont bold = m_itemTitle->font();
    bold.setBold(true);
    m_itemTitle->setFont(bold);
    m_lease = new QLabel(pane);
    m_lease->setObjectName(QStringLiteral("reviewLease"));
    m_lease->setAccessibleName(tr("Claim lease"));
    m_banner = new ReviewConflictBanner(pane);
    m_itemView = new ReviewItemView(pane);   // the real panes (ui/review/panes), also in tests
    m_itemView->setObjectName(QStringLiteral("reviewItemView"));
    m_itemView->setAccessibleName(tr("Item"));
    m_media = new ReviewMediaFeed(m_itemView, this);
    m_prompt = new ReviewDecisionPrompt(pane);
    auto *buttons = new QHBoxLayout;
    for (QAction *a : m_actions.decisions() + QList<QAction *>{m_actions.undo}) {
        auto *button = new QToolButton(pane);
        button->setDefaultAction(a);
        button->setAccessibleName(a->text().remove(QChar(0x2026)));
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    auto *header = new QHBoxLayout;
    header->addWidget(m_itemTitle, 1);
    header->addWidget(m_lease);
    auto *paneLayout = new QVBoxLayout(pane);
    paneLayout->setContentsMargins(6, 0, 0, 0);
    paneLayout->addLayout(header);
    paneLayout->addWidget(m_banner);
    paneLayout->addWidget(m_itemView, 1);
    paneLayout->addWidget(m_prompt);
    paneLayout->addLayout(buttons);

    auto *splitter = new QSplitter(Qt::Horizontal, content);
    splitter->addWidget(m_table);
    splitter->addWidget(pane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({900, 600});

    m_count = new QLabel(content);
    m_count->setObjectName(QStringLiteral("reviewCount"));
    m_message = new QLabel(content);
    m_message->setObjectName(QStringLiteral("reviewMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_figures = new QLabel(content);
    m_figures->setObjectName(QStringLiteral("reviewFigures"));
    m_figures->setToolTip(tr("This session: items decided, per hour, and the median time per item."));
    m_figures->setEnabled(false);   // greyed: there to glance at, not to compete with the item
    auto *status = new QHBoxLayout;
    status->setContentsMargins(6, 2, 6, 2);
    status->setSpacing(16);
    status->addWidget(m_count);
    status->addWidget(m_message, 1);
    status->addWidget(m_figures);

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    // Nine facets side by side are wider than a half-screen window: below that width the bar
    // scrolls sideways instead of forcing the whole window wider.
    auto *facetScroll = new QScrollArea(content);
    facetScroll->setObjectName(QStringLiteral("reviewFacetScroll"));
    facetScroll->setFrameShape(QFrame::NoFrame);
    facetScroll->setWidgetResizable(true);
    facetScroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    facetScroll->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    facetScroll->setFocusPolicy(Qt::NoFocus);
    facetScroll->setWidget(m_facets);
    facetScroll->setFixedHeight(m_facets->sizeHint().height() + facetScroll->horizontalScrollBar()->sizeHint().height());
    layout->addWidget(facetScroll);
    layout->addWidget(splitter, 1);
    layout->addLayout(status);
    m_stack->addWidget(content);
    m_palette = new CommandPalette(this);
    m_figures->setText(m_stats.summary());
}

void ReviewDesk::connectActions()
{
    connect(m_facets, &ReviewFacetBar::queryChanged, m_model, &ReviewQueueModel::setQuery);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { onCurrentRowChanged(current); });
    connect(m_model, &ReviewQueueModel::countChanged, this, &ReviewDesk::updateCount);
    connect(m_model, &ReviewQueueModel::failed, this, &ReviewDesk::setMessage);
    connect(m_model, &ReviewQueueModel::refreshed, this, [this] {
        // The open item left the queue (decided elsewhere): the row under it is another item now,
        // so it is not shown as selected; the pane keeps the item and says what happened.
        if (!m_currentId.isEmpty() && m_model->rowOf(m_currentId) < 0)
            m_table->selectionModel()->clearSelection();
        // The view opened on an empty queue (before the first sync brought items): its first
        // item opens as soon as there is one.
        if (m_pendingRow >= 0)
            openPending(m_pendingRow / ReviewQueueModel::kPageSize);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        leaveCurrent(false);
        m_pendingRow = 0;   // the new view opens on its first item
    });
    connect(m_model, &ReviewQueueModel::pageLoaded, this, &ReviewDesk::openPending);
    connect(m_loader, &ReviewItemLoader::loaded, this, &ReviewDesk::showLoaded);
    connect(m_loader, &ReviewItemLoader::readAhead, this, [this](const LoadedReviewItem &loaded) {
        const int distance = int(m_ahead.indexOf(loaded.item.id)) + 1;
        if (distance > 0) {
            m_itemView->prepare(loaded.item.kind);
            m_media->prefetch(loaded.item, distance);
        }
    });
    connect(m_claims, &ReviewClaimKeeper::countdown, this, &ReviewDesk::updateLease);
    connect(m_decider, &ReviewDecider::message, this, &ReviewDesk::setMessage);
    connect(m_decider, &ReviewDecider::withdrawn, this, [this](const QStringList &ids) {
        for (const QString &id : ids)
            m_decided.remove(id);
        m_stats.withdrawn(int(ids.size()));
        m_figures->setText(m_stats.summary());
        m_model->refreshIntents();
        const int row = ids.isEmpty() ? -1 : m_model->rowOf(ids.first());
        if (row >= 0)
            selectRow(row);
    });
    connect(m_banner, &ReviewConflictBanner::nextRequested, this, [this] { moveBy(1, true); });
    connect(m_prompt, &ReviewDecisionPrompt::rejectReasonChosen, this, [this](const QString &code) {
        if (!m_waiting)
            return;
        DecidePayload payload = *m_waiting;
        payload.rejectReason = code;
        payload.reasons = {code};
        decide(payload);
    });
    connect(m_prompt, &ReviewDecisionPrompt::noteEntered, this, [this](const QString &note) {
        if (!m_waiting)
            return;
        DecidePayload payload = *m_waiting;
        payload.note = note;
        decide(payload);
    });
    connect(m_prompt, &ReviewDecisionPrompt::cancelled, this, [this] {
        m_waiting.reset();
        m_table->setFocus();
    });

    const auto ask = [this](DecisionKind kind) {
        const auto t = targets();
        if (t.isEmpty())
            return;
        DecidePayload payload;
        payload.decision = kind;
        m_waiting = payload;
        if (kind == DecisionKind::Reject)
            m_prompt->askRejectReason(describeTargets(t));
        else
            m_prompt->askNote(describeTargets(t));
    };
    connect(m_actions.approve, &QAction::triggered, this, [this] { decide(DecidePayload{DecisionKind::Approve, {}, {}, {}, {}, {}, {}}); });
    connect(m_actions.reject, &QAction::triggered, this, [ask] { ask(DecisionKind::Reject); });
    connect(m_actions.regenerate, &QAction::triggered, this, [ask] { ask(DecisionKind::Regenerate); });
    connect(m_actions.escalate, &QAction::triggered, this, [this] { decide(DecidePayload{DecisionKind::Escalate, {}, {}, {}, {}, {}, {}}); });
    connect(m_actions.correct, &QAction::triggered, this, [this] {
        if (targets().size() > 1) {
            setMessage(tr("A correction carries one item's edited text: open a single copy item to correct it."));
            return;
        }
        if (!m_current || m_current->kind != MediaKind::Copy) {
            setMessage(tr("Only copy can be corrected here; reject an image or a video, or ask to regenerate it."));
            return;
        }
        const auto text = m_itemView->annotations().correctedText;
        if (!text) {
            setMessage(tr("Edit the text in the item pane first: a correction carries the edited text."));
            return;
        }
        DecidePayload payload;
        payload.decision = DecisionKind::Correct;
        payload.correctedText = *text;
        decide(payload);
    });
    connect(m_actions.undo, &QAction::triggered, m_decider, &ReviewDecider::undoLast);
    connect(m_actions.next, &QAction::triggered, this, [this] { moveBy(1, false); });
    connect(m_actions.previous, &QAction::triggered, this, [this] { moveBy(-1, false); });
    connect(m_actions.workOnItem, &QAction::triggered, this, [this] {
        if (ItemPane *pane = m_itemView->currentPane())
            pane->setFocus(Qt::ShortcutFocusReason);
    });
    connect(m_actions.cluster, &QAction::triggered, this, &ReviewDesk::armCluster);
    connect(m_actions.cancel, &QAction::triggered, this, &ReviewDesk::cancelAll);
    connect(m_actions.search, &QAction::triggered, this, [this] {
        m_facets->searchField()->setFocus();
        m_facets->searchField()->selectAll();
    });
    connect(m_actions.shortcuts, &QAction::triggered, this, [this] {
        auto *dialog = new ShortcutsDialog(m_actions.all(), this);
        dialog->setObjectName(QStringLiteral("reviewShortcutSheet"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_actions.palette, &QAction::triggered, this, [this] { m_palette->open(m_actions.all()); });
    m_decider->setUndoKeyText(m_actions.undo->shortcut().toString(QKeySequence::NativeText));
}

QString ReviewDesk::key() const { return QStringLiteral("review"); }

QString ReviewDesk::title() const { return tr("Review"); }

QString ReviewDesk::summary() const
{
    return tr("Flagged images, videos and copy waiting for a decision.");
}

QIcon ReviewDesk::icon() const { return QIcon(QStringLiteral(":/icons/review.svg")); }

EmptyStateWidget *ReviewDesk::emptyState() const { return m_emptyState; }

QString ReviewDesk::statusMessage() const { return m_message->text(); }

QString ReviewDesk::leaseText() const { return m_lease->text(); }

void ReviewDesk::applyFilter(const DeskFilter &filter)
{
    ReviewQuery query = ReviewQuery::fromVariant(filter);
    if (!filter.contains(QStringLiteral("sort")))
        query.sort = m_facets->query().sort;
    m_facets->setQuery(query);
    m_model->setQuery(query);
}

void ReviewDesk::workspaceChanged()
{
    leaveCurrent(false);
    if (m_connected)
        disconnect(m_connected, nullptr, this, nullptr);
    m_connected = workspace();
    Workspace *ws = workspace();
    m_decided.clear();
    m_cluster.clear();
    if (!ws) {
        m_stack->setCurrentWidget(m_emptyState);
        m_model->setCachePath({});
        m_loader->setReader(nullptr);
        m_media->setCache(nullptr);
        m_claims->setQueue(nullptr);
        m_decider->setQueue(nullptr);
        return;
    }
    m_stack->setCurrentIndex(1);
    m_model->setSupervisorId(ws->supervisor().supervisorId);
    m_claims->setLeaseSeconds(ws->supervisor().leaseSeconds);
    m_claims->setQueue(ws->commands());
    m_decider->setQueue(ws->commands());
    m_model->setCachePath(ws->cachePath());
    m_loader->setReader(m_model->reader());
    m_media->setCache(ws->media());
    connect(ws, &Workspace::cacheUpdated, this, &ReviewDesk::onCacheUpdated);
    connect(ws, &Workspace::outboxChanged, m_model, &ReviewQueueModel::refreshIntents);
    connect(ws, &Workspace::supervisorChanged, this, [this](const Me &me) {
        m_model->setSupervisorId(me.supervisorId);
        m_claims->setLeaseSeconds(me.leaseSeconds);
    });
}

void ReviewDesk::onCurrentRowChanged(const QModelIndex &current)
{
    if (!current.isValid())
        return;
    openRow(current.row());
}

void ReviewDesk::openRow(int row)
{
    const ReviewRow *r = m_model->rowAt(row);
    if (!r) {
        m_pendingRow = row;   // its page is on its way
        return;
    }
    if (r->id == m_currentId)
        return;
    leaveCurrent(false);
    m_currentId = r->id;
    m_seenVersion = r->version;
    m_model->setPinnedId(r->id);
    m_itemTitle->setText(QStringLiteral("%1 · %2").arg(r->sku, r->title));
    if (!m_loader->cached(r->id))
        m_itemView->clear();
    m_claims->open(r->id, r->version);
    m_loader->load(r->id);
    prefetchAfter(row);
}

void ReviewDesk::showLoaded(const LoadedReviewItem &loaded)
{
    const ReviewItem &item = loaded.item;
    if (item.id != m_currentId)
        return;
    if (m_current && m_current->id == item.id) {
        if (item.version != m_current->version)
            checkConflict(item);   // a re-read after new server data: the pane keeps the marks
        return;
    }
    m_current = item;
    m_seenVersion = item.version;
    m_banner->hide();
    m_itemView->showItem(item, loaded.product);
    m_media->showItem(item, loaded.mediaPaths);
    QStringList reasons;
    for (FlagReason r : item.flagReasons)
        reasons << ReviewLabels::reason(r);
    m_itemTitle->setText(tr("%1 · %2 — %3: %4")
                             .arg(item.sku, item.title, ReviewLabels::kind(item.kind), reasons.join(QStringLiteral(", "))));
    m_stats.itemShown();
    // An item someone else decided before it was even opened gets the banner at once.
    checkConflict(item);
}

void ReviewDesk::checkConflict(const ReviewItem &now)
{
    const QString me = workspace() ? workspace()->supervisor().supervisorId : QString();
    QString what;
    if (now.decision && now.decision->decidedBy != me)
        what = tr("%1 has already %2 this item.").arg(now.decision->decidedBy, ReviewLabels::decided(now.decision->kind));
    else if (now.status == ReviewStatus::Escalated && !m_decided.contains(now.id))
        what = tr("This item was escalated elsewhere.");
    else if (!now.claimedBy.isEmpty() && now.claimedBy != me && now.claimExpiresAt > QDateTime::currentDateTimeUtc())
        what = tr("%1 has claimed this item meanwhile.").arg(now.claimedBy);
    if (what.isEmpty())
        return;
    m_banner->showConflict(what);
}

void ReviewDesk::leaveCurrent(bool decided)
{
    if (m_currentId.isEmpty())
        return;
    m_claims->leave(decided);
    m_prompt->cancel();
    m_currentId.clear();
    m_current.reset();
    m_media->clear();
    m_banner->hide();
}

void ReviewDesk::onCacheUpdated()
{
    m_model->refresh();
    // What was read ahead may be stale now; the open item is read again to notice a conflict.
    m_loader->clear();
    if (!m_currentId.isEmpty())
        m_loader->load(m_currentId, true);
    prefetchAfter(m_table->currentIndex().row());
}

QList<DecisionTarget> ReviewDesk::targets() const
{
    if (!m_cluster.isEmpty())
        return m_cluster;
    QList<DecisionTarget> out;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() > 1) {
        for (const QModelIndex &index : rows)
            if (const ReviewRow *r = m_model->rowAt(index.row()))
                out.append({r->id, r->version, r->sku});
        return out;
    }
    if (m_current)
        out.append({m_current->id, m_seenVersion, m_current->sku});
    else if (const ReviewRow *r = m_model->rowAt(m_table->currentIndex().row()))
        out.append({r->id, r->version, r->sku});
    return out;
}

QString ReviewDesk::describeTargets(const QList<DecisionTarget> &targets) const
{
    if (targets.size() == 1)
        return targets.first().label;
    return tr("%n items", nullptr, int(targets.size()));
}

void ReviewDesk::decide(DecidePayload payload)
{
    m_waiting.reset();
    const QList<DecisionTarget> t = targets();
    if (t.isEmpty()) {
        setMessage(tr("Open an item first: there is nothing to decide."));
        return;
    }
    if (t.size() == 1 && m_current && t.first().id == m_current->id) {
        // What the supervisor marked travels with the decision.
        const ReviewAnnotations marks = m_itemView->annotations();
        if (m_current->kind == MediaKind::Image)
            payload.regions = marks.regions;
        else if (m_current->kind == MediaKind::Video)
            payload.ranges = marks.ranges;
        if (payload.decision != DecisionKind::Approve && payload.reasons.isEmpty())
            for (FlagReason r : m_current->flagReasons)
                payload.reasons << toCode(r);
    }
    m_decider->decide(t, payload);
    m_stats.decided(int(t.size()));
    m_figures->setText(m_stats.summary());
    for (const DecisionTarget &target : t)
        m_decided.insert(target.id);
    const bool wasCluster = !m_cluster.isEmpty();
    m_cluster.clear();
    // If the decided item has left the queue meanwhile (decided elsewhere), the next one has slid
    // into its row already: open that one instead of skipping it.
    const int row = m_table->currentIndex().row();
    const ReviewRow *atRow = m_model->rowAt(row);
    const bool slid = atRow && atRow->id != m_currentId && !decidedHere(atRow->id);
    if (m_decided.contains(m_currentId))
        leaveCurrent(true);
    if (wasCluster || t.size() > 1)
        m_table->clearSelection();
    if (slid) {
        selectRow(row);
        openRow(row);
    } else {
        moveBy(1, true);
    }
}

void ReviewDesk::moveBy(int step, bool skipDecided)
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    int row = m_table->currentIndex().row();
    for (int tries = 0; tries < ReviewQueueModel::kPageSize; ++tries) {
        row += step;
        if (row < 0 || row >= rows) {
            if (skipDecided)
                setMessage(tr("%1 That was the last item in this view.").arg(statusMessage()));
            return;
        }
        const ReviewRow *r = m_model->rowAt(row);
        if (!r || !skipDecided || !decidedHere(r->id))
            break;
    }
    selectRow(row);
}

void ReviewDesk::selectRow(int row)
{
    const QModelIndex index = m_model->index(row, ReviewQueueModel::ItemColumn);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    if (!m_prompt->isAsking() && !m_palette->isVisible() && !m_facets->searchField()->hasFocus())
        m_table->setFocus();
}

void ReviewDesk::armCluster()
{
    if (!m_current || !m_model->reader())
        return;
    // "Same flag reason": the item's first reason other than low confidence (which every kind has).
    FlagReason reason = m_current->flagReasons.value(0, FlagReason::LowConfidence);
    for (FlagReason r : m_current->flagReasons)
        if (r != FlagReason::LowConfidence) {
            reason = r;
            break;
        }
    const qint64 bit = qint64(1) << int(reason);
    const QString supplier = m_current->supplierId;
    QPointer<ReviewDesk> self(this);
    m_model->reader()->post([self, supplier, bit, reason](ReviewQueueReader &reader) {
        const ReviewPage rows = reader.cluster(supplier, bit, 500);
        QMetaObject::invokeMethod(self.data(), [self, rows, supplier, reason] {
            if (!self)
                return;
            self->m_cluster.clear();
            for (const ReviewRow &r : rows)
                if (!self->m_decided.contains(r.id))
                    self->m_cluster.append({r.id, r.version, r.sku});
            self->setMessage(tr("Cluster: %n items from %1 flagged “%2”. The next decision applies to all of "
                                "them; Esc cancels.", nullptr, int(self->m_cluster.size()))
                                 .arg(supplier, ReviewLabels::reason(reason)));
        }, Qt::QueuedConnection);
    });
}

void ReviewDesk::cancelAll()
{
    if (m_prompt->isAsking())
        m_prompt->cancel();
    if (!m_cluster.isEmpty()) {
        m_cluster.clear();
        setMessage(tr("Cluster cancelled: decisions apply to the open item again."));
    }
    m_palette->hide();
    m_table->setFocus();
}

void ReviewDesk::prefetchAfter(int row)
{
    m_ahead.clear();
    for (int r = row + 1; r <= row + kPrefetchAhead && r < m_model->rowCount(); ++r)
        if (const ReviewRow *next = m_model->rowAt(r))
            m_ahead << next->id;
    // Items read before have their media asked for now; the others once they are read (readAhead).
    for (int i = 0; i < m_ahead.size(); ++i)
        if (const LoadedReviewItem *known = m_loader->cached(m_ahead.at(i)))
            m_media->prefetch(known->item, i + 1);
    m_loader->prefetch(m_ahead);
}

void ReviewDesk::openPending(int page)
{
    if (m_pendingRow < 0 || m_pendingRow / ReviewQueueModel::kPageSize != page || m_model->rowCount() == 0)
        return;
    int row = qMin(m_pendingRow, m_model->rowCount() - 1);
    if (!m_model->rowAt(row))
        return;   // that page is not in (yet)
    m_pendingRow = -1;
    // Items decided here keep their rows until the platform answers: a new view opens on the
    // first one not decided yet, never on one to be decided twice.
    const int end = qMin(m_model->rowCount(), (page + 1) * ReviewQueueModel::kPageSize);
    for (int r = row; r < end; ++r)
        if (const ReviewRow *candidate = m_model->rowAt(r); candidate && !decidedHere(candidate->id)) {
            row = r;
            break;
        }
    if (m_table->currentIndex().row() == row)
        openRow(row);
    else
        selectRow(row);
}

void ReviewDesk::showEvent(QShowEvent *event)
{
    Desk::showEvent(event);
    if (!event->spontaneous())   // the desk in front, not the window restored
        m_claims->setActive(true);
    // Keyboard first: coming to the desk, the keys go to the queue (not to the first facet box,
    // where ↓ would change the filter), unless the keyboard is already somewhere in the desk.
    if (m_stack->currentIndex() == 1 && !isAncestorOf(QApplication::focusWidget()))
        m_table->setFocus(Qt::OtherFocusReason);
}

void ReviewDesk::hideEvent(QHideEvent *event)
{
    Desk::hideEvent(event);
    if (!event->spontaneous())   // another desk in front, not the window minimised
        m_claims->setActive(false);
}

bool ReviewDesk::decidedHere(const QString &id) const
{
    return m_decided.contains(id) || m_model->hasPendingIntent(id);
}

void ReviewDesk::setMessage(const QString &text) { m_message->setText(text); }

void ReviewDesk::updateCount()
{
    m_count->setText(tr("%1 items").arg(m_model->countText()));
}

void ReviewDesk::updateLease(int secondsLeft)
{
    if (secondsLeft < 0) {
        m_lease->setText(m_currentId.isEmpty() ? QString() : tr("Not claimed yet"));
        return;
    }
    m_lease->setText(tr("Your claim: %1:%2 left").arg(secondsLeft / 60).arg(secondsLeft % 60, 2, 10, QLatin1Char('0')));
}

} // namespace wk
