#include "review/panes/VideoTimeline.h"

#include <QMouseEvent>
#include <QPainter>
#include <algorithm>

namespace wk {

namespace {
constexpr double kMargin = 6;
constexpr double kLabelHeight = 18;
constexpr double kEdgeGrab = 5;
constexpr qint64 kMinRangeMs = 10;
} // namespace

VideoTimeline::VideoTimeline(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::NoFocus);   // the keys belong to the pane around it
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setFixedHeight(96);
}

void VideoTimeline::setDuration(qint64 ms)
{
    m_duration = std::max<qint64>(0, ms);
    update();
}

void VideoTimeline::setPosition(qint64 ms)
{
    m_position = ms;
    update();
}

void VideoTimeline::setMarks(std::optional<qint64> in, std::optional<qint64> out)
{
    m_in = in;
    m_out = out;
    update();
}

void VideoTimeline::setThumbnailCount(int count)
{
    m_thumbnails = QList<QImage>(std::max(0, count));
    update();
}

void VideoTimeline::setThumbnail(int index, const QImage &image)
{
    if (index < 0 || index >= m_thumbnails.size())
        return;
    m_thumbnails[index] = image;
    update();
}

int VideoTimeline::thumbnailsFilled() const
{
    return int(std::count_if(m_thumbnails.cbegin(), m_thumbnails.cend(), [](const QImage &i) { return !i.isNull(); }));
}

void VideoTimeline::setRanges(const QList<TimelineRange> &ranges)
{
    m_ranges = ranges;
    m_selected = -1;
    m_drag = Drag::None;   // a drag on the previous item's ranges ends here
    update();
    emit selectionChanged(-1);
}

void VideoTimeline::setSelectedIndex(int index)
{
    if (index < -1 || index >= m_ranges.size())
        index = -1;
    if (index == m_selected)
        return;
    m_selected = index;
    m_drag = Drag::None;   // a drag belongs to the region it started on
    update();
    emit selectionChanged(index);
}

int VideoTimeline::addRange(const TimeRange &range)
{
    m_ranges.append({range, false});
    m_selected = int(m_ranges.size()) - 1;
    update();
    emit rangesChanged();
    emit selectionChanged(m_selected);
    return m_selected;
}

void VideoTimeline::removeRange(int index)
{
    if (index < 0 || index >= m_ranges.size())
        return;
    m_ranges.removeAt(index);
    m_drag = Drag::None;
    m_selected = m_ranges.isEmpty() ? -1 : std::min(index, int(m_ranges.size()) - 1);
    update();
    emit rangesChanged();
    emit selectionChanged(m_selected);
}

void VideoTimeline::setRangeBounds(int index, qint64 startMs, qint64 endMs)
{
    if (index < 0 || index >= m_ranges.size())
        return;
    if (startMs > endMs)
        std::swap(startMs, endMs);
    startMs = std::clamp<qint64>(startMs, 0, m_duration > 0 ? m_duration : startMs);
    endMs = std::clamp<qint64>(endMs, startMs + kMinRangeMs, std::max(m_duration, startMs + kMinRangeMs));
    TimeRange &r = m_ranges[index].range;
    if (r.startMs == startMs && r.endMs == endMs)
        return;
    r.startMs = startMs;
    r.endMs = endMs;
    update();
    emit rangesChanged();
}

void VideoTimeline::setRangeTag(int index, const QString &tag)
{
    if (index < 0 || index >= m_ranges.size() || m_ranges[index].range.tag == tag)
        return;
    m_ranges[index].range.tag = tag;
    update();
    emit rangesChanged();
}

QRectF VideoTimeline::stripRect() const
{
    return QRectF(kMargin, kLabelHeight, width() - 2 * kMargin, height() - kLabelHeight - kMargin);
}

double VideoTimeline::xOf(qint64 ms) const
{
    const QRectF strip = stripRect();
    return m_duration <= 0 ? strip.left() : strip.left() + strip.width() * double(ms) / double(m_duration);
}

qint64 VideoTimeline::msAt(double x) const
{
    const QRectF strip = stripRect();
    if (m_duration <= 0 || strip.width() <= 0)
        return 0;
    return std::clamp<qint64>(qint64((x - strip.left()) / strip.width() * double(m_duration) + 0.5), 0, m_duration);
}

QRectF VideoTimeline::rangeRect(const TimeRange &range) const
{
    const QRectF strip = stripRect();
    const double left = xOf(range.startMs);
    return {left, strip.top(), std::max(2.0, xOf(range.endMs) - left), strip.height()};
}

int VideoTimeline::rangeAt(QPointF p) const
{
    for (int i = int(m_ranges.size()) - 1; i >= 0; --i)
        if (rangeRect(m_ranges.at(i).range).adjusted(-2, 0, 2, 0).contains(p))
            return i;
    return -1;
}

int VideoTimeline::edgeAt(QPointF p, int *which) const
{
    if (m_selected < 0)
        return -1;
    const QRectF r = rangeRect(m_ranges.at(m_selected).range);
    if (p.y() < r.top() || p.y() > r.bottom())
        return -1;
    if (std::abs(p.x() - r.left()) <= kEdgeGrab) {
        *which = 0;
        return m_selected;
    }
    if (std::abs(p.x() - r.right()) <= kEdgeGrab) {
        *which = 1;
        return m_selected;
    }
    return -1;
}

void VideoTimeline::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    const QPointF p = event->position();
    int which = 0;
    if (edgeAt(p, &which) >= 0) {
        m_drag = which == 0 ? Drag::Start : Drag::End;
        m_dragOrigin = m_ranges.at(m_selected).range;
        return;
    }
    setSelectedIndex(rangeAt(p));
    m_drag = Drag::Seek;
    emit seekRequested(msAt(p.x()));
}

void VideoTimeline::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF p = event->position();
    switch (m_drag) {
    case Drag::Seek:
        emit seekRequested(msAt(p.x()));
        break;
    case Drag::Start:
    case Drag::End: {
        if (m_selected < 0)
            break;
        TimeRange &r = m_ranges[m_selected].range;
        const qint64 at = msAt(p.x());
        if (m_drag == Drag::Start)
            r.startMs = std::min(at, r.endMs - kMinRangeMs);
        else
            r.endMs = std::max(at, r.startMs + kMinRangeMs);
        emit seekRequested(at);   // show the frame at the edge being placed
        update();
        break;
    }
    case Drag::None: {
        int which = 0;
        setCursor(edgeAt(p, &which) >= 0 ? Qt::SizeHorCursor : Qt::PointingHandCursor);
        break;
    }
    }
}

void VideoTimeline::mouseReleaseEvent(QMouseEvent *)
{
    const Drag drag = std::exchange(m_drag, Drag::None);
    if ((drag == Drag::Start || drag == Drag::End) && m_selected >= 0 && !(m_ranges.at(m_selected).range == m_dragOrigin))
        emit rangesChanged();
}

QString VideoTimeline::labelOf(const TimelineRange &range) const
{
    const QString tag = m_labeler ? m_labeler(range.range.tag) : range.range.tag;
    return range.fromAi ? tr("AI: %1").arg(tag) : tag;
}

void VideoTimeline::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    const QRectF strip = stripRect();
    painter.fillRect(strip, palette().color(QPalette::Dark));

    // Thumbnails, each in its own slice of time, cropped to fill the slice.
    if (!m_thumbnails.isEmpty()) {
        const double w = strip.width() / m_thumbnails.size();
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        for (int i = 0; i < m_thumbnails.size(); ++i) {
            const QImage &thumb = m_thumbnails.at(i);
            if (thumb.isNull())
                continue;
            const QRectF target(strip.left() + i * w, strip.top(), w, strip.height());
            const double scale = std::max(target.width() / thumb.width(), target.height() / thumb.height());
            const QSizeF source(target.width() / scale, target.height() / scale);
            painter.drawImage(target, thumb,
                              QRectF(QPointF((thumb.width() - source.width()) / 2, (thumb.height() - source.height()) / 2), source));
        }
    }

    // In/out: the marked span is lit, the rest dimmed.
    if (m_in || m_out) {
        const double left = xOf(m_in.value_or(0)), right = xOf(m_out.value_or(m_duration));
        painter.fillRect(QRectF(strip.left(), strip.top(), left - strip.left(), strip.height()), QColor(0, 0, 0, 120));
        painter.fillRect(QRectF(right, strip.top(), strip.right() - right, strip.height()), QColor(0, 0, 0, 120));
        painter.setPen(QPen(palette().color(QPalette::Text), 1));
        if (m_in)
            painter.drawText(QRectF(left - 10, 0, 20, kLabelHeight), Qt::AlignCenter, tr("I"));
        if (m_out)
            painter.drawText(QRectF(right - 10, 0, 20, kLabelHeight), Qt::AlignCenter, tr("O"));
    }

    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetricsF metrics(font());
    for (int i = 0; i < m_ranges.size(); ++i) {
        const TimelineRange &range = m_ranges.at(i);
        const QRectF r = rangeRect(range.range);
        const QColor colour = range.fromAi ? QColor(255, 196, 0) : QColor(0, 200, 255);
        QColor fill = colour;
        fill.setAlpha(70);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QBrush(fill, range.fromAi ? Qt::BDiagPattern : Qt::SolidPattern));
        painter.drawRect(r);
        painter.setBrush(fill);
        painter.drawRect(r);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(colour, i == m_selected ? 3 : 2, range.fromAi ? Qt::DashLine : Qt::SolidLine));
        painter.drawRect(r);
        // The label sits on the strip's bottom edge, on a dark box, so it reads over any frame.
        const QString label = QStringLiteral("%1 %2").arg(i + 1).arg(labelOf(range));
        const QRectF box(r.left(), strip.bottom() - metrics.height() - 2, metrics.horizontalAdvance(label) + 6,
                         metrics.height() + 2);
        painter.fillRect(box, QColor(0, 0, 0, 190));
        painter.setPen(colour);
        painter.drawText(box, Qt::AlignCenter, label);
    }

    // The playhead, with its time above it.
    const double x = xOf(m_position);
    painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
    painter.drawLine(QPointF(x, strip.top() - 4), QPointF(x, strip.bottom()));
    painter.setBrush(palette().color(QPalette::Highlight));
    painter.drawPolygon(QPolygonF({QPointF(x - 5, strip.top() - 8), QPointF(x + 5, strip.top() - 8), QPointF(x, strip.top() - 2)}));
}

} // namespace wk
