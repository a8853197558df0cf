#pragma once
// Shown over the item pane when the open item was decided (or claimed) by someone else meanwhile:
// says who and what, and that a decision made now is kept as a conflict, not lost.
#include <QFrame>

class QLabel;
class QPushButton;

namespace wk {

class ReviewConflictBanner : public QFrame
{
    Q_OBJECT
public:
    explicit ReviewConflictBanner(QWidget *parent = nullptr);
    void showConflict(const QString &what);
    QString text() const;

signals:
    void nextRequested();

private:
    QLabel *m_label;
    QPushButton *m_next;
    QPushButton *m_dismiss;
};

} // namespace wk
