#pragma once
// Ctrl+K: every action of a desk by name, filtered as one types; Enter runs the chosen one. Works
// on any list of QActions, so each desk can offer its own.
#include <QFrame>
#include <QList>
#include <QPointer>

class QAction;
class QLineEdit;
class QListWidget;

namespace wk {

class CommandPalette : public QFrame
{
    Q_OBJECT
public:
    explicit CommandPalette(QWidget *parent);

    // Shows the palette over its parent with these actions (disabled ones are left out).
    void open(const QList<QAction *> &actions);
    // The entries shown now (for tests): "text<TAB>shortcut".
    QStringList entries() const;
    QLineEdit *filterField() const { return m_filter; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refilter();
    void runCurrent();
    QLineEdit *m_filter;
    QListWidget *m_list;
    QList<QPointer<QAction>> m_actions;
};

} // namespace wk
