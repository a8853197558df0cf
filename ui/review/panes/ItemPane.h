#pragma once
// What every per-kind pane (image, video, copy) offers to ReviewItemView, which stacks them.
#include "review/ReviewItemView.h"

#include <QWidget>

namespace wk {

class ItemPane : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual void showItem(const ReviewItem &item, const std::optional<Product> &product) = 0;
    virtual void clearItem() = 0;
    virtual void setMediaFile(const QString &assetId, const QString &path, const QString &error)
    {
        Q_UNUSED(assetId) Q_UNUSED(path) Q_UNUSED(error)
    }
    virtual ReviewAnnotations annotations() const = 0;
    virtual QString mediaProblem() const { return {}; }

signals:
    void annotationsChanged();
    void mediaProblemChanged(const QString &problem);
};

} // namespace wk
