#pragma once
// "Take N items offline" (sync rule: offline on purpose): claims the N most urgent open review items
// with a long lease, so that nobody else takes them while the supervisor is away from the network,
// and downloads their media into the MediaCache so that they can be reviewed without it. Reports a
// progress line as it goes and ends with a sentence either way.
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace wk {

class Workspace;
struct MediaAsset;

class TakeOffline : public QObject
{
    Q_OBJECT
public:
    static constexpr int kLeaseSeconds = 8 * 60 * 60;
    static constexpr int kMaxItems = 500;   // one push batch

    explicit TakeOffline(Workspace *workspace, QObject *parent = nullptr);
    ~TakeOffline() override;

    bool isRunning() const { return m_running; }
    void run(int count);

    struct Candidate {
        QString id;
        qint64 version = 0;
        QList<MediaAsset> media;
    };
    // The `count` most urgent open items nobody holds (or whose lease ran out) and without a command
    // of ours still waiting. Runs on any thread with its own connection.
    static QList<Candidate> candidates(const QString &cachePath, int count, QString *error);

signals:
    void progress(const QString &line);
    void finished(bool ok, const QString &sentence);

private:
    void claim(const QList<Candidate> &items);
    void onSubmitted(const QStringList &ids);
    void onFailed(const QStringList &ids, const QString &sentence);
    void fetchMedia();
    void onMediaReady(const QString &assetId);
    void onMediaFailed(const QString &assetId, const QString &sentence);
    void reportMedia();
    void finish(bool ok, const QString &sentence);

    QPointer<Workspace> m_workspace;
    bool m_running = false;
    QList<Candidate> m_items;
    QStringList m_commandIds;
    QSet<QString> m_waitingMedia;   // asset ids still downloading
    int m_mediaTotal = 0;
    int m_mediaFailed = 0;
    QString m_lastMediaError;
};

} // namespace wk
