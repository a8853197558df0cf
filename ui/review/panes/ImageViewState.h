#pragma once
// The zoom and scroll that the generated image and the supplier's source photo share, so that
// both show the same part at the same zoom. Zoom is relative to "fit" (1.0 = the whole image
// fits); the centre is in normalised image coordinates, so images of other sizes line up too.
#include <QObject>
#include <QPointF>
#include <algorithm>

namespace wk {

class ImageViewState : public QObject
{
    Q_OBJECT
public:
    static constexpr double kMinZoom = 0.25;
    static constexpr double kMaxZoom = 64.0;
    static constexpr double kStep = 1.25;

    using QObject::QObject;

    double zoom() const { return m_zoom; }
    QPointF centre() const { return m_centre; }

    void set(double zoom, QPointF centre)
    {
        zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
        centre = QPointF(std::clamp(centre.x(), 0.0, 1.0), std::clamp(centre.y(), 0.0, 1.0));
        if (zoom == m_zoom && centre == m_centre)
            return;
        m_zoom = zoom;
        m_centre = centre;
        emit changed();
    }
    void reset() { set(1.0, QPointF(0.5, 0.5)); }

signals:
    void changed();

private:
    double m_zoom = 1.0;
    QPointF m_centre{0.5, 0.5};
};

} // namespace wk
