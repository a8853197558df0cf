#include "SyncStatusIndicator.h"

#include <QLocale>

namespace wk {

SyncStatusIndicator::SyncStatusIndicator(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("syncStatus"));
    setTextFormat(Qt::PlainText);
    setContentsMargins(6, 2, 10, 2);
    setText(tr("Sync not started"));
}

void SyncStatusIndicator::setStatus(const SyncStatus &status)
{
    m_status = status;
    m_haveStatus = true;
    refresh();
}

void SyncStatusIndicator::setProgress(const SyncProgress &progress)
{
    m_progress = progress;
    refresh();
}

void SyncStatusIndicator::refresh()
{
    if (!m_haveStatus)
        return;
    const QString sentence = describe(m_status, m_progress, QDateTime::currentDateTimeUtc());
    setText(sentence);
    setAccessibleName(sentence);
    setToolTip(m_status.lastError);
}

QString SyncStatusIndicator::describe(const SyncStatus &status, const SyncProgress &progress, const QDateTime &now)
{
    const QLocale locale;
    QStringList parts;
    switch (status.connection) {
    case SyncStatus::Connection::Syncing:
        parts << tr("Syncing: %1 changes received").arg(locale.toString(progress.changes));
        break;
    case SyncStatus::Connection::Online:
        parts << tr("Online");
        break;
    case SyncStatus::Connection::WorkingOffline:
        parts << tr("Working offline");
        break;
    case SyncStatus::Connection::Offline:
        parts << tr("Offline");
        break;
    }
    // "Label: n" rather than a plural sentence: it reads right for every n in every language
    // without a source-language plural translation.
    if (status.pending > 0) {
        const qint64 minutes = status.oldestPendingAgeSeconds(now) / 60;
        parts << (minutes > 0 ? tr("waiting to be sent: %1, the oldest for %2 min")
                                    .arg(locale.toString(status.pending), locale.toString(minutes))
                              : tr("waiting to be sent: %1").arg(locale.toString(status.pending)));
    }
    if (status.conflicts + status.rejected > 0)
        parts << tr("for you in the Sync desk: %1").arg(locale.toString(status.conflicts + status.rejected));
    if (status.lastPullAt.isValid())
        parts << tr("last pull %1").arg(locale.toString(status.lastPullAt.toLocalTime().time(), QLocale::ShortFormat));
    if (!status.lastError.isEmpty() && status.connection == SyncStatus::Connection::Offline)
        parts << status.lastError;
    return parts.join(QStringLiteral(" · "));
}

} // namespace wk
