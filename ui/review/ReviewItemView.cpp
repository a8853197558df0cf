#include "review/ReviewItemView.h"

#include "common/EmptyStateWidget.h"
#include "review/panes/CopyPane.h"
#include "review/panes/ImagePane.h"
#include "review/panes/MediaBackend.h"
#include "review/panes/MediaLoader.h"
#include "review/panes/VideoPane.h"

#include <QApplication>
#include <QStackedLayout>

// Stacks one pane per kind (ui/review/panes), made when the first item of that kind is shown, so
// that a copy-only session never starts a media player.
namespace wk {

ReviewItemView::ReviewItemView(QWidget *parent) : QWidget(parent)
{
    keepLargeBuffersOutOfTheHeap();   // before the first image or frame is decoded
    setAccessibleName(tr("Review item"));
    m_empty = new EmptyStateWidget(QIcon(), tr("No item open"),
                                   tr("The item you pick in the queue is shown here: its image, video or copy."),
                                   tr("Pick an item in the queue."), this);
    m_stack = new QStackedLayout(this);
    m_stack->setContentsMargins(0, 0, 0, 0);
    m_stack->addWidget(m_empty);
}

ReviewItemView::~ReviewItemView() = default;

void ReviewItemView::adopt(ItemPane *pane)
{
    m_stack->addWidget(pane);
    connect(pane, &ItemPane::annotationsChanged, this, [this, pane] {
        if (pane == m_current)
            emit annotationsChanged();
    });
    connect(pane, &ItemPane::mediaProblemChanged, this, [this, pane](const QString &problem) {
        if (pane != m_current || problem == m_mediaProblem)
            return;
        m_mediaProblem = problem;
        emit mediaProblemChanged(problem);
    });
}

ItemPane *ReviewItemView::paneFor(MediaKind kind)
{
    switch (kind) {
    case MediaKind::Image:
        if (!m_image)
            adopt(m_image = new ImagePane(this));
        return m_image;
    case MediaKind::Video:
        if (!m_video)
            adopt(m_video = new VideoPane(this));
        return m_video;
    case MediaKind::Copy:
        if (!m_copy)
            adopt(m_copy = new CopyPane(this));
        return m_copy;
    }
    return nullptr;
}

void ReviewItemView::showItem(const ReviewItem &item, const std::optional<Product> &product)
{
    m_item = item;
    m_product = product;
    ItemPane *pane = paneFor(item.kind);
    if (m_current && m_current != pane)
        m_current->clearItem();
    m_current = pane;
    // The application's focus, not QWidget::focusWidget(): that one still names the child that had
    // the focus last, long after Esc took it back to the queue, and the next item would steal it.
    const bool hadFocus = isAncestorOf(QApplication::focusWidget());
    m_stack->setCurrentWidget(pane);
    pane->showItem(item, product);
    if (hadFocus)
        pane->setFocus();
    const QString problem = pane->mediaProblem();
    if (problem != m_mediaProblem) {
        m_mediaProblem = problem;
        emit mediaProblemChanged(problem);
    }
    emit annotationsChanged();
}

void ReviewItemView::clear()
{
    if (m_current)
        m_current->clearItem();
    m_current = nullptr;
    m_item.reset();
    m_product.reset();
    m_stack->setCurrentWidget(m_empty);
    if (!m_mediaProblem.isEmpty()) {
        m_mediaProblem.clear();
        emit mediaProblemChanged({});
    }
}

void ReviewItemView::setMediaFile(const QString &assetId, const QString &path, const QString &error)
{
    if (m_current)
        m_current->setMediaFile(assetId, path, error, MediaTrust::Check);
}

void ReviewItemView::setVerifiedMediaFile(const QString &assetId, const QString &path)
{
    if (m_current)
        m_current->setMediaFile(assetId, path, {}, MediaTrust::Verified);
}

ReviewAnnotations ReviewItemView::annotations() const
{
    if (m_current)
        return m_current->annotations();
    return {};
}

void ReviewItemView::prefetchMedia(const MediaAsset &asset, const QString &path, MediaTrust trust)
{
    MediaLoader::prefetch(asset, path, trust);
}

QString ReviewItemView::mediaProblem() const { return m_mediaProblem; }

} // namespace wk
