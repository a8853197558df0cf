#include "review/panes/VideoSurface.h"

#include <QPainter>
#include <QVideoFrame>
#include <QVideoSink>

namespace wk {

VideoSurface::VideoSurface(QWidget *parent) : QWidget(parent), m_sink(new QVideoSink(this))
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    connect(m_sink, &QVideoSink::videoFrameChanged, this, &VideoSurface::onFrame);
}

void VideoSurface::onFrame(const QVideoFrame &frame)
{
    if (!frame.isValid())
        return;
    m_frame = frame.toImage();
    m_frameTimeMs = frame.startTime() >= 0 ? frame.startTime() / 1000 : -1;
    if (!m_frame.isNull())
        m_message.clear();
    update();
    emit frameShown(m_frameTimeMs);
}

void VideoSurface::setMessage(const QString &message, bool isProblem)
{
    m_message = message;
    m_messageIsProblem = isProblem;
    setAccessibleDescription(message);
    if (isProblem)
        m_frame = {};
    update();
}

void VideoSurface::clearFrame()
{
    m_frame = {};
    m_frameTimeMs = -1;
    update();
}

void VideoSurface::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::black);
    if (!m_frame.isNull() && m_message.isEmpty()) {
        const QSizeF size = QSizeF(m_frame.size()).scaled(QSizeF(this->size()), Qt::KeepAspectRatio);
        const QRectF target(QPointF((width() - size.width()) / 2, (height() - size.height()) / 2), size);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.drawImage(target, m_frame);
        return;
    }
    QFont f = font();
    f.setBold(m_messageIsProblem);
    painter.setFont(f);
    painter.setPen(Qt::white);
    const QString text = m_messageIsProblem ? tr("⚠ Cannot play this video\n%1").arg(m_message) : m_message;
    painter.drawText(rect().adjusted(16, 16, -16, -16), Qt::AlignCenter | Qt::TextWordWrap, text);
}

} // namespace wk
