#include "review/panes/ProblemBanner.h"

namespace wk {

ProblemBanner::ProblemBanner(QWidget *parent) : QLabel(parent)
{
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setAccessibleName(tr("Media problem"));
    setFrameShape(QFrame::StyledPanel);
    setMargin(6);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, QColor(255, 236, 179));
    p.setColor(QPalette::WindowText, QColor(60, 40, 0));
    setPalette(p);
    hide();
}

void ProblemBanner::setProblem(const QString &problem)
{
    setText(problem.isEmpty() ? QString() : tr("⚠ %1").arg(problem));
    setAccessibleDescription(problem);
    setVisible(!problem.isEmpty());
}

} // namespace wk
