#pragma once

#include <QDialog>

namespace wk {

// Name, version, what the console is for, and its licence (GPL-3.0-or-later).
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    static QString versionText();

protected:
    void showEvent(QShowEvent *event) override;
};

} // namespace wk
