#pragma once
// One image with zoom and pan, and (when editable) the regions drawn on it: drawn with the mouse
// or Insert, moved and resized by mouse or Shift/Ctrl+arrows, deleted with Delete. Regions are
// normalised (0..1) so that they survive any zoom and resolution. The AI's suspect regions are
// dashed and labelled "AI"; the supervisor's are solid — the meaning is in the line and the label,
// not only in the colour.
#include "domain/Entities.h"

#include <QPixmap>
#include <QPointer>
#include <QWidget>
#include <functional>

namespace wk {

class ImageViewState;

struct CanvasRegion {
    Region region;
    bool fromAi = false;
    friend bool operator==(const CanvasRegion &, const CanvasRegion &) = default;
};

class ImageCanvas : public QWidget
{
    Q_OBJECT
public:
    explicit ImageCanvas(ImageViewState *state, QWidget *parent = nullptr);

    void setImage(const QImage &image);
    bool hasImage() const { return !m_pixmap.isNull(); }
    // What to say instead of the image (loading, or why it cannot be shown).
    void setMessage(const QString &message, bool isProblem);
    QString message() const { return m_message; }

    void setEditable(bool editable) { m_editable = editable; }
    void setNewRegionTag(const QString &tag) { m_newTag = tag; }
    void setTagLabeler(std::function<QString(const QString &)> labeler) { m_labeler = std::move(labeler); }

    QList<CanvasRegion> regions() const { return m_regions; }
    void setRegions(const QList<CanvasRegion> &regions);
    int selectedIndex() const { return m_selected; }
    void setSelectedIndex(int index);
    void setRegionTag(int index, const QString &tag);
    void removeRegion(int index);
    void addRegion(const Region &region);

    // Actual pixels per image pixel (1.0 = 100 %), in logical pixels.
    double displayScale() const;
    // Where the image is drawn, in widget coordinates.
    QRectF imageRect() const;
    QRectF widgetRectOf(const Region &region) const;

    void zoomBy(double factor, QPointF around);
    void panBy(QPointF widgetDelta);

    QSize sizeHint() const override { return {420, 420}; }
    QSize minimumSizeHint() const override { return {160, 160}; }

signals:
    void regionsChanged();
    void selectionChanged(int index);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    enum class Drag { None, Pan, Draw, Move, Resize };
    QPointF toImage(QPointF widgetPoint) const;   // normalised
    int regionAt(QPointF widgetPoint) const;
    int handleAt(QPointF widgetPoint) const;      // corner 0..3 of the selected region, or -1
    void setCentreClamped(double zoom, QPointF centre);
    void nudgeSelected(double dx, double dy, bool resize);
    void paintRegions(QPainter &painter);
    void paintMessage(QPainter &painter);
    QString labelOf(const CanvasRegion &region, int index) const;

    QPointer<ImageViewState> m_state;
    QPixmap m_pixmap;
    QString m_message;
    bool m_messageIsProblem = false;
    bool m_editable = false;
    bool m_spaceHeld = false;
    QString m_newTag;
    std::function<QString(const QString &)> m_labeler;
    QList<CanvasRegion> m_regions;
    int m_selected = -1;

    Drag m_drag = Drag::None;
    QPointF m_dragStart;        // widget coordinates
    QPointF m_lastPos;
    Region m_dragOrigin;        // the region as it was when the drag started
    int m_dragHandle = -1;
};

} // namespace wk
