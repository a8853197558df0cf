#include "common/ShortcutMap.h"

#include <QAction>
#include <QSettings>

namespace wk {

ShortcutMap::ShortcutMap(QString group, QObject *parent) : QObject(parent), m_group(std::move(group)) {}

QString ShortcutMap::settingsKey(const QString &id) const
{
    return QStringLiteral("shortcuts/%1/%2").arg(m_group, id);
}

void ShortcutMap::bind(QAction *action, const QString &id, const QKeySequence &defaultKey)
{
    if (!m_bindings.contains(id))
        m_order << id;
    m_bindings.insert(id, {action, defaultKey});
    QSettings settings;
    const QVariant stored = settings.value(settingsKey(id));
    action->setShortcut(stored.isValid() ? QKeySequence::fromString(stored.toString(), QKeySequence::PortableText)
                                         : defaultKey);
}

bool ShortcutMap::remap(const QString &id, const QKeySequence &key)
{
    auto it = m_bindings.find(id);
    if (it == m_bindings.end())
        return false;
    QSettings settings;
    if (key == it->defaultKey)
        settings.remove(settingsKey(id));
    else
        settings.setValue(settingsKey(id), key.toString(QKeySequence::PortableText));
    if (it->action)
        it->action->setShortcut(key);
    emit remapped(id, key);
    return true;
}

void ShortcutMap::resetAll()
{
    for (const QString &id : std::as_const(m_order))
        remap(id, m_bindings.value(id).defaultKey);
}

QKeySequence ShortcutMap::shortcut(const QString &id) const
{
    const Binding b = m_bindings.value(id);
    return b.action ? b.action->shortcut() : QKeySequence();
}

QKeySequence ShortcutMap::defaultShortcut(const QString &id) const { return m_bindings.value(id).defaultKey; }

QStringList ShortcutMap::ids() const { return m_order; }

} // namespace wk
