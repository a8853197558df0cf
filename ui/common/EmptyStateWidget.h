#pragma once

#include <QIcon>
#include <QWidget>

class QLabel;

namespace wk {

// What a view shows while it has nothing to show: an icon, a title, one sentence of what will
// appear here and one of what to do about it. Centred, and it wraps rather than clips.
class EmptyStateWidget : public QWidget
{
    Q_OBJECT

public:
    EmptyStateWidget(const QIcon &icon, const QString &title, const QString &message,
                     const QString &hint = {}, QWidget *parent = nullptr);

    QString title() const;
    QString message() const;
    QString hint() const;

    void setMessage(const QString &message);
    void setHint(const QString &hint);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void updateIcon();

    QIcon m_icon;
    QLabel *m_iconLabel = nullptr;
    QLabel *m_titleLabel = nullptr;
    QLabel *m_messageLabel = nullptr;
    QLabel *m_hintLabel = nullptr;
};

} // namespace wk
