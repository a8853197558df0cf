#include "PlatformServer.h"

#include "PlatformHttp.h"
#include "PlatformStore.h"
#include "generator/DataGenerator.h"
#include "storage/Statement.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimer>
#include <stdexcept>

Q_LOGGING_CATEGORY(lcPlatformServer, "wk.platform.server")

namespace wk::platform {

namespace {
GeneratorOptions generatorOptions(const PlatformServer::Options &options, int reviewItems)
{
    GeneratorOptions o;
    o.seed = options.seed;
    const int sizePercent = options.sizePercent;
    if (options.generatedAt.isValid())
        o.now = options.generatedAt.toUTC();
    o.suppliers = std::max(1, o.suppliers * sizePercent / 100);
    o.products = std::max(1, o.products * sizePercent / 100);
    o.orders = std::max(1, o.orders * sizePercent / 100);
    o.reviewItems = reviewItems;
    return o;
}
} // namespace

class PlatformServer::Http : public PlatformHttp
{
    using PlatformHttp::PlatformHttp;
};

// Live mode: a timer that feeds generator ticks into the store; rates below one item per second
// accumulate until a whole item is due.
class PlatformServer::Live
{
public:
    explicit Live(const PlatformServer::Options &options) : generator(generatorOptions(options, -1)) {}
    DataGenerator generator;
    QTimer timer;
    double owed = 0;
};

PlatformServer::PlatformServer(const Options &options, QObject *parent)
    : QObject(parent), m_options(options),
      m_tokens(!options.tokens.isEmpty()        ? TokenTable(options.tokens)
               : options.tokensFile.isEmpty() ? TokenTable::demo()
                                              : TokenTable::fromFile(options.tokensFile))
{
    const FaultSpec faults = FaultSpec::parse(options.faults);   // throws on a bad spec, before any work
    if (options.sizePercent < 0 || options.sizePercent > 100000)
        throw std::invalid_argument("The size must be between 0 and 100000 (percent of the full data set).");
    if (options.reviewItems < -1 || options.reviewItems > 10000000)
        throw std::invalid_argument("The number of review items (--scale) must be between 0 and 10000000.");
    openStore();
    MediaSource media{options.findMedia, options.mediaBytes};
    if (!media.find || !media.bytes) {
        const MediaLibrary &library = MediaLibrary::instance();
        media.find = [&library](const QString &id) { return library.find(id); };
        media.bytes = [&library](const QString &id) { return library.bytes(id); };
    }
    m_http = std::make_unique<Http>(*m_store, m_tokens, faults, options.leaseSeconds, std::move(media),
                                    [this] { notifyChanged(); });
    if (!faults.isEmpty())
        qCInfo(lcPlatformServer) << "injecting faults:" << faults.toString();
    if (options.liveRate > 0) {
        startLive();
        m_live->timer.setInterval(1000);
        connect(&m_live->timer, &QTimer::timeout, this, [this] {
            m_live->owed += m_options.liveRate;
            const int items = int(m_live->owed);
            m_live->owed -= items;
            if (items > 0)
                liveTick(items);
        });
        m_live->timer.start();
    }
}

PlatformServer::~PlatformServer()
{
    m_live.reset();
    m_http.reset();
    m_store.reset();
}

QString PlatformServer::storeFingerprint(const Options &options)
{
    QString fingerprint = QStringLiteral("%1/%2/%3/v%4")
                              .arg(options.seed)
                              .arg(options.sizePercent)
                              .arg(options.reviewItems)
                              .arg(DataGenerator::kDataVersion);
    if (options.generatedAt.isValid())
        fingerprint += QLatin1Char('@') + options.generatedAt.toUTC().toString(Qt::ISODate);
    return fingerprint;
}

void PlatformServer::openStore()
{
    QString path = m_options.dbPath;
    if (path.isEmpty()) {
        m_tempDir = std::make_unique<QTemporaryDir>();
        path = m_tempDir->filePath(QStringLiteral("platform.sqlite"));
    }
    const QString fingerprint = storeFingerprint(m_options);
    if (QFile::exists(path)) {
        // A file that is not a platform store (someone else's database, a damaged file, a newer
        // schema) throws here with a sentence naming it: it is never deleted or overwritten.
        bool reusable = false;
        {
            PlatformStore existing(path);
            reusable = existing.meta(QStringLiteral("generated_with")) == fingerprint;
        }
        if (reusable) {
            m_store = std::make_unique<PlatformStore>(path);
            m_reused = true;
            qCInfo(lcPlatformServer) << "reusing the store" << path << "generated with seed/scale" << fingerprint;
            if (m_options.retain > 0)
                m_store->compact(m_options.retain);
            return;
        }
        // Our own store, generated with another seed or size: it is derived data, so it is rebuilt.
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            if (QFile::exists(path + suffix) && !QFile::remove(path + suffix))
                throw StorageError(StorageError::Kind::Io,
                                   QStringLiteral("Cannot replace the platform store %1: remove it or choose "
                                                  "another --db path.").arg(path + suffix));
    }
    m_store = std::make_unique<PlatformStore>(path);
    QElapsedTimer clock;
    clock.start();
    m_store->beginBatch();
    if (m_options.sizePercent > 0) {
        DataGenerator generator(generatorOptions(m_options, m_options.reviewItems));
        generator.generate(*m_store);
    }
    const qint64 count = m_store->batchCount();
    m_store->setMeta(QStringLiteral("generated_with"), fingerprint);
    m_store->commitBatch();
    // Fold the generation's WAL (as large as the store itself) back into the file at once.
    m_store->database().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    m_generationMs = clock.elapsed();
    qCInfo(lcPlatformServer) << "generated" << count << "entities in" << m_generationMs << "ms into" << path;
    if (m_options.retain > 0)
        m_store->compact(m_options.retain);
}

quint16 PlatformServer::start(const QHostAddress &address, quint16 port)
{
    m_port = m_http->listen(address, port);
    if (m_port == 0) {
        const auto servers = m_http->servers();
        m_error = servers.isEmpty() ? QStringLiteral("Cannot listen on %1:%2.").arg(address.toString()).arg(port)
                                    : servers.constLast()->errorString();
        qCWarning(lcPlatformServer) << "cannot listen:" << m_error;
        return 0;
    }
    m_address = address;
    return m_port;
}

QUrl PlatformServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    QHostAddress host = m_address;
    if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4)
        host = QHostAddress::LocalHost;
    else if (host == QHostAddress::AnyIPv6)
        host = QHostAddress::LocalHostIPv6;
    url.setHost(host.toString());
    url.setPort(m_port);
    return url;
}

PlatformStore &PlatformServer::store() { return *m_store; }

void PlatformServer::notifyChanged()
{
    try {
        if (m_options.retain > 0)
            m_store->compact(m_options.retain);
        m_http->feed().wake();
    } catch (const StorageError &e) {
        qCWarning(lcPlatformServer) << "cannot answer waiting pulls:" << e.message();
    }
}

int PlatformServer::waitingPulls() const { return m_http->feed().parkedCount(); }

namespace {
// The highest number among the store's live ids of `kind` ("rvw-9000123" → 9000123), or 0.
qint64 highestLiveId(PlatformStore &store, EntityKind kind, const QString &prefix, qint64 base)
{
    // Ids are zero-padded to one width per kind, so the text order is the numeric order.
    Statement st(store.database(), QStringLiteral("SELECT max(id) FROM entities WHERE kind = ? AND id > ?"));
    st.bind(1, int(kind));
    st.bind(2, prefix + QString::number(base));
    if (!st.step() || st.columnIsNull(0))
        return 0;
    return st.columnText(0).mid(prefix.size()).toLongLong();
}
} // namespace

void PlatformServer::startLive()
{
    // Live ticks draw from a world of at least 1% size, even on a store generated empty.
    Options live = m_options;
    live.sizePercent = std::max(1, m_options.sizePercent);
    m_live = std::make_unique<Live>(live);
    m_live->generator.continueLiveIdsAfter(
        highestLiveId(*m_store, EntityKind::ReviewItem, QStringLiteral("rvw-"), DataGenerator::liveReviewBase()),
        highestLiveId(*m_store, EntityKind::ShipmentEvent, QStringLiteral("evt-"), DataGenerator::liveEventBase()),
        highestLiveId(*m_store, EntityKind::OrderException, QStringLiteral("exc-"), DataGenerator::liveExceptionBase()));
}

void PlatformServer::liveTick(int items)
{
    if (!m_live)
        startLive();
    try {
        m_store->beginBatch();
        m_live->generator.generateLiveTick(*m_store, QDateTime::currentDateTimeUtc(), items);
        m_store->commitBatch();
    } catch (const StorageError &e) {
        m_store->abortBatch();
        qCWarning(lcPlatformServer) << "live tick not stored:" << e.message();
        return;
    }
    notifyChanged();
}

} // namespace wk::platform
