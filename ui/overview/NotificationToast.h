#pragma once
// The in-window side of a notification: a box in the window's lower right corner, over whichever
// desk is showing, with the message, Open and Dismiss. It hides itself after a while.
#include "overview/NotificationCenter.h"

#include <QFrame>
#include <QTimer>

class QLabel;
class QPushButton;

namespace wk {

class NotificationToast : public QFrame
{
    Q_OBJECT
public:
    explicit NotificationToast(QWidget *window);

    void show(const Notification &notification);
    QString text() const;
    QPushButton *openButton() const { return m_open; }

signals:
    void openRequested(const QString &deskKey, const wk::DeskFilter &filter);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void place();

    QLabel *m_title;
    QLabel *m_message;
    QPushButton *m_open;
    QPushButton *m_dismiss;
    QTimer m_hide;
    Notification m_current;
};

} // namespace wk
