#include "review/panes/VideoThumbnailer.h"

#include <QMediaPlayer>
#include <QTimer>
#include <QVideoFrame>
#include <QVideoSink>

namespace wk {

namespace {
constexpr double kRate = 4.0;            // through the file four times faster than real time
constexpr int kWatchdogMs = 20000;       // a stuck backend must not keep a player running
} // namespace

VideoThumbnailer::VideoThumbnailer(QObject *parent)
    : QObject(parent), m_player(new QMediaPlayer(this)), m_sink(new QVideoSink(this)), m_watchdog(new QTimer(this))
{
    m_player->setVideoSink(m_sink);
    m_watchdog->setSingleShot(true);
    connect(m_watchdog, &QTimer::timeout, this, &VideoThumbnailer::finish);
    connect(m_sink, &QVideoSink::videoFrameChanged, this, &VideoThumbnailer::onFrame);
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, [this](QMediaPlayer::MediaStatus status) {
        if (m_running && (status == QMediaPlayer::EndOfMedia || status == QMediaPlayer::InvalidMedia))
            finish();
    });
    connect(m_player, &QMediaPlayer::errorOccurred, this, [this] {
        if (m_running)
            finish();
    });
}

VideoThumbnailer::~VideoThumbnailer()
{
    m_running = false;
    m_player->stop();
}

void VideoThumbnailer::start(const QString &file, int count, qint64 durationMs, int height)
{
    stop();
    if (count <= 0 || durationMs <= 0 || !m_player->isAvailable())
        return;
    m_done = QList<bool>(count, false);
    m_duration = durationMs;
    m_height = height;
    m_made = 0;
    m_running = true;
    m_player->setSource(QUrl::fromLocalFile(file));
    m_player->setPlaybackRate(kRate);
    m_player->play();
    m_watchdog->start(kWatchdogMs);
}

void VideoThumbnailer::stop()
{
    m_running = false;
    m_watchdog->stop();
    m_player->stop();
    m_player->setSource(QUrl());
}

void VideoThumbnailer::onFrame(const QVideoFrame &frame)
{
    if (!m_running || !frame.isValid() || m_done.isEmpty())
        return;
    const qint64 ms = frame.startTime() / 1000;
    const int slot = int(std::clamp<qint64>(ms * m_done.size() / m_duration, 0, m_done.size() - 1));
    if (m_done.at(slot))
        return;
    const QImage image = frame.toImage();
    if (image.isNull())
        return;
    m_done[slot] = true;
    ++m_made;
    emit thumbnail(slot, image.scaledToHeight(m_height, Qt::SmoothTransformation));
    if (m_made == m_done.size())
        finish();
}

void VideoThumbnailer::finish()
{
    if (!m_running)
        return;
    const int made = m_made;
    // Stop from the event loop, not from inside the backend's signal.
    QTimer::singleShot(0, this, [this] {
        if (!m_running)
            m_player->stop();
    });
    m_running = false;
    m_watchdog->stop();
    emit finished(made);
}

} // namespace wk
