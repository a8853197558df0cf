#pragma once
// The strip under a video: thumbnails along the time axis, the AI's suspect ranges (hatched,
// labelled "AI") and the supervisor's tagged ranges (solid, labelled with their tag), the in/out
// marks and the playhead. Click to seek, click a range to select it, drag its edges to adjust it.
#include "domain/Entities.h"

#include <QImage>
#include <QWidget>
#include <functional>
#include <optional>

namespace wk {

struct TimelineRange {
    TimeRange range;
    bool fromAi = false;
    friend bool operator==(const TimelineRange &, const TimelineRange &) = default;
};

class VideoTimeline : public QWidget
{
    Q_OBJECT
public:
    explicit VideoTimeline(QWidget *parent = nullptr);

    void setDuration(qint64 ms);
    qint64 duration() const { return m_duration; }
    void setPosition(qint64 ms);
    void setMarks(std::optional<qint64> in, std::optional<qint64> out);
    void setTagLabeler(std::function<QString(const QString &)> labeler) { m_labeler = std::move(labeler); }

    void setThumbnailCount(int count);
    int thumbnailCount() const { return int(m_thumbnails.size()); }
    void setThumbnail(int index, const QImage &image);
    int thumbnailsFilled() const;

    QList<TimelineRange> ranges() const { return m_ranges; }
    void setRanges(const QList<TimelineRange> &ranges);
    int selectedIndex() const { return m_selected; }
    void setSelectedIndex(int index);
    int addRange(const TimeRange &range);
    void removeRange(int index);
    void setRangeBounds(int index, qint64 startMs, qint64 endMs);
    void setRangeTag(int index, const QString &tag);

    double xOf(qint64 ms) const;
    qint64 msAt(double x) const;

    QSize sizeHint() const override { return {600, 96}; }
    QSize minimumSizeHint() const override { return {200, 80}; }

signals:
    void seekRequested(qint64 ms);
    void rangesChanged();
    void selectionChanged(int index);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    QRectF stripRect() const;   // where the thumbnails and ranges are
    QRectF rangeRect(const TimeRange &range) const;
    int rangeAt(QPointF p) const;
    int edgeAt(QPointF p, int *which) const;   // index of the selected range whose edge is at p
    QString labelOf(const TimelineRange &range) const;

    qint64 m_duration = 0;
    qint64 m_position = 0;
    std::optional<qint64> m_in, m_out;
    QList<QImage> m_thumbnails;
    QList<TimelineRange> m_ranges;
    int m_selected = -1;
    std::function<QString(const QString &)> m_labeler;
    enum class Drag { None, Seek, Start, End } m_drag = Drag::None;
    TimeRange m_dragOrigin;
};

} // namespace wk
