#include "review/panes/ImageCanvas.h"

#include "review/panes/ImageViewState.h"

#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

namespace wk {

namespace {
constexpr double kHandle = 5.0;       // half the size of a resize handle, logical pixels
constexpr double kMinDrawn = 4.0;     // a smaller drag is a click, not a region
constexpr double kNudge = 0.01;       // Shift+arrow moves a region by 1 % of the image
constexpr double kMinSide = 0.005;

Region normalised(QRectF r)
{
    r = r.normalized().intersected(QRectF(0, 0, 1, 1));
    Region region;
    region.x = r.x();
    region.y = r.y();
    region.width = std::max(r.width(), kMinSide);
    region.height = std::max(r.height(), kMinSide);
    return region;
}

QRectF rectOf(const Region &r) { return {r.x, r.y, r.width, r.height}; }
} // namespace

ImageCanvas::ImageCanvas(ImageViewState *state, QWidget *parent) : QWidget(parent), m_state(state)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    connect(m_state, &ImageViewState::changed, this, qOverload<>(&QWidget::update));
}

void ImageCanvas::setImage(const QImage &image)
{
    m_pixmap = QPixmap::fromImage(image);
    if (!image.isNull())
        m_message.clear();
    update();
}

void ImageCanvas::setMessage(const QString &message, bool isProblem)
{
    m_message = message;
    m_messageIsProblem = isProblem;
    if (!message.isEmpty())
        m_pixmap = {};
    setAccessibleDescription(message);
    update();
}

void ImageCanvas::setRegions(const QList<CanvasRegion> &regions)
{
    m_regions = regions;
    m_selected = -1;
    m_drag = Drag::None;
    update();
    emit selectionChanged(m_selected);
}

void ImageCanvas::setSelectedIndex(int index)
{
    if (index < -1 || index >= m_regions.size())
        index = -1;
    if (index == m_selected)
        return;
    m_selected = index;
    m_drag = Drag::None;   // a drag belongs to the region it started on
    update();
    emit selectionChanged(index);
}

void ImageCanvas::setRegionTag(int index, const QString &tag)
{
    if (index < 0 || index >= m_regions.size() || m_regions[index].region.tag == tag)
        return;
    m_regions[index].region.tag = tag;
    update();
    emit regionsChanged();
}

void ImageCanvas::removeRegion(int index)
{
    if (index < 0 || index >= m_regions.size())
        return;
    m_regions.removeAt(index);
    m_drag = Drag::None;
    m_selected = m_regions.isEmpty() ? -1 : std::min(index, int(m_regions.size()) - 1);
    update();
    emit regionsChanged();
    emit selectionChanged(m_selected);
}

void ImageCanvas::addRegion(const Region &region)
{
    m_regions.append({region, false});
    m_selected = int(m_regions.size()) - 1;
    update();
    emit regionsChanged();
    emit selectionChanged(m_selected);
}

double ImageCanvas::displayScale() const
{
    if (m_pixmap.isNull())
        return 1.0;
    const double fit = std::min(width() / double(m_pixmap.width()), height() / double(m_pixmap.height()));
    return fit * m_state->zoom();
}

QRectF ImageCanvas::imageRect() const
{
    if (m_pixmap.isNull())
        return {};
    const double scale = displayScale();
    const QSizeF shown(m_pixmap.width() * scale, m_pixmap.height() * scale);
    // Centre the image where it is smaller than the view; else follow the shared centre, kept
    // inside so that no empty border scrolls in.
    const auto axis = [](double view, double size, double centre) {
        if (size <= view)
            return (view - size) / 2;
        centre = std::clamp(centre, view / 2 / size, 1.0 - view / 2 / size);
        return view / 2 - centre * size;
    };
    return {axis(width(), shown.width(), m_state->centre().x()), axis(height(), shown.height(), m_state->centre().y()),
            shown.width(), shown.height()};
}

QRectF ImageCanvas::widgetRectOf(const Region &r) const
{
    const QRectF img = imageRect();
    return {img.x() + r.x * img.width(), img.y() + r.y * img.height(), r.width * img.width(), r.height * img.height()};
}

QPointF ImageCanvas::toImage(QPointF p) const
{
    const QRectF img = imageRect();
    if (img.isEmpty())
        return {};
    return {(p.x() - img.x()) / img.width(), (p.y() - img.y()) / img.height()};
}

void ImageCanvas::setCentreClamped(double zoom, QPointF centre) { m_state->set(zoom, centre); }

void ImageCanvas::zoomBy(double factor, QPointF around)
{
    if (m_pixmap.isNull())
        return m_state->set(m_state->zoom() * factor, m_state->centre());
    // Keep the image point under `around` where it is.
    const QPointF under = toImage(around);
    const double zoom = std::clamp(m_state->zoom() * factor, ImageViewState::kMinZoom, ImageViewState::kMaxZoom);
    const double fit = std::min(width() / double(m_pixmap.width()), height() / double(m_pixmap.height()));
    const QSizeF shown(m_pixmap.width() * fit * zoom, m_pixmap.height() * fit * zoom);
    const QPointF topLeft(around.x() - under.x() * shown.width(), around.y() - under.y() * shown.height());
    const QPointF centre((width() / 2.0 - topLeft.x()) / shown.width(), (height() / 2.0 - topLeft.y()) / shown.height());
    setCentreClamped(zoom, centre);
}

void ImageCanvas::panBy(QPointF delta)
{
    const QRectF img = imageRect();
    if (img.isEmpty())
        return;
    // Start from the centre as shown (it may be clamped), so panning answers at once.
    const QPointF shownCentre((width() / 2.0 - img.x()) / img.width(), (height() / 2.0 - img.y()) / img.height());
    QPointF centre(shownCentre.x() - delta.x() / img.width(), shownCentre.y() - delta.y() / img.height());
    const auto clampAxis = [](double view, double size, double c) {
        return size <= view ? 0.5 : std::clamp(c, view / 2 / size, 1.0 - view / 2 / size);
    };
    centre = QPointF(clampAxis(width(), img.width(), centre.x()), clampAxis(height(), img.height(), centre.y()));
    setCentreClamped(m_state->zoom(), centre);
}

int ImageCanvas::regionAt(QPointF p) const
{
    for (int i = int(m_regions.size()) - 1; i >= 0; --i)
        if (widgetRectOf(m_regions.at(i).region).adjusted(-2, -2, 2, 2).contains(p))
            return i;
    return -1;
}

int ImageCanvas::handleAt(QPointF p) const
{
    if (m_selected < 0)
        return -1;
    const QRectF r = widgetRectOf(m_regions.at(m_selected).region);
    const QPointF corners[] = {r.topLeft(), r.topRight(), r.bottomRight(), r.bottomLeft()};
    for (int i = 0; i < 4; ++i)
        if (std::abs(p.x() - corners[i].x()) <= kHandle + 2 && std::abs(p.y() - corners[i].y()) <= kHandle + 2)
            return i;
    return -1;
}

void ImageCanvas::nudgeSelected(double dx, double dy, bool resize)
{
    if (m_selected < 0)
        return;
    Region &r = m_regions[m_selected].region;
    if (resize) {
        r.width = std::clamp(r.width + dx, kMinSide, 1.0 - r.x);
        r.height = std::clamp(r.height + dy, kMinSide, 1.0 - r.y);
    } else {
        r.x = std::clamp(r.x + dx, 0.0, 1.0 - r.width);
        r.y = std::clamp(r.y + dy, 0.0, 1.0 - r.height);
    }
    update();
    emit regionsChanged();
}

void ImageCanvas::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0.0)
        return QWidget::wheelEvent(event);
    if (event->modifiers() & Qt::ShiftModifier)   // Shift+wheel pans, as in most viewers
        panBy(QPointF(0, steps * 40));
    else
        zoomBy(std::pow(ImageViewState::kStep, steps), event->position());
    event->accept();
}

void ImageCanvas::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    m_dragStart = m_lastPos = event->position();
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && (m_spaceHeld || !m_editable))) {
        m_drag = Drag::Pan;
        setCursor(Qt::ClosedHandCursor);
        return;
    }
    if (event->button() != Qt::LeftButton || m_pixmap.isNull())
        return QWidget::mousePressEvent(event);
    if (const int handle = handleAt(event->position()); handle >= 0) {
        m_drag = Drag::Resize;
        m_dragHandle = handle;
        m_dragOrigin = m_regions.at(m_selected).region;
        return;
    }
    if (const int hit = regionAt(event->position()); hit >= 0) {
        setSelectedIndex(hit);
        m_drag = Drag::Move;
        m_dragOrigin = m_regions.at(hit).region;
        return;
    }
    setSelectedIndex(-1);
    m_drag = Drag::Draw;
}

void ImageCanvas::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    const QRectF img = imageRect();
    switch (m_drag) {
    case Drag::Pan:
        panBy(pos - m_lastPos);
        break;
    case Drag::Draw:
        update();
        break;
    case Drag::Move: {
        if (m_selected < 0)
            break;
        Region &r = m_regions[m_selected].region;
        r.x = std::clamp(m_dragOrigin.x + (pos.x() - m_dragStart.x()) / img.width(), 0.0, 1.0 - r.width);
        r.y = std::clamp(m_dragOrigin.y + (pos.y() - m_dragStart.y()) / img.height(), 0.0, 1.0 - r.height);
        update();
        break;
    }
    case Drag::Resize: {
        if (m_selected < 0)
            break;
        QRectF r = rectOf(m_dragOrigin);
        const QPointF p = toImage(pos);
        switch (m_dragHandle) {
        case 0: r.setTopLeft(p); break;
        case 1: r.setTopRight(p); break;
        case 2: r.setBottomRight(p); break;
        default: r.setBottomLeft(p); break;
        }
        Region resized = normalised(r);
        resized.tag = m_dragOrigin.tag;
        resized.note = m_dragOrigin.note;
        m_regions[m_selected].region = resized;
        update();
        break;
    }
    case Drag::None:
        if (m_editable && !m_pixmap.isNull())
            setCursor(handleAt(pos) >= 0 ? Qt::SizeFDiagCursor : regionAt(pos) >= 0 ? Qt::SizeAllCursor : Qt::CrossCursor);
        break;
    }
    m_lastPos = pos;
}

void ImageCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    const Drag drag = std::exchange(m_drag, Drag::None);
    unsetCursor();
    switch (drag) {
    case Drag::Draw: {
        const QPointF end = event->position();
        if (std::abs(end.x() - m_dragStart.x()) < kMinDrawn || std::abs(end.y() - m_dragStart.y()) < kMinDrawn) {
            update();
            break;
        }
        Region region = normalised(QRectF(toImage(m_dragStart), toImage(end)));
        region.tag = m_newTag;
        addRegion(region);
        break;
    }
    case Drag::Move:
    case Drag::Resize:
        if (m_selected >= 0 && !(m_regions.at(m_selected).region == m_dragOrigin))
            emit regionsChanged();
        break;
    default:
        break;
    }
}

bool ImageCanvas::event(QEvent *event)
{
    // Our keys win over the desk's shortcuts while the image has the focus (Alt+arrows and the
    // decision letters stay the desk's).
    if (event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (!(key->modifiers() & (Qt::AltModifier | Qt::MetaModifier))) {
            switch (key->key()) {
            case Qt::Key_Plus: case Qt::Key_Equal: case Qt::Key_Minus: case Qt::Key_0: case Qt::Key_Left:
            case Qt::Key_Right: case Qt::Key_Up: case Qt::Key_Down: case Qt::Key_Insert: case Qt::Key_Delete:
            case Qt::Key_Backspace: case Qt::Key_BracketLeft: case Qt::Key_BracketRight:
                event->accept();
                return true;
            case Qt::Key_Escape:
                if (m_selected >= 0) {
                    event->accept();
                    return true;
                }
                break;
            default:
                break;
            }
        }
    }
    return QWidget::event(event);
}

void ImageCanvas::keyPressEvent(QKeyEvent *event)
{
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    const double panStep = 40;
    const auto arrow = [&](double dx, double dy) {
        if (m_selected >= 0 && m_editable && (shift || ctrl))
            nudgeSelected(dx * kNudge, dy * kNudge, ctrl);
        else
            panBy(QPointF(-dx * panStep, -dy * panStep));
    };
    const QPointF middle(width() / 2.0, height() / 2.0);
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomBy(ImageViewState::kStep, middle); break;
    case Qt::Key_Minus: zoomBy(1 / ImageViewState::kStep, middle); break;
    case Qt::Key_0: m_state->reset(); break;
    case Qt::Key_1: // 100 %: one image pixel per logical pixel
        if (!m_pixmap.isNull())
            m_state->set(m_state->zoom() / displayScale(), m_state->centre());
        break;
    case Qt::Key_Left: arrow(-1, 0); break;
    case Qt::Key_Right: arrow(1, 0); break;
    case Qt::Key_Up: arrow(0, -1); break;
    case Qt::Key_Down: arrow(0, 1); break;
    case Qt::Key_Space: m_spaceHeld = !event->isAutoRepeat() || m_spaceHeld; break;
    case Qt::Key_Insert:
        if (m_editable && !m_pixmap.isNull()) {
            // A new region in the middle of what is on screen, a fifth of the view wide.
            const QPointF c = toImage(middle);
            const QRectF img = imageRect();
            const double w = std::min(0.9, width() / 5.0 / img.width()), h = std::min(0.9, height() / 5.0 / img.height());
            Region region = normalised(QRectF(c.x() - w / 2, c.y() - h / 2, w, h));
            region.tag = m_newTag;
            addRegion(region);
        }
        break;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        if (m_editable && m_selected >= 0)
            removeRegion(m_selected);
        break;
    case Qt::Key_BracketRight:
        if (!m_regions.isEmpty())
            setSelectedIndex((m_selected + 1) % int(m_regions.size()));
        break;
    case Qt::Key_BracketLeft:
        if (!m_regions.isEmpty())
            setSelectedIndex((m_selected <= 0 ? int(m_regions.size()) : m_selected) - 1);
        break;
    case Qt::Key_Escape:
        if (m_selected >= 0) {
            setSelectedIndex(-1);
            break;
        }
        return QWidget::keyPressEvent(event);
    default:
        return QWidget::keyPressEvent(event);
    }
    event->accept();
}

void ImageCanvas::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat())
        m_spaceHeld = false;
    QWidget::keyReleaseEvent(event);
}

void ImageCanvas::focusInEvent(QFocusEvent *event)
{
    update();
    QWidget::focusInEvent(event);
}

void ImageCanvas::focusOutEvent(QFocusEvent *event)
{
    m_spaceHeld = false;
    update();
    QWidget::focusOutEvent(event);
}

QString ImageCanvas::labelOf(const CanvasRegion &region, int index) const
{
    const QString tag = m_labeler ? m_labeler(region.region.tag) : region.region.tag;
    const QString text = QStringLiteral("%1 %2").arg(index + 1).arg(tag.isEmpty() ? tr("untagged") : tag);
    return region.fromAi ? tr("%1 (AI)").arg(text) : text;
}

void ImageCanvas::paintRegions(QPainter &painter)
{
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetricsF metrics(font());
    for (int i = 0; i < m_regions.size(); ++i) {
        const CanvasRegion &region = m_regions.at(i);
        const QRectF r = widgetRectOf(region.region);
        const bool selected = i == m_selected;
        const QColor colour = region.fromAi ? QColor(255, 196, 0) : QColor(0, 200, 255);
        // A dark halo first, so the outline reads on light and dark images alike.
        QPen halo(QColor(0, 0, 0, 170), selected ? 5 : 4);
        halo.setCosmetic(true);
        painter.setPen(halo);
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(r);
        QPen pen(colour, selected ? 3 : 2, region.fromAi ? Qt::DashLine : Qt::SolidLine);
        pen.setCosmetic(true);
        painter.setPen(pen);
        painter.drawRect(r);

        const QString label = labelOf(region, i);
        const QSizeF textSize(metrics.horizontalAdvance(label) + 8, metrics.height() + 2);
        QRectF box(r.topLeft() - QPointF(0, textSize.height()), textSize);
        if (box.top() < 0)
            box.moveTop(r.top());
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0, 0, 0, 190));
        painter.drawRect(box);
        painter.setPen(colour);
        painter.drawText(box, Qt::AlignCenter, label);

        if (selected && m_editable) {
            painter.setPen(QPen(Qt::black, 1));
            painter.setBrush(Qt::white);
            for (const QPointF &c : {r.topLeft(), r.topRight(), r.bottomRight(), r.bottomLeft()})
                painter.drawRect(QRectF(c.x() - kHandle, c.y() - kHandle, 2 * kHandle, 2 * kHandle));
        }
    }
    if (m_drag == Drag::Draw) {
        QPen pen(palette().color(QPalette::Highlight), 2, Qt::DotLine);
        pen.setCosmetic(true);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(m_dragStart, m_lastPos).normalized());
    }
}

void ImageCanvas::paintMessage(QPainter &painter)
{
    const QString text = m_messageIsProblem ? tr("⚠ Cannot show this media\n%1").arg(m_message) : m_message;
    QFont f = font();
    if (m_messageIsProblem)
        f.setBold(true);
    painter.setFont(f);
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(rect().adjusted(16, 16, -16, -16), Qt::AlignCenter | Qt::TextWordWrap, text);
}

void ImageCanvas::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Mid));
    if (!m_pixmap.isNull()) {
        // Smooth when looking at the whole; sharp pixels when zoomed in to judge an artefact.
        painter.setRenderHint(QPainter::SmoothPixmapTransform, displayScale() < 2.0);
        painter.drawPixmap(imageRect(), m_pixmap, QRectF(m_pixmap.rect()));
        paintRegions(painter);
    } else {
        paintMessage(painter);
    }
    if (hasFocus()) {
        QPen focus(palette().color(QPalette::Highlight), 2);
        focus.setCosmetic(true);
        painter.setPen(focus);
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
    }
}

} // namespace wk
