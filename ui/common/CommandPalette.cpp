#include "common/CommandPalette.h"

#include <QAction>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace wk {

CommandPalette::CommandPalette(QWidget *parent)
    : QFrame(parent), m_filter(new QLineEdit(this)), m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("commandPalette"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setAccessibleName(tr("Command palette"));
    m_filter->setPlaceholderText(tr("Type a command…"));
    m_filter->setAccessibleName(tr("Command filter"));
    m_list->setAccessibleName(tr("Commands"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);
    connect(m_filter, &QLineEdit::textChanged, this, &CommandPalette::refilter);
    connect(m_filter, &QLineEdit::returnPressed, this, &CommandPalette::runCurrent);
    connect(m_list, &QListWidget::itemActivated, this, &CommandPalette::runCurrent);
    m_filter->installEventFilter(this);
    hide();
}

void CommandPalette::open(const QList<QAction *> &actions)
{
    m_actions.clear();
    for (QAction *a : actions)
        if (a && a->isEnabled() && !a->text().isEmpty())
            m_actions << a;
    m_filter->clear();
    refilter();
    const QWidget *p = parentWidget();
    const int width = qMin(520, p->width() - 40);
    setGeometry((p->width() - width) / 2, 40, width, qMin(360, p->height() - 80));
    show();
    raise();
    m_filter->setFocus();
}

QStringList CommandPalette::entries() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        out << m_list->item(i)->text();
    return out;
}

void CommandPalette::refilter()
{
    m_list->clear();
    const QString needle = m_filter->text().trimmed();
    for (const auto &a : std::as_const(m_actions)) {
        if (!a)
            continue;
        const QString text = a->text().remove(QLatin1Char('&'));
        if (!needle.isEmpty() && !text.contains(needle, Qt::CaseInsensitive))
            continue;
        auto *item = new QListWidgetItem(a->shortcut().isEmpty()
                                             ? text
                                             : text + QLatin1Char('\t') + a->shortcut().toString(QKeySequence::NativeText),
                                         m_list);
        item->setData(Qt::UserRole, QVariant::fromValue(static_cast<QObject *>(a.data())));
    }
    m_list->setCurrentRow(0);
}

void CommandPalette::runCurrent()
{
    QListWidgetItem *item = m_list->currentItem();
    auto *action = item ? qobject_cast<QAction *>(item->data(Qt::UserRole).value<QObject *>()) : nullptr;
    hide();
    if (parentWidget())
        parentWidget()->setFocus();
    if (action)
        action->trigger();
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            hide();
            if (parentWidget())
                parentWidget()->setFocus();
            return true;
        }
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) {
            const int step = key->key() == Qt::Key_Down ? 1 : -1;
            m_list->setCurrentRow(qBound(0, m_list->currentRow() + step, m_list->count() - 1));
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace wk
