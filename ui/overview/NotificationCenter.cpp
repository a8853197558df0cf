#include "overview/NotificationCenter.h"

#include "overview/OverviewTexts.h"

#include <QGuiApplication>
#include <QIcon>
#include <QSettings>
#include <QSystemTrayIcon>

namespace wk {

namespace {
QString mutedKey(const QString &kind) { return QStringLiteral("notifications/muted/") + kind; }
} // namespace

QStringList NotificationCenter::kinds()
{
    return {QLatin1String(kUrgentException), QLatin1String(kSlaImminent), QLatin1String(kJournalBroken)};
}

QString NotificationCenter::kindName(const QString &kind)
{
    if (kind == QLatin1String(kUrgentException))
        return tr("New urgent exceptions");
    if (kind == QLatin1String(kSlaImminent))
        return tr("SLA about to be breached");
    if (kind == QLatin1String(kJournalBroken))
        return tr("Decision journal broken");
    return kind;
}

NotificationCenter::NotificationCenter(QObject *parent) : QObject(parent) { qRegisterMetaType<wk::Notification>(); }
NotificationCenter::~NotificationCenter() = default;

bool NotificationCenter::isMuted(const QString &kind) { return QSettings().value(mutedKey(kind), false).toBool(); }

void NotificationCenter::setMuted(const QString &kind, bool muted) { QSettings().setValue(mutedKey(kind), muted); }

void NotificationCenter::reset()
{
    m_baseline = false;
    m_seenUrgent.clear();
    m_seenImminent.clear();
}

void NotificationCenter::setTrayEnabled(bool enabled) { m_trayEnabled = enabled; }

void NotificationCenter::consider(const OverviewSnapshot &s)
{
    QStringList newUrgent;
    QString newCode;
    for (qsizetype i = 0; i < s.urgentExceptionIds.size(); ++i) {
        if (m_seenUrgent.contains(s.urgentExceptionIds.at(i)))
            continue;
        m_seenUrgent.insert(s.urgentExceptionIds.at(i));
        newUrgent << s.urgentExceptionIds.at(i);
        if (newCode.isEmpty())
            newCode = s.urgentExceptionCodes.value(i);
    }
    int newImminentReviews = 0, newImminentExceptions = 0;
    for (const QString &id : s.imminentReviewIds) {
        if (!m_seenImminent.contains(id)) {
            m_seenImminent.insert(id);
            ++newImminentReviews;
        }
    }
    for (const QString &id : s.imminentExceptionIds) {
        if (!m_seenImminent.contains(id)) {
            m_seenImminent.insert(id);
            ++newImminentExceptions;
        }
    }
    if (!m_baseline) {
        m_baseline = true;
        return;
    }
    if (!newUrgent.isEmpty()) {
        raise({QLatin1String(kUrgentException),
               tr("%Ln new urgent exception(s)", nullptr, int(newUrgent.size())),
               newUrgent.size() == 1
                   ? tr("%1: %2. The guarantee will probably pay for it.")
                         .arg(newUrgent.constFirst(), OverviewTexts::exceptionCode(newCode))
                   : tr("The newest: %1 (%2).").arg(newUrgent.constFirst(), OverviewTexts::exceptionCode(newCode)),
               QStringLiteral("fulfilment"),
               {{QStringLiteral("exception_code"), newCode}}});
    }
    if (newImminentReviews + newImminentExceptions > 0) {
        const bool reviews = newImminentReviews >= newImminentExceptions;
        raise({QLatin1String(kSlaImminent),
               tr("%Ln item(s) about to breach the SLA", nullptr, newImminentReviews + newImminentExceptions),
               tr("%1 review items and %2 exceptions are due within 15 minutes.")
                   .arg(newImminentReviews)
                   .arg(newImminentExceptions),
               reviews ? QStringLiteral("review") : QStringLiteral("fulfilment"),
               {{QStringLiteral("sla"), QStringLiteral("due_soon")}}});
    }
}

void NotificationCenter::raise(const Notification &n)
{
    if (isMuted(n.kind))
        return;
    m_last = n;
    emit notified(n);
    if (!m_trayEnabled || !QSystemTrayIcon::isSystemTrayAvailable())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/watchkeeper.svg")), this);
        m_tray->setToolTip(QGuiApplication::applicationDisplayName());
        connect(m_tray, &QSystemTrayIcon::messageClicked, this,
                [this] { emit openRequested(m_last.deskKey, m_last.filter); });
        m_tray->show();
    }
    m_tray->showMessage(n.title, n.message, QSystemTrayIcon::Warning, 10000);
}

} // namespace wk
