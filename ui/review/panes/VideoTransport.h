#pragma once
// Where the video is and how it moves: seeking, frame steps, the J/K/L shuttle (backwards by
// stepping on a timer, as no backend plays backwards reliably), the in/out marks and the loop
// between them. Drives a QMediaPlayer; knows nothing of widgets.
#include <QObject>
#include <optional>

class QMediaPlayer;
class QTimer;

namespace wk {

class VideoTransport : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxSpeed = 4;
    static constexpr qint64 kDefaultFrameMs = 40;   // 25 fps until the file says otherwise

    VideoTransport(QMediaPlayer *player, QObject *parent = nullptr);

    // A new video: paused at the start, no marks, no loop.
    void reset(qint64 durationMs);
    void setDuration(qint64 ms);
    qint64 duration() const { return m_duration; }
    void setFrameDuration(qint64 ms) { m_frameMs = ms; }
    qint64 frameDurationMs() const { return m_frameMs; }
    // While the media cannot play, the shuttle does nothing.
    void setBlocked(bool blocked);

    qint64 position() const { return m_position; }
    int speed() const { return m_speed; }   // negative: backwards; 0: paused
    std::optional<qint64> markIn() const { return m_in; }
    std::optional<qint64> markOut() const { return m_out; }
    bool loops() const { return m_loop; }

    void seek(qint64 ms);
    void stepFrames(int frames);
    void shuttle(int direction);   // J = -1, L = +1: faster each press in the same direction
    void pause();
    void togglePlay();
    void setMarkIn();
    void setMarkOut();
    void setLoop(bool loop);

signals:
    void positionChanged(qint64 ms);
    void stateChanged();   // speed, marks or loop

private:
    void onPlayerPosition(qint64 ms);
    void onReverseTick();
    bool loopReady() const { return m_loop && m_in && m_out && *m_out > *m_in; }

    QMediaPlayer *m_player;
    QTimer *m_reverse;
    qint64 m_duration = 0;
    qint64 m_position = 0;
    qint64 m_frameMs = kDefaultFrameMs;
    int m_speed = 0;
    bool m_blocked = false;
    bool m_loop = false;
    std::optional<qint64> m_in, m_out;
};

} // namespace wk
