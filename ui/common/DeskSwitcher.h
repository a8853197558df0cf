#pragma once

#include <QWidget>

class QButtonGroup;
class QToolButton;
class QVBoxLayout;

namespace wk {

// The left-hand bar of the main window: one checkable button per desk, icon above text.
// It only reports which button was chosen; MainWindow decides what that means.
class DeskSwitcher : public QWidget
{
    Q_OBJECT

public:
    explicit DeskSwitcher(QWidget *parent = nullptr);

    int addDesk(const QIcon &icon, const QString &text, const QString &toolTip);
    int count() const;
    int currentIndex() const;
    void setCurrentIndex(int index);
    QToolButton *button(int index) const;

signals:
    void deskRequested(int index);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyStyle();
    void equaliseWidths();

    QButtonGroup *m_group = nullptr;
    QVBoxLayout *m_layout = nullptr;
};

} // namespace wk
