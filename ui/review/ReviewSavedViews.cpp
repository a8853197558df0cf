#include "review/ReviewSavedViews.h"

#include <QSettings>

namespace wk {

namespace {
const QString kGroup = QStringLiteral("review/views");
}

QStringList ReviewSavedViews::names() const
{
    QSettings settings;
    settings.beginGroup(kGroup);
    QStringList names = settings.childKeys();
    names.sort(Qt::CaseInsensitive);
    return names;
}

std::optional<ReviewQuery> ReviewSavedViews::load(const QString &name) const
{
    QSettings settings;
    settings.beginGroup(kGroup);
    if (!settings.contains(name))
        return std::nullopt;
    return ReviewQuery::fromVariant(settings.value(name).toMap());
}

void ReviewSavedViews::save(const QString &name, const ReviewQuery &query)
{
    QSettings settings;
    settings.beginGroup(kGroup);
    settings.setValue(name, query.toVariant());
}

void ReviewSavedViews::remove(const QString &name)
{
    QSettings settings;
    settings.beginGroup(kGroup);
    settings.remove(name);
}

} // namespace wk
