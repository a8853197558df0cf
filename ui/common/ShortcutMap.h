#pragma once
// Remappable shortcuts: each action gets a stable id and a default key; a person's own choice is
// kept in the settings ("shortcuts/<group>/<id>") and wins over the default.
#include <QHash>
#include <QKeySequence>
#include <QObject>
#include <QPointer>

class QAction;

namespace wk {

class ShortcutMap : public QObject
{
    Q_OBJECT
public:
    explicit ShortcutMap(QString group, QObject *parent = nullptr);

    // Gives `action` its shortcut: the remembered one, else `defaultKey`.
    void bind(QAction *action, const QString &id, const QKeySequence &defaultKey);
    // Changes and remembers a shortcut (an empty sequence removes it); false for an unknown id.
    bool remap(const QString &id, const QKeySequence &key);
    // Forgets every remembered choice: back to the defaults.
    void resetAll();
    QKeySequence shortcut(const QString &id) const;
    QKeySequence defaultShortcut(const QString &id) const;
    QStringList ids() const;

signals:
    void remapped(const QString &id, const QKeySequence &key);

private:
    QString settingsKey(const QString &id) const;
    struct Binding {
        QPointer<QAction> action;
        QKeySequence defaultKey;
    };
    QString m_group;
    QHash<QString, Binding> m_bindings;
    QStringList m_order;
};

} // namespace wk
