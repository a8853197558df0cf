#pragma once

#include "common/ConnectionSettings.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace wk {

// The platform connection: address, supervisor token, and the explicit opt-in to plain http for a
// host that is not this computer. OK stays disabled while the address would be refused.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(const ConnectionSettings &settings, QWidget *parent = nullptr);

    ConnectionSettings settings() const;
    // Empty when the entered settings may be saved.
    QString validationError() const;

    void accept() override;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void revalidate();

    QLineEdit *m_url = nullptr;
    QLineEdit *m_token = nullptr;
    QCheckBox *m_allowUnencrypted = nullptr;
    QLabel *m_unencryptedWarning = nullptr;
    QLabel *m_tokenWarning = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace wk
