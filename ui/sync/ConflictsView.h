#pragma once
// The Sync desk's Conflicts view (sync rule 4): every conflict and rejection waiting for a person,
// and for the selected one theirs (the platform's entity now) beside mine (my command), field by
// field, with the three ways to settle it — accept theirs, send mine again under a new command id
// against their version, or discard mine. Each outcome is written to the local journal (by
// CommandQueue/OutboxStore) and said in a line here; nothing leaves the list silently.
#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QTableWidget;

namespace wk {

class ConflictListModel;
class EmptyStateWidget;
class Workspace;
struct OutboxEntry;

class ConflictsView : public QWidget
{
    Q_OBJECT
public:
    explicit ConflictsView(QWidget *parent = nullptr);

    void setWorkspace(Workspace *workspace);

    ConflictListModel *model() const { return m_model; }
    QTableView *list() const { return m_list; }
    QTableWidget *fields() const { return m_fields; }
    QString outcomeText() const;

    void acceptTheirs();
    void resubmit();
    void discard();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitProblemHeight();
    const OutboxEntry *selected() const;
    void showSelected();
    void onLoaded();
    void say(const QString &sentence);

    QPointer<Workspace> m_workspace;
    ConflictListModel *m_model = nullptr;
    QLabel *m_title = nullptr;
    QTableView *m_list = nullptr;
    EmptyStateWidget *m_empty = nullptr;
    QWidget *m_detail = nullptr;
    QLabel *m_problem = nullptr;
    QTableWidget *m_fields = nullptr;
    QPushButton *m_acceptTheirs = nullptr;
    QPushButton *m_resubmit = nullptr;
    QPushButton *m_discard = nullptr;
    QLabel *m_outcome = nullptr;
    QString m_selectedId;   // kept across reloads
};

} // namespace wk
