#pragma once
#include "review/panes/ItemPane.h"

namespace wk {

class VideoPane : public ItemPane
{
    Q_OBJECT
public:
    explicit VideoPane(QWidget *parent = nullptr) : ItemPane(parent) {}
    void showItem(const ReviewItem &item, const std::optional<Product> &) override { m_item = item; }
    void clearItem() override { m_item.reset(); }
    ReviewAnnotations annotations() const override { return {}; }

private:
    std::optional<ReviewItem> m_item;
};

} // namespace wk
