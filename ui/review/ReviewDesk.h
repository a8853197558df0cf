#pragma once
// The Review desk: the queue (facets, search, a windowed table), the open item (a ReviewItemView),
// one key per decision and on to the next item, undo within the grace period, claims kept while an
// item is open, bulk and cluster decisions, a conflict banner, a shortcut sheet, a command palette
// and the session's pace. Filters it understands (applyFilter): "kind", "flag_reason", "claimed"
// (me/others/nobody), "search", "sla" (breached/due_soon), and "tier", "market", "locale", "sort".
#include "common/Desk.h"
#include "review/ReviewDecider.h"
#include "review/ReviewDeskActions.h"
#include "review/ReviewItemLoader.h"
#include "review/ReviewSessionStats.h"

#include <QPointer>
#include <QSet>
#include <optional>

class QLabel;
class QStackedWidget;
class QTableView;

namespace wk {

class CommandPalette;
class EmptyStateWidget;
class ReviewClaimKeeper;
class ReviewConflictBanner;
class ReviewDecisionPrompt;
class ReviewFacetBar;
class ReviewItemView;
class ReviewMediaFeed;
class ReviewQueueModel;

class ReviewDesk : public Desk
{
    Q_OBJECT

public:
    explicit ReviewDesk(QWidget *parent = nullptr);
    ~ReviewDesk() override;

    QString key() const override;
    QString title() const override;
    QString summary() const override;
    QIcon icon() const override;
    void applyFilter(const DeskFilter &filter) override;

    EmptyStateWidget *emptyState() const;
    ReviewQueueModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    ReviewItemView *itemView() const { return m_itemView; }
    ReviewMediaFeed *mediaFeed() const { return m_media; }
    ReviewFacetBar *facetBar() const { return m_facets; }
    ReviewConflictBanner *conflictBanner() const { return m_banner; }
    ReviewDecisionPrompt *prompt() const { return m_prompt; }
    CommandPalette *palette() const { return m_palette; }
    const ReviewDeskActions &actions() const { return m_actions; }
    const ReviewSessionStats &sessionStats() const { return m_stats; }
    // The id of the open item (empty if none) and the status line's message.
    QString currentItemId() const { return m_currentId; }
    QString statusMessage() const;
    QString leaseText() const;

protected:
    void workspaceChanged() override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void buildContent();
    void connectActions();
    void onCurrentRowChanged(const QModelIndex &current);
    void openRow(int row);
    void showLoaded(const LoadedReviewItem &loaded);
    void checkConflict(const ReviewItem &now);
    void leaveCurrent(bool decided);
    void onCacheUpdated();
    QList<DecisionTarget> targets() const;
    QString describeTargets(const QList<DecisionTarget> &targets) const;
    void decide(DecidePayload payload);
    void moveBy(int step, bool skipDecided);
    void selectRow(int row);
    void armCluster();
    void cancelAll();
    void prefetchAfter(int row);
    // Opens the row a new view waits for (m_pendingRow) once its page is in.
    void openPending(int page);
    // Decided in this session or waiting in the outbox: skipped when moving on.
    bool decidedHere(const QString &id) const;
    void setMessage(const QString &text);
    void updateCount();
    void updateLease(int secondsLeft);

    EmptyStateWidget *m_emptyState = nullptr;
    QStackedWidget *m_stack = nullptr;
    ReviewFacetBar *m_facets = nullptr;
    QTableView *m_table = nullptr;
    ReviewQueueModel *m_model = nullptr;
    ReviewItemView *m_itemView = nullptr;
    QLabel *m_itemTitle = nullptr;
    QLabel *m_lease = nullptr;
    ReviewConflictBanner *m_banner = nullptr;
    ReviewDecisionPrompt *m_prompt = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_figures = nullptr;
    CommandPalette *m_palette = nullptr;
    ReviewDeskActions m_actions;
    ReviewItemLoader *m_loader = nullptr;
    ReviewClaimKeeper *m_claims = nullptr;
    ReviewDecider *m_decider = nullptr;
    ReviewMediaFeed *m_media = nullptr;
    ReviewSessionStats m_stats;
    QPointer<Workspace> m_connected;

    QString m_currentId;
    std::optional<ReviewItem> m_current;
    qint64 m_seenVersion = 0;
    int m_pendingRow = -1;                 // a row to open once its page is in
    QSet<QString> m_decided;               // decided here, until the server says so
    QList<DecisionTarget> m_cluster;       // armed: the next decision applies to these
    std::optional<DecidePayload> m_waiting; // a decision waiting for its reason or note
    QStringList m_ahead;                   // the items read ahead of the open one, nearest first
};

} // namespace wk
