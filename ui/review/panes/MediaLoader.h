#pragma once
// Runs MediaCheck on a worker and brings the answer back to the UI thread. Answers for an item
// that is no longer shown (after reset()) are dropped, so a slow decode never paints over the
// next item. Checked and decoded files are kept in a small process-wide cache, so that media the
// desk prefetched for the next items show at once, without a turn of the event loop.
#include "review/panes/MediaCheck.h"

#include <QObject>

namespace wk {

class MediaLoader : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Emits checked() at once when the file was checked (and decoded) before, else later.
    void load(const MediaAsset &asset, const QString &path, bool decodeImage, MediaTrust trust = MediaTrust::Check);
    // Forget every answer still on its way.
    void reset() { ++m_generation; }
    // For tests: true while a check is on its way.
    bool busy() const { return m_pending > 0; }

    // Checks (and for images decodes) a file on a worker ahead of time, into the cache.
    static void prefetch(const MediaAsset &asset, const QString &path, MediaTrust trust = MediaTrust::Check);
    static bool isCached(const MediaAsset &asset, const QString &path, MediaTrust trust = MediaTrust::Check);
    static void clearCache();

signals:
    void checked(const wk::MediaCheckResult &result);

private:
    quint64 m_generation = 0;
    int m_pending = 0;
};

} // namespace wk
