#pragma once
// A line above a pane that says, in words and with a warning sign, why its media cannot be
// shown and what the supervisor can do. Hidden when there is nothing to say.
#include <QLabel>

namespace wk {

class ProblemBanner : public QLabel
{
    Q_OBJECT
public:
    explicit ProblemBanner(QWidget *parent = nullptr);
    void setProblem(const QString &problem);
};

} // namespace wk
