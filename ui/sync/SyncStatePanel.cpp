#include "sync/SyncStatePanel.h"

#include "sync/SyncService.h"
#include "sync/Workspace.h"

#include <QCheckBox>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QVBoxLayout>

namespace wk {

namespace {
constexpr int kDotSize = 10;

QLabel *valueLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void setLabel(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setAccessibleName(text);
}
} // namespace

SyncStatePanel::SyncStatePanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("syncStatePanel"));

    m_dot = new QLabel(this);
    m_dot->setFixedSize(kDotSize, kDotSize);
    m_state = valueLabel(QStringLiteral("syncState"), this);
    QFont big = m_state->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_state->setFont(big);
    m_workOffline = new QCheckBox(tr("Work &offline"), this);
    m_workOffline->setObjectName(QStringLiteral("workOffline"));
    m_workOffline->setAccessibleName(tr("Work offline"));
    m_workOffline->setToolTip(tr("No requests at all while this is on: decisions queue here and are sent when you "
                                 "switch it off."));
    connect(m_workOffline, &QCheckBox::toggled, this, [this](bool offline) {
        if (m_workspace && m_workspace->sync())
            m_workspace->sync()->setWorkOffline(offline);
    });

    auto *head = new QHBoxLayout;
    head->addWidget(m_dot);
    head->addWidget(m_state, 1);
    head->addWidget(m_workOffline);

    m_queue = valueLabel(QStringLiteral("syncQueue"), this);
    m_attention = valueLabel(QStringLiteral("syncAttention"), this);
    m_lastPull = valueLabel(QStringLiteral("syncLastPull"), this);
    m_throughput = valueLabel(QStringLiteral("syncThroughput"), this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);   // sentences use the width
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Waiting to be sent:"), m_queue);
    form->addRow(tr("Needs you:"), m_attention);
    form->addRow(tr("Last successful pull:"), m_lastPull);
    form->addRow(tr("Throughput:"), m_throughput);

    m_error = valueLabel(QStringLiteral("syncError"), this);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xc0, 0x39, 0x2b));   // reads on light and dark
    m_error->setPalette(errorPalette);
    m_error->hide();

    m_firstSync = new QWidget(this);
    m_firstSyncBar = new QProgressBar(m_firstSync);
    m_firstSyncBar->setObjectName(QStringLiteral("firstSyncProgress"));
    m_firstSyncBar->setAccessibleName(tr("First sync progress"));
    m_firstSyncBar->setRange(0, 0);   // the platform gives no total: busy until the last page
    m_firstSyncBar->setTextVisible(false);
    m_firstSyncText = valueLabel(QStringLiteral("firstSyncText"), m_firstSync);
    auto *firstSyncLayout = new QVBoxLayout(m_firstSync);
    firstSyncLayout->setContentsMargins(0, 0, 0, 0);
    firstSyncLayout->addWidget(m_firstSyncText);
    firstSyncLayout->addWidget(m_firstSyncBar);
    m_firstSync->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addWidget(m_firstSync);
    layout->addLayout(form);
    layout->addWidget(m_error);

    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &SyncStatePanel::refresh);
    refresh();
}

void SyncStatePanel::setWorkspace(Workspace *workspace)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    m_meter.clear();
    m_firstSyncDone = false;
    m_statusKnown = m_isFirstSync = false;
    m_status = {};
    m_progress = {};
    if (workspace) {
        connect(workspace, &Workspace::statusChanged, this, &SyncStatePanel::onStatus);
        connect(workspace, &Workspace::progressed, this, &SyncStatePanel::onProgress);
        m_status = workspace->status();
        m_progress = workspace->progress();
        const QSignalBlocker blocker(m_workOffline);
        m_workOffline->setChecked(m_status.connection == SyncStatus::Connection::WorkingOffline);
        m_tick.start();
    } else {
        m_tick.stop();
    }
    m_workOffline->setEnabled(workspace && workspace->sync());
    refresh();
}

void SyncStatePanel::onStatus(const SyncStatus &status)
{
    if (!std::exchange(m_statusKnown, true))
        m_isFirstSync = !status.lastPullAt.isValid();   // a cache that has never pulled
    m_status = status;
    if (status.caughtUp)
        m_firstSyncDone = true;
    const QSignalBlocker blocker(m_workOffline);
    m_workOffline->setChecked(status.connection == SyncStatus::Connection::WorkingOffline);
    refresh();
}

void SyncStatePanel::onProgress(const SyncProgress &progress)
{
    m_progress = progress;
    m_meter.add(QDateTime::currentMSecsSinceEpoch(), progress);
    refresh();
}

void SyncStatePanel::refresh()
{
    const QLocale locale;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString state;
    QColor dot;
    switch (m_status.connection) {
    case SyncStatus::Connection::Online:
        state = tr("Online");
        dot = QColor(0x2e, 0x9e, 0x5b);
        break;
    case SyncStatus::Connection::Syncing:
        state = m_status.pending > 0 ? tr("Syncing: sending %1").arg(locale.toString(m_status.pending))
                                     : tr("Syncing");
        dot = QColor(0x2f, 0x80, 0xed);
        break;
    case SyncStatus::Connection::WorkingOffline:
        state = tr("Working offline");
        dot = QColor(0xd0, 0x8c, 0x2b);
        break;
    case SyncStatus::Connection::Offline:
        state = !m_workspace        ? tr("Not connected")
                : !m_status.lastError.isEmpty() ? tr("Offline: see the problem below")
                : m_workspace->sync() ? tr("Offline: the platform cannot be reached")
                                      : tr("No platform: working from the local cache only");
        dot = QColor(0xc0, 0x39, 0x2b);
        break;
    }
    if (m_status.conflicts + m_status.rejected > 0)
        state += tr(" · conflicts: %1").arg(locale.toString(m_status.conflicts + m_status.rejected));
    setLabel(m_state, state);
    m_dot->setStyleSheet(QStringLiteral("QLabel { background: %1; border-radius: %2px; }")
                             .arg(dot.name())
                             .arg(kDotSize / 2));

    if (m_status.pending == 0) {
        setLabel(m_queue, tr("Nothing: every decision has reached the platform."));
    } else {
        const qint64 age = m_status.oldestPendingAgeSeconds(now);
        const QString ageText = age >= 120 ? tr("%1 min").arg(locale.toString(age / 60))
                                           : tr("%1 s").arg(locale.toString(age));
        setLabel(m_queue, tr("%1 commands; the oldest has waited %2").arg(locale.toString(m_status.pending), ageText));
    }
    if (m_status.conflicts + m_status.rejected == 0)
        setLabel(m_attention, tr("Nothing: no conflicts or rejections."));
    else
        setLabel(m_attention, tr("Conflicts: %1 · rejected: %2 — settle them below.")
                                  .arg(locale.toString(m_status.conflicts), locale.toString(m_status.rejected)));
    setLabel(m_lastPull, m_status.lastPullAt.isValid()
                             ? locale.toString(m_status.lastPullAt.toLocalTime(), QLocale::ShortFormat)
                             : tr("Never"));
    const qint64 nowMs = now.toMSecsSinceEpoch();
    setLabel(m_throughput, tr("%1 changes/s received · %2 commands/s sent · in total %3 changes, %4 commands")
                               .arg(locale.toString(m_meter.changesPerSecond(nowMs), 'f', 0),
                                    locale.toString(m_meter.commandsPerSecond(nowMs), 'f', 1),
                                    locale.toString(m_progress.changes), locale.toString(m_progress.pushed)));

    setLabel(m_error, m_status.lastError.isEmpty() ? QString() : tr("Problem: %1").arg(m_status.lastError));
    m_error->setVisible(!m_status.lastError.isEmpty());

    // The first sync: the platform does not say how many pages there are, so the bar is busy and
    // the text counts what arrived, until a page says has_more = false.
    const bool firstSync = m_workspace && m_isFirstSync && !m_firstSyncDone && !m_status.caughtUp
        && m_status.connection != SyncStatus::Connection::WorkingOffline;
    // Then the indexes the stream went without (BulkLoad.h): the desks work meanwhile, slower, and
    // search does not find the new items yet.
    const bool indexing = m_workspace && m_status.caughtUp && m_status.indexesToBuild > 0;
    if (indexing)
        setLabel(m_firstSyncText, tr("All %1 changes are in. Building the indexes for sorting and search: %n left. "
                                     "Until then, search does not find the new items.",
                                     nullptr, m_status.indexesToBuild)
                                      .arg(locale.toString(m_progress.changes)));
    else
        setLabel(m_firstSyncText, tr("First sync: %1 changes received so far").arg(locale.toString(m_progress.changes)));
    m_firstSync->setVisible(firstSync || indexing);
}

QString SyncStatePanel::stateText() const { return m_state->text(); }
QString SyncStatePanel::queueText() const { return m_queue->text(); }
QString SyncStatePanel::attentionText() const { return m_attention->text(); }
QString SyncStatePanel::lastPullText() const { return m_lastPull->text(); }
QString SyncStatePanel::throughputText() const { return m_throughput->text(); }
QString SyncStatePanel::errorText() const { return m_error->isVisibleTo(this) ? m_error->text() : QString(); }
bool SyncStatePanel::firstSyncProgressVisible() const { return m_firstSync->isVisibleTo(this); }

} // namespace wk
