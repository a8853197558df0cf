#pragma once
// The top of the Sync desk: the sync's state in words, always visible (sync rule 6) — online /
// offline / syncing / working offline, the queue and the age of its oldest command, conflicts and
// rejections, the last successful pull, throughput, the last error as a sentence — the first sync's
// progress, and the "Work offline" switch.
#include "sync/SyncTypes.h"
#include "sync/ThroughputMeter.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QProgressBar;

namespace wk {

class Workspace;

class SyncStatePanel : public QWidget
{
    Q_OBJECT
public:
    explicit SyncStatePanel(QWidget *parent = nullptr);

    void setWorkspace(Workspace *workspace);

    // The texts shown, for tests and the screenshot (also the labels' accessible names).
    QString stateText() const;
    QString queueText() const;
    QString attentionText() const;
    QString lastPullText() const;
    QString throughputText() const;
    QString errorText() const;
    bool firstSyncProgressVisible() const;

private:
    void onStatus(const SyncStatus &status);
    void onProgress(const SyncProgress &progress);
    void refresh();

    QPointer<Workspace> m_workspace;
    SyncStatus m_status;
    SyncProgress m_progress;
    ThroughputMeter m_meter;
    bool m_statusKnown = false;
    bool m_isFirstSync = false;     // the first status said the cache had never pulled
    bool m_firstSyncDone = false;
    QTimer m_tick;   // ages and rates move on without new reports

    QLabel *m_dot = nullptr;
    QLabel *m_state = nullptr;
    QCheckBox *m_workOffline = nullptr;
    QLabel *m_queue = nullptr;
    QLabel *m_attention = nullptr;
    QLabel *m_lastPull = nullptr;
    QLabel *m_throughput = nullptr;
    QLabel *m_error = nullptr;
    QWidget *m_firstSync = nullptr;
    QProgressBar *m_firstSyncBar = nullptr;
    QLabel *m_firstSyncText = nullptr;
};

} // namespace wk
