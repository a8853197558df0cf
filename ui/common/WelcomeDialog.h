#pragma once

#include "common/ConnectionSettings.h"
#include "common/ConnectionTester.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace wk {
class ToneLabel;
}

namespace wk {

// The first run: connect to the shop's platform (address and token, with "Test connection" that
// says exactly what failed) or open the demo platform. Shown once; later runs go straight to the
// last desk (app/console/FirstRun).
class WelcomeDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { NotNow, Platform, Demo };
    Q_ENUM(Choice)

    explicit WelcomeDialog(QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    // What was entered (valid once choice() is Platform: the connection was tested).
    ConnectionSettings settings() const;
    // The last test's sentence (empty before the first test).
    QString resultText() const;
    ConnectionTester::Outcome lastOutcome() const { return m_lastOutcome; }

    // Per request of the test, without data moving (tests shorten it).
    void setTestTimeoutMs(int ms);

signals:
    // A test finished (also the one Connect runs).
    void testFinished(wk::ConnectionTester::Outcome outcome, const QString &sentence);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void testConnection();
    void connectToPlatform();
    void openDemo();
    void onTestFinished(ConnectionTester::Outcome outcome, const QString &sentence);
    void showResult(const QString &text, bool good);
    void updateButtons();

    QLineEdit *m_url = nullptr;
    QLineEdit *m_token = nullptr;
    QCheckBox *m_allowUnencrypted = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_connect = nullptr;
    QPushButton *m_demo = nullptr;
    QPushButton *m_later = nullptr;
    ToneLabel *m_result = nullptr;
    ConnectionTester *m_tester = nullptr;
    Choice m_choice = Choice::NotNow;
    ConnectionTester::Outcome m_lastOutcome = ConnectionTester::Outcome::OtherError;
    bool m_connectWhenTested = false;
};

} // namespace wk
