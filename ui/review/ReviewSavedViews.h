#pragma once
// Saved views of the Review queue: a name for a set of facets, a search and an order, kept in the
// settings (group "review/views") so they survive restarts.
#include "itemmodels/ReviewQuery.h"

#include <QStringList>
#include <optional>

namespace wk {

class ReviewSavedViews
{
public:
    QStringList names() const;
    std::optional<ReviewQuery> load(const QString &name) const;
    void save(const QString &name, const ReviewQuery &query);
    void remove(const QString &name);
};

} // namespace wk
