#pragma once
// "Take N items offline" on the Sync desk: how many, the button, and the progress line of
// TakeOffline (claims with an 8-hour lease, then the media downloads), ending in a sentence.
#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;

namespace wk {

class TakeOffline;
class Workspace;

class TakeOfflinePanel : public QWidget
{
    Q_OBJECT
public:
    explicit TakeOfflinePanel(QWidget *parent = nullptr);

    void setWorkspace(Workspace *workspace);
    QString lineText() const;
    QSpinBox *countBox() const { return m_count; }
    QPushButton *button() const { return m_take; }

private:
    void setLine(const QString &text);

    QPointer<TakeOffline> m_task;
    QSpinBox *m_count = nullptr;
    QPushButton *m_take = nullptr;
    QLabel *m_line = nullptr;
};

} // namespace wk
