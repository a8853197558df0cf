#pragma once
// The status bar's always-visible account of sync (DESIGN.md, sync rule 6): online / offline /
// syncing n / working offline, pending intents and the age of the oldest, conflicts, the last
// successful pull, and the last error as a sentence. Colour is never the only signal: the text
// says it too.
#include "sync/SyncTypes.h"

#include <QLabel>

namespace wk {

class SyncStatusIndicator : public QLabel
{
    Q_OBJECT
public:
    explicit SyncStatusIndicator(QWidget *parent = nullptr);

    void setStatus(const wk::SyncStatus &status);
    void setProgress(const wk::SyncProgress &progress);

    // The sentence shown, for tests and for the accessible name.
    static QString describe(const SyncStatus &status, const SyncProgress &progress, const QDateTime &now);

private:
    void refresh();
    SyncStatus m_status;
    SyncProgress m_progress;
    bool m_haveStatus = false;
};

} // namespace wk
