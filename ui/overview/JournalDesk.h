#pragma once
// The decision journal (key "journal"): every decision, command outcome, conflict resolution and
// personal-data reveal, searchable, with who, when and the AI's suggestion beside it; exported as
// CSV or JSON; its hash chain checked when the desk gets a workspace and on demand.
// Filter keys (applyFilter): "actor" (supervisor id), "event" (journal event code), "search" (text).
#include "common/Desk.h"
#include "storage/JournalChain.h"

#include <QTimer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace wk {

class EmptyStateWidget;
class JournalModel;

class JournalDesk : public Desk
{
    Q_OBJECT
public:
    enum class Format { Csv, Json };

    explicit JournalDesk(QWidget *parent = nullptr);
    ~JournalDesk() override;

    QString key() const override;
    QString title() const override;
    QString summary() const override;
    QIcon icon() const override;
    void applyFilter(const DeskFilter &filter) override;

    JournalModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    QString verificationText() const;
    // Writes the whole journal to `path`; `exported` follows.
    void exportTo(const QString &path, Format format);

signals:
    void exported(const QString &path, const QString &error);
    void verified(const wk::JournalVerification &result);

protected:
    void workspaceChanged() override;

private:
    void reload();
    void chooseExport(Format format);
    void showVerification(const JournalVerification &result, const QString &error);
    QWidget *createToolbar();

    QStackedWidget *m_stack;
    EmptyStateWidget *m_empty;
    QLineEdit *m_search;
    QComboBox *m_event;
    QLineEdit *m_actor;
    QLabel *m_status;
    QLabel *m_count;
    QTableView *m_table;
    JournalModel *m_model = nullptr;
    QTimer m_debounce;
};

} // namespace wk
