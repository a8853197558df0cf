#pragma once

#include <QDialog>
#include <QList>

class QAction;
class QTreeWidget;

namespace wk {

// Lists the shortcuts of the given actions as they are now, so a changed shortcut shows here too.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);

    int rowCount() const;
    QString actionText(int row) const;
    QString shortcutText(int row) const;

private:
    QTreeWidget *m_list = nullptr;
};

} // namespace wk
