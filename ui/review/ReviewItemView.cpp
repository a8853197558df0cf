#include "review/ReviewItemView.h"

// The base shows nothing of its own: ui/review/panes provide the per-kind views. It keeps the
// item so that the desk can decide even before a pane exists for its kind.
namespace wk {

ReviewItemView::ReviewItemView(QWidget *parent) : QWidget(parent) {}

ReviewItemView::~ReviewItemView() = default;

void ReviewItemView::showItem(const ReviewItem &item, const std::optional<Product> &product)
{
    m_item = item;
    m_product = product;
    m_mediaProblem.clear();
}

void ReviewItemView::clear()
{
    m_item.reset();
    m_product.reset();
    m_mediaProblem.clear();
}

void ReviewItemView::setMediaFile(const QString &assetId, const QString &path, const QString &error)
{
    Q_UNUSED(assetId)
    if (path.isEmpty())
        m_mediaProblem = error;
}

ReviewAnnotations ReviewItemView::annotations() const
{
    ReviewAnnotations annotations;
    if (m_item) {
        annotations.regions = m_item->suspectRegions;
        annotations.ranges = m_item->suspectRanges;
    }
    return annotations;
}

QString ReviewItemView::mediaProblem() const { return m_mediaProblem; }

} // namespace wk
