#include "common/SettingsDialog.h"

#include "common/ClearButton.h"
#include "common/LayoutFit.h"
#include "common/ToneLabel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace wk {

namespace {
QLabel *makeNote(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

// What the user typed, as a URL. A bare host name means https (QUrl::fromUserInput would guess
// http), and an empty field means no platform at all.
QUrl urlFromInput(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return {};
    return text.contains(QStringLiteral("://")) ? QUrl(text, QUrl::StrictMode)
                                                : QUrl(QStringLiteral("https://") + text, QUrl::StrictMode);
}
} // namespace

SettingsDialog::SettingsDialog(const ConnectionSettings &settings, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    setMinimumWidth(520);

    m_url = new QLineEdit(settings.platformUrl.toString(), this);
    m_url->setObjectName(QStringLiteral("platformUrl"));
    m_url->setPlaceholderText(tr("https://platform.example.com"));
    enableClearButton(*m_url);

    m_token = new QLineEdit(settings.token, this);
    m_token->setObjectName(QStringLiteral("token"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("Your supervisor token"));
    // Password mode already blocks copying it out; these hints keep it out of input-method history.
    m_token->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData);

    m_allowUnencrypted = new QCheckBox(tr("Allow an unencrypted connection"), this);
    m_allowUnencrypted->setObjectName(QStringLiteral("allowUnencrypted"));
    m_allowUnencrypted->setChecked(settings.allowUnencrypted);
    m_url->setAccessibleName(tr("Platform address"));
    m_token->setAccessibleName(tr("Supervisor token"));
    m_allowUnencrypted->setAccessibleName(tr("Allow an unencrypted connection"));

    m_unencryptedWarning = new QLabel(tr("Warning: without encryption, anyone on the network between you and "
                                         "the platform can read your token and the shop's data, and act as "
                                         "you. Use this only on a network you trust, such as a test setup."),
                                      this);
    m_unencryptedWarning->setObjectName(QStringLiteral("unencryptedWarning"));
    m_unencryptedWarning->setWordWrap(true);

    auto *error = new ToneLabel(this);
    error->setTone(Tone::Danger); // a red with enough contrast on the light or the dark palette
    m_error = error;
    m_error->setObjectName(QStringLiteral("validationError"));
    m_error->setWordWrap(true);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Platform &address:"), m_url);
    form->addRow(tr("Supervisor &token:"), m_token);
    form->addRow(QString(), makeNote(tr("The token is kept in the system keychain; where there is none, in a "
                                        "file that only you can read. It is never written to the settings or "
                                        "the local cache."),
                                     this));
    // Where the token really ended up, when that is not the keychain: the user should know.
    m_tokenWarning = new QLabel(settings.tokenWarning, this);
    m_tokenWarning->setObjectName(QStringLiteral("tokenWarning"));
    m_tokenWarning->setWordWrap(true);
    m_tokenWarning->setAccessibleName(tr("Where the token is stored"));
    m_tokenWarning->setVisible(!settings.tokenWarning.isEmpty());
    form->addRow(QString(), m_tokenWarning);
    form->addRow(QString(), m_allowUnencrypted);
    form->addRow(QString(), m_unencryptedWarning);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_url, &QLineEdit::textChanged, this, &SettingsDialog::revalidate);
    connect(m_allowUnencrypted, &QCheckBox::toggled, this, &SettingsDialog::revalidate);
    revalidate();
}

ConnectionSettings SettingsDialog::settings() const
{
    ConnectionSettings s;
    s.platformUrl = urlFromInput(m_url->text());
    s.token = m_token->text().trimmed();
    s.allowUnencrypted = m_allowUnencrypted->isChecked();
    s.tokenWarning = m_tokenWarning->text();
    return s;
}

QString SettingsDialog::validationError() const
{
    // No address at all is allowed: the console then simply works from its cache.
    if (m_url->text().trimmed().isEmpty())
        return {};
    return validatePlatformUrl(urlFromInput(m_url->text()), m_allowUnencrypted->isChecked());
}

void SettingsDialog::accept()
{
    // The OK button is disabled while invalid, but Enter in a field still reaches here.
    if (!validationError().isEmpty())
        return;
    QDialog::accept();
}

void SettingsDialog::revalidate()
{
    const QString error = validationError();
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    m_unencryptedWarning->setVisible(m_allowUnencrypted->isChecked());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(error.isEmpty());
    // The error and the warning come and go; the dialog grows so that neither is clipped.
    if (isVisible())
        growToFitHeight(*this);
}

void SettingsDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    growToFitHeight(*this);
}

} // namespace wk
