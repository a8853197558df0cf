#pragma once
// The Suppliers desk: the three tiers side by side with their counts (windowed lists, searchable,
// sortable by any column), the selected supplier's scorecard explained, its charts, and the tier
// move / suspend / reinstate actions with an impact preview, sent through the outbox.
//
// applyFilter keys: "tier" (a SupplierTier code: focuses that tier), "supplier_id" (only that
// supplier, its scorecard open), "search" (the search text).
#include "common/Desk.h"
#include "suppliers/SupplierActionDialog.h"

#include <QPointer>
#include <QSet>
#include <array>

class QLabel;
class QLineEdit;
class QStackedWidget;
class QTimer;

namespace wk {

class EmptyStateWidget;
class ScoreRefresher;
class ScorecardPanel;
class SupplierCharts;
class SupplierReader;
class TierPane;

class SuppliersDesk : public Desk
{
    Q_OBJECT

public:
    explicit SuppliersDesk(QWidget *parent = nullptr);
    ~SuppliersDesk() override;

    QString key() const override;
    QString title() const override;
    QString summary() const override;
    QIcon icon() const override;
    void applyFilter(const DeskFilter &filter) override;

    EmptyStateWidget *emptyState() const;
    // Null without a workspace.
    QLineEdit *searchEdit() const { return m_search; }
    TierPane *tierPane(SupplierTier tier) const;
    ScorecardPanel *scorecard() const { return m_scorecard; }
    SupplierCharts *charts() const { return m_charts; }
    ScoreRefresher *refresher() const { return m_refresher; }
    QString currentSupplierId() const { return m_currentId; }
    // Opens the action's dialog for the current supplier (the impact preview starts at once).
    SupplierActionDialog *openAction(SupplierActionDialog::Action action);

signals:
    // The scores were recomputed and the lists asked to re-read (tests wait for this).
    void scoresRefreshed();
    void detailShown(const QString &supplierId);

protected:
    void workspaceChanged() override;

private:
    void buildContent();
    void teardown();
    void onScoresRefreshed(const QDate &asOf);
    void selectSupplier(const QString &supplierId);
    void focusFirstTierWithRows();
    void setSupplierFilter(const QString &supplierId);
    void submitAction(SupplierActionDialog *dialog);

    QStackedWidget *m_stack = nullptr;
    EmptyStateWidget *m_emptyState = nullptr;
    QWidget *m_content = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_clearFilter = nullptr;
    QPushButton *m_undo = nullptr;
    QString m_lastCommandId;
    std::array<TierPane *, 3> m_panes{};
    ScorecardPanel *m_scorecard = nullptr;
    SupplierCharts *m_charts = nullptr;
    SupplierReader *m_reader = nullptr;
    ScoreRefresher *m_refresher = nullptr;
    QTimer *m_searchDelay = nullptr;
    QString m_currentId;
    bool m_focusAfterSearch = false;
    QSet<TierPane *> m_awaitingLoad;   // tiers whose answer to the search is on its way
    QString m_supplierFilter;
    quint64 m_detailToken = 0;
    quint64 m_countsToken = 0;
    quint64 m_scatterToken = 0;
};

} // namespace wk
