#pragma once
// Reads whole review items (with their product and the local files of their media) for the item
// pane, on the queue's reader thread, and keeps the last few: the next items are read ahead so
// that "decide → next item shown" does not wait for SQLite.
#include "domain/Entities.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <optional>

namespace wk {

class ReviewReaderThread;

struct LoadedReviewItem {
    ReviewItem item;
    std::optional<Product> product;
    QHash<QString, QString> mediaPaths;   // asset id → verified local file (downloaded ones only)
};

class ReviewItemLoader : public QObject
{
    Q_OBJECT
public:
    static constexpr int kCapacity = 16;
    explicit ReviewItemLoader(QObject *parent = nullptr);

    void setReader(ReviewReaderThread *reader);
    // Reads `id` (again, if `fresh`); `loaded` follows. A cached item is answered at once.
    void load(const QString &id, bool fresh = false);
    void prefetch(const QStringList &ids);
    const LoadedReviewItem *cached(const QString &id) const;
    void forget(const QString &id);
    void clear();

signals:
    void loaded(const wk::LoadedReviewItem &item);
    // An item read ahead (prefetch) is in, for its media to be fetched ahead too.
    void readAhead(const wk::LoadedReviewItem &item);
    void missing(const QString &id);

private:
    void read(const QString &id, bool announce);
    void store(LoadedReviewItem item, bool announce);
    QPointer<ReviewReaderThread> m_reader;
    QHash<QString, LoadedReviewItem> m_items;
    QStringList m_order;   // most recent last
    QHash<QString, bool> m_reading;   // id → announce when read
    quint64 m_epoch = 0;
};

} // namespace wk
