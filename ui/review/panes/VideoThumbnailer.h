#pragma once
// Decodes a row of thumbnails for the timeline with a second, silent player of its own: it runs
// through the file faster than real time and keeps one frame per slice of time. Decoding happens
// in the multimedia backend's threads; only the small scaled copies reach the UI thread's data.
#include <QImage>
#include <QObject>
#include <QUrl>

class QMediaPlayer;
class QVideoFrame;
class QVideoSink;
class QTimer;

namespace wk {

class VideoThumbnailer : public QObject
{
    Q_OBJECT
public:
    explicit VideoThumbnailer(QObject *parent = nullptr);
    ~VideoThumbnailer() override;

    // Starts over for `file`, `count` thumbnails `height` pixels high over `durationMs`.
    void start(const QString &file, int count, qint64 durationMs, int height);
    void stop();
    bool running() const { return m_running; }

signals:
    void thumbnail(int index, const QImage &image);
    void finished(int made);

private:
    void onFrame(const QVideoFrame &frame);
    void finish();

    QMediaPlayer *m_player = nullptr;
    QVideoSink *m_sink = nullptr;
    QTimer *m_watchdog = nullptr;
    QList<bool> m_done;
    qint64 m_duration = 0;
    int m_height = 48;
    int m_made = 0;
    bool m_running = false;
};

} // namespace wk
