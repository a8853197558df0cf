#include "review/panes/VideoTransport.h"

#include <QMediaPlayer>
#include <QTimer>
#include <algorithm>

namespace wk {

VideoTransport::VideoTransport(QMediaPlayer *player, QObject *parent)
    : QObject(parent), m_player(player), m_reverse(new QTimer(this))
{
    m_reverse->setTimerType(Qt::PreciseTimer);
    connect(m_reverse, &QTimer::timeout, this, &VideoTransport::onReverseTick);
    connect(m_player, &QMediaPlayer::positionChanged, this, &VideoTransport::onPlayerPosition);
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, [this](QMediaPlayer::MediaStatus status) {
        if (status == QMediaPlayer::EndOfMedia && m_speed > 0) {
            m_speed = 0;
            emit stateChanged();
        }
    });
}

void VideoTransport::reset(qint64 durationMs)
{
    pause();
    m_duration = std::max<qint64>(0, durationMs);
    m_position = 0;
    m_frameMs = kDefaultFrameMs;
    m_in.reset();
    m_out.reset();
    m_loop = false;
    m_blocked = false;
    emit positionChanged(0);
    emit stateChanged();
}

void VideoTransport::setDuration(qint64 ms)
{
    if (ms > 0)
        m_duration = ms;
}

void VideoTransport::setBlocked(bool blocked)
{
    m_blocked = blocked;
    if (blocked)
        pause();
}

void VideoTransport::seek(qint64 ms)
{
    m_position = std::clamp<qint64>(ms, 0, m_duration > 0 ? m_duration : std::max<qint64>(ms, 0));
    m_player->setPosition(m_position);
    emit positionChanged(m_position);
}

void VideoTransport::pause()
{
    m_reverse->stop();
    if (m_player->playbackState() == QMediaPlayer::PlayingState)
        m_player->pause();
    if (m_speed != 0) {
        m_speed = 0;
        emit stateChanged();
    }
}

void VideoTransport::stepFrames(int frames)
{
    pause();
    seek(m_position + frames * m_frameMs);
}

void VideoTransport::togglePlay()
{
    if (m_speed != 0)
        return pause();
    shuttle(1);
}

void VideoTransport::shuttle(int direction)
{
    if (m_blocked)
        return;
    // Same direction again: faster (1×, 2×, 4×); the other direction starts at 1×.
    m_speed = (m_speed == 0 || (m_speed > 0) != (direction > 0)) ? direction
                                                                  : std::clamp(m_speed * 2, -kMaxSpeed, kMaxSpeed);
    if (m_speed > 0) {
        m_reverse->stop();
        // From the last frame, forwards means from the start again.
        if (m_duration > 0 && m_position + m_frameMs >= m_duration)
            seek(0);
        if (loopReady() && (m_position < *m_in || m_position >= *m_out))
            seek(*m_in);
        m_player->setPlaybackRate(m_speed);
        m_player->play();
    } else {
        m_player->pause();
        m_reverse->start(int(m_frameMs));
    }
    emit stateChanged();
}

void VideoTransport::onReverseTick()
{
    qint64 next = m_position + m_speed * m_frameMs;
    if (loopReady() && next < *m_in)
        next = *m_out;
    if (next <= 0) {
        seek(0);
        return pause();
    }
    seek(next);
}

void VideoTransport::onPlayerPosition(qint64 ms)
{
    if (m_reverse->isActive() || m_player->playbackState() != QMediaPlayer::PlayingState)
        return;   // while paused or shuttling back, our own seeks say where we are
    if (loopReady() && ms >= *m_out)
        return seek(*m_in);
    m_position = ms;
    emit positionChanged(ms);
}

void VideoTransport::setMarkIn()
{
    m_in = m_position;
    if (m_out && *m_out <= *m_in)
        m_out.reset();
    emit stateChanged();
}

void VideoTransport::setMarkOut()
{
    m_out = m_position;
    if (m_in && *m_in >= *m_out)
        m_in.reset();
    emit stateChanged();
}

void VideoTransport::setLoop(bool loop)
{
    if (loop == m_loop)
        return;
    m_loop = loop;
    if (loopReady() && m_speed == 0)
        seek(*m_in);
    emit stateChanged();
}

} // namespace wk
