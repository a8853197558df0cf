#include "review/ReviewItemLoader.h"

#include "itemmodels/ReviewQueueReader.h"
#include "itemmodels/ReviewReaderThread.h"

namespace wk {

ReviewItemLoader::ReviewItemLoader(QObject *parent) : QObject(parent) {}

void ReviewItemLoader::setReader(ReviewReaderThread *reader)
{
    m_reader = reader;
    clear();
}

void ReviewItemLoader::clear()
{
    ++m_epoch;
    m_items.clear();
    m_order.clear();
    m_reading.clear();
}

void ReviewItemLoader::load(const QString &id, bool fresh)
{
    if (!fresh) {
        if (const LoadedReviewItem *item = cached(id)) {
            emit loaded(*item);
            return;
        }
    }
    read(id, true);
}

void ReviewItemLoader::prefetch(const QStringList &ids)
{
    for (const QString &id : ids)
        if (!m_items.contains(id))
            read(id, false);
}

const LoadedReviewItem *ReviewItemLoader::cached(const QString &id) const
{
    auto it = m_items.constFind(id);
    return it == m_items.constEnd() ? nullptr : &*it;
}

void ReviewItemLoader::forget(const QString &id)
{
    m_items.remove(id);
    m_order.removeAll(id);
}

void ReviewItemLoader::read(const QString &id, bool announce)
{
    if (!m_reader)
        return;
    if (m_reading.contains(id)) {
        m_reading[id] = m_reading.value(id) || announce;
        return;
    }
    m_reading.insert(id, announce);
    m_reader->post([this, id, epoch = m_epoch](ReviewQueueReader &reader) {
        std::optional<LoadedReviewItem> out;
        if (auto item = reader.item(id)) {
            out.emplace();
            out->item = std::move(*item);
            out->product = reader.product(out->item.productId);
            for (const auto &asset : {out->item.media, out->item.sourceMedia}) {
                if (!asset)
                    continue;
                const auto record = reader.mediaAsset(asset->id);
                if (record && record->state == MediaDownloadState::Complete && !record->localPath.isEmpty())
                    out->mediaPaths.insert(asset->id, record->localPath);
            }
        }
        QMetaObject::invokeMethod(this, [this, id, epoch, out = std::move(out)] {
            if (epoch != m_epoch)
                return;
            const bool wanted = m_reading.take(id);
            if (out)
                store(*out, wanted);
            else if (wanted)
                emit missing(id);
        }, Qt::QueuedConnection);
    });
}

void ReviewItemLoader::store(LoadedReviewItem item, bool announce)
{
    const QString id = item.item.id;
    m_order.removeAll(id);
    m_order << id;
    m_items.insert(id, std::move(item));
    while (m_order.size() > kCapacity)
        m_items.remove(m_order.takeFirst());
    if (announce)
        emit loaded(m_items.value(id));
    else
        emit readAhead(m_items.value(id));
}

} // namespace wk
