#include "common/WelcomeDialog.h"

#include "common/ClearButton.h"
#include "common/LayoutFit.h"
#include "common/ToneLabel.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace wk {

namespace {
// A bare host name means https; an empty field means no address (as in the Settings dialog).
QUrl urlFromInput(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return {};
    return text.contains(QStringLiteral("://")) ? QUrl(text, QUrl::StrictMode)
                                                : QUrl(QStringLiteral("https://") + text, QUrl::StrictMode);
}
} // namespace

WelcomeDialog::WelcomeDialog(QWidget *parent) : QDialog(parent), m_tester(new ConnectionTester(this))
{
    setObjectName(QStringLiteral("welcomeDialog"));
    setWindowTitle(tr("Welcome to Watchkeeper"));
    setMinimumWidth(560);

    auto *title = new QLabel(tr("Welcome to Watchkeeper"), this);
    title->setObjectName(QStringLiteral("welcomeTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setWeight(QFont::DemiBold);
    title->setFont(titleFont);
    auto *intro = new QLabel(tr("Connect to your shop's platform with the address and the supervisor token you "
                                "were given, or look around on the demo platform first: it runs on this "
                                "computer with generated data, and nothing you do there reaches the real shop. "
                                "You can change this later under File → Settings…"),
                             this);
    intro->setObjectName(QStringLiteral("welcomeIntro"));
    intro->setWordWrap(true);

    auto *platformBox = new QGroupBox(tr("Connect to a platform"), this);
    platformBox->setObjectName(QStringLiteral("platformBox"));
    m_url = new QLineEdit(platformBox);
    m_url->setObjectName(QStringLiteral("platformUrl"));
    m_url->setPlaceholderText(tr("https://platform.example.com"));
    enableClearButton(*m_url);
    m_token = new QLineEdit(platformBox);
    m_token->setObjectName(QStringLiteral("token"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("Your supervisor token"));
    m_token->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData);
    m_allowUnencrypted = new QCheckBox(tr("Allow an unencrypted connection"), platformBox);
    m_allowUnencrypted->setObjectName(QStringLiteral("allowUnencrypted"));
    m_allowUnencrypted->setToolTip(tr("Only for a test setup on a network you trust: without encryption anyone "
                                      "in between can read your token."));
    m_test = new QPushButton(tr("&Test connection"), platformBox);
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_test->setAutoDefault(false);
    m_test->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_result = new ToneLabel(platformBox);
    m_result->setObjectName(QStringLiteral("testResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setVisible(false);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Platform &address:"), m_url);
    form->addRow(tr("Supervisor t&oken:"), m_token);
    form->addRow(QString(), m_allowUnencrypted);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test, 0, Qt::AlignTop);
    testRow->addWidget(m_result, 1);
    auto *boxLayout = new QVBoxLayout(platformBox);
    boxLayout->addLayout(form);
    boxLayout->addLayout(testRow);

    m_demo = new QPushButton(tr("Open the &demo"), this);
    m_demo->setObjectName(QStringLiteral("openDemo"));
    m_demo->setAutoDefault(false);
    m_demo->setToolTip(tr("Starts the reference platform with generated data on this computer."));
    m_later = new QPushButton(tr("&Not now"), this);
    m_later->setObjectName(QStringLiteral("notNow"));
    m_later->setAutoDefault(false);
    m_later->setToolTip(tr("Opens the console without a platform; it asks again at the next start."));
    m_connect = new QPushButton(tr("&Connect"), this);
    m_connect->setObjectName(QStringLiteral("connect"));
    m_connect->setDefault(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_demo);
    buttons->addStretch(1);
    buttons->addWidget(m_later);
    buttons->addWidget(m_connect);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addWidget(platformBox);
    layout->addStretch(1);
    layout->addLayout(buttons);

    // Reading order: address, token, the opt-in, test, then the choices.
    setTabOrder(m_url, m_token);
    setTabOrder(m_token, m_allowUnencrypted);
    setTabOrder(m_allowUnencrypted, m_test);
    setTabOrder(m_test, m_demo);
    setTabOrder(m_demo, m_later);
    setTabOrder(m_later, m_connect);

    connect(m_test, &QPushButton::clicked, this, &WelcomeDialog::testConnection);
    connect(m_connect, &QPushButton::clicked, this, &WelcomeDialog::connectToPlatform);
    connect(m_demo, &QPushButton::clicked, this, &WelcomeDialog::openDemo);
    connect(m_later, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_tester, &ConnectionTester::progress, this, [this](const QString &sentence) { showResult(sentence, true); });
    connect(m_tester, &ConnectionTester::finished, this, &WelcomeDialog::onTestFinished);
    connect(m_url, &QLineEdit::textChanged, this, &WelcomeDialog::updateButtons);
    connect(m_token, &QLineEdit::textChanged, this, &WelcomeDialog::updateButtons);
    updateButtons();
}

ConnectionSettings WelcomeDialog::settings() const
{
    ConnectionSettings s;
    s.platformUrl = urlFromInput(m_url->text());
    s.token = m_token->text().trimmed();
    s.allowUnencrypted = m_allowUnencrypted->isChecked();
    return s;
}

QString WelcomeDialog::resultText() const { return m_result->text(); }

void WelcomeDialog::setTestTimeoutMs(int ms) { m_tester->setTimeoutMs(ms); }

void WelcomeDialog::testConnection()
{
    m_connectWhenTested = false;
    m_test->setEnabled(false);
    m_tester->test(settings());
}

void WelcomeDialog::connectToPlatform()
{
    // Connect tests first: a new user should not land in a console that silently cannot sync.
    m_connectWhenTested = true;
    m_test->setEnabled(false);
    m_connect->setEnabled(false);
    m_tester->test(settings());
}

void WelcomeDialog::openDemo()
{
    m_tester->cancel();
    m_choice = Choice::Demo;
    accept();
}

void WelcomeDialog::onTestFinished(ConnectionTester::Outcome outcome, const QString &sentence)
{
    m_lastOutcome = outcome;
    const bool good = outcome == ConnectionTester::Outcome::Connected;
    showResult(sentence, good);
    updateButtons();
    emit testFinished(outcome, sentence);
    if (good && m_connectWhenTested) {
        m_choice = Choice::Platform;
        accept();
    }
    m_connectWhenTested = false;
}

void WelcomeDialog::showResult(const QString &text, bool good)
{
    // The mark says it in a shape as well as in colour: ✓ worked, ✗ failed.
    const bool done = !m_tester->isRunning();
    m_result->setText(done ? (good ? QStringLiteral("✓ ") : QStringLiteral("✗ ")) + text : text);
    m_result->setTone(!done ? Tone::Neutral : good ? Tone::Good : Tone::Danger);
    m_result->setVisible(true);
    if (isVisible())
        growToFitHeight(*this);
}

void WelcomeDialog::updateButtons()
{
    const bool filled = !m_url->text().trimmed().isEmpty() && !m_token->text().trimmed().isEmpty();
    const bool idle = !m_tester->isRunning();
    m_test->setEnabled(idle && filled);
    m_connect->setEnabled(idle && filled);
}

void WelcomeDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    growToFitHeight(*this);
}

} // namespace wk
