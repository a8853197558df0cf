#include "review/panes/ItemPane.h"

#include "review/panes/MediaCheck.h"
#include "review/panes/ProblemBanner.h"

namespace wk {

ItemPane::ItemPane(QWidget *parent) : QWidget(parent), m_banner(new ProblemBanner(this)) {}

void ItemPane::setProblem(const QString &problem)
{
    m_banner->setProblem(problem);
    if (problem == m_problem)
        return;
    m_problem = problem;
    emit mediaProblemChanged(problem);
}

QString ItemPane::unavailableSentence(const QString &assetId, const QString &error)
{
    return error.isEmpty() ? MediaCheck::missingSentence(assetId) : MediaCheck::fetchFailedSentence(assetId, error);
}

} // namespace wk
