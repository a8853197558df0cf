#pragma once
// The reference platform: a real HTTP server of the API (/work/wt/notes/API.md, resources/api/openapi.yaml)
// over its own SQLite store. The executable `watchkeeper-platform` is a thin main() around it, and
// `watchkeeper --demo` runs the same class in-process:
//
//     wk::platform::PlatformServer::Options options;
//     options.dbPath = dataDir + "/demo-platform.sqlite";   // reused when seed and sizes match
//     options.liveRate = 0.5;                               // new flagged items per second
//     wk::platform::PlatformServer server(options);         // opens/generates the store (may take seconds)
//     if (server.start(QHostAddress::LocalHost) == 0) ...   // port 0: any free port
//     client.setBaseUrl(server.baseUrl());                  // http://127.0.0.1:<port>
//
// Everything runs on the thread that owns the object (its event loop must run). Generating a full
// store takes seconds, so a GUI creates, uses and destroys it on a worker QThread (as
// tests/bench/bench_platform_pull.cpp does) and only hands baseUrl() to the UI. The constructor
// throws wk::StorageError if the store cannot be opened and std::invalid_argument for a bad option
// (fault spec, tokens file).
#include "Tokens.h"
#include "generator/MediaLibrary.h"

#include <QDateTime>
#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QUrl>
#include <functional>
#include <memory>

class QTemporaryDir;

namespace wk::platform {

class PlatformStore;

class PlatformServer : public QObject
{
    Q_OBJECT
public:
    struct Options {
        QString dbPath;            // empty: a temporary store, removed with the server
        quint64 seed = 7;          // the same seed and sizes give the same data
        int reviewItems = -1;      // --scale: exactly this many review items; -1: derived from the products
        int sizePercent = 100;     // --size: size in percent of the full data set (2,000 suppliers, 20,000
                                   // products, 50,000 orders); 0: an empty store (tests fill it)
        double liveRate = 0;       // live mode: new items per second; 0 = off
        QList<SupervisorToken> tokens;   // who may call; empty: tokensFile, else the demo tokens
        QString tokensFile;        // "token supervisor_id display name" lines
        QString faults;            // FaultSpec grammar (FaultInjector.h); empty: none
        qint64 retain = 0;         // keep only the last N change-log rows (older cursors get 410); 0 = all
        int leaseSeconds = 300;    // default claim length, reported by /v1/me
        // The generated data's "now" (ages, SLA due times, metric periods); invalid: the generator's
        // fixed date, so that tests and benchmarks get the same data on any day. The demo passes
        // today, or every item would be weeks past its SLA.
        QDateTime generatedAt;
        // What /v1/media serves; unset: MediaLibrary::instance(). Tests serve their own bytes.
        std::function<const MediaEntry *(const QString &id)> findMedia;
        std::function<QByteArray(const QString &id)> mediaBytes;
    };

    explicit PlatformServer(const Options &options, QObject *parent = nullptr);

    // What a store generated with these options is marked with; a store is reused only when its
    // mark matches (tools that fill a store themselves mark it with this too).
    static QString storeFingerprint(const Options &options);
    ~PlatformServer() override;

    // Listens; returns the bound port, 0 if it could not listen (see errorString()).
    quint16 start(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    QUrl baseUrl() const;
    QString errorString() const { return m_error; }

    const TokenTable &tokens() const { return m_tokens; }
    bool usesDemoTokens() const { return m_options.tokens.isEmpty() && m_options.tokensFile.isEmpty(); }
    // True if the store file was reused; else how long generating it took.
    bool reusedStore() const { return m_reused; }
    qint64 generationMs() const { return m_generationMs; }

    // For tests and tools that write to the store directly: call notifyChanged() after committing,
    // so that waiting pulls are answered and the retention limit applies.
    PlatformStore &store();
    void notifyChanged();
    // Long polls parked until a change or their wait runs out.
    int waitingPulls() const;
    // Live mode by hand: one generator tick of `items` items, committed and announced.
    void liveTick(int items);

private:
    class Http;
    class Live;
    void openStore();
    void startLive();

    Options m_options;
    TokenTable m_tokens;
    std::unique_ptr<QTemporaryDir> m_tempDir;
    std::unique_ptr<PlatformStore> m_store;
    std::unique_ptr<Http> m_http;
    std::unique_ptr<Live> m_live;
    QHostAddress m_address;
    quint16 m_port = 0;
    QString m_error;
    bool m_reused = false;
    qint64 m_generationMs = 0;
};

} // namespace wk::platform
