#include "common/ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace wk {

ShortcutsDialog::ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));

    m_list = new QTreeWidget(this);
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);

    for (const QAction *action : actions) {
        const auto shortcuts = action->shortcuts();
        if (shortcuts.isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence &s : shortcuts)
            keys << s.toString(QKeySequence::NativeText);
        auto *item = new QTreeWidgetItem(m_list);
        // Menu texts carry mnemonics ("&Quit", or "退出(&Q)" in CJK) and ellipses that read oddly in a list.
        static const QRegularExpression cjkMnemonic(QStringLiteral("\\(&\\w\\)"));
        QString text = action->text();
        text.remove(cjkMnemonic);
        text.remove(QLatin1Char('&'));
        text.remove(QStringLiteral("…"));
        item->setText(0, text);
        item->setText(1, keys.join(QStringLiteral(", ")));
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(440, 360);
}

int ShortcutsDialog::rowCount() const { return m_list->topLevelItemCount(); }

QString ShortcutsDialog::actionText(int row) const { return m_list->topLevelItem(row)->text(0); }

QString ShortcutsDialog::shortcutText(int row) const { return m_list->topLevelItem(row)->text(1); }

} // namespace wk
