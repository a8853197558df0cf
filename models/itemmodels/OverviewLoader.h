#pragma once
// Reads the Overview's snapshot and checks the journal's chain in the background (CacheReader):
// refresh() on every Workspace::cacheUpdated / outboxChanged; overlapping refreshes collapse into
// one, and an answer older than the newest request is dropped (token).
#include "OverviewSnapshot.h"
#include "storage/JournalChain.h"

#include <QObject>

#include <functional>
#include <memory>

namespace wk {

class CacheReader;

class OverviewLoader : public QObject
{
    Q_OBJECT
public:
    explicit OverviewLoader(const QString &cachePath, QObject *parent = nullptr);
    ~OverviewLoader() override;

    // "now" for the figures; tests pin it.
    void setClock(std::function<QDateTime()> clock);

    void refresh();
    void verifyJournal();

signals:
    void loaded(const wk::OverviewSnapshot &snapshot);
    void failed(const QString &sentence);
    void journalVerified(const wk::JournalVerification &result);

private:
    void start();

    std::unique_ptr<CacheReader> m_reader;   // first to go: its thread joins before we do
    std::function<QDateTime()> m_clock;
    quint64 m_token = 0;
    bool m_running = false;
    bool m_again = false;
};

} // namespace wk
