#include "review/panes/MediaLoader.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace wk {

void MediaLoader::load(const MediaAsset &asset, const QString &path, bool decodeImage)
{
    const quint64 generation = m_generation;
    ++m_pending;
    auto *watcher = new QFutureWatcher<MediaCheckResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        --m_pending;
        if (generation == m_generation)
            emit checked(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([asset, path, decodeImage] { return MediaCheck::check(asset, path, decodeImage); }));
}

} // namespace wk
