#pragma once
// Paints the frames a QVideoSink receives, letterboxed, or says in words why there is no picture.
// A plain widget rather than QVideoWidget: it grabs offscreen (screenshots, tests) and it shows
// the exact frame after a step, not whatever a native overlay last composited.
#include <QImage>
#include <QWidget>

class QVideoSink;
class QVideoFrame;

namespace wk {

class VideoSurface : public QWidget
{
    Q_OBJECT
public:
    explicit VideoSurface(QWidget *parent = nullptr);

    QVideoSink *sink() const { return m_sink; }
    void setMessage(const QString &message, bool isProblem);
    QString message() const { return m_message; }
    void clearFrame();
    bool hasFrame() const { return !m_frame.isNull(); }
    qint64 frameTimeMs() const { return m_frameTimeMs; }
    QImage currentFrame() const { return m_frame; }

    QSize sizeHint() const override { return {480, 360}; }
    QSize minimumSizeHint() const override { return {160, 120}; }

signals:
    void frameShown(qint64 ms);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void onFrame(const QVideoFrame &frame);

    QVideoSink *m_sink = nullptr;
    QImage m_frame;
    qint64 m_frameTimeMs = -1;
    QString m_message;
    bool m_messageIsProblem = false;
};

} // namespace wk
