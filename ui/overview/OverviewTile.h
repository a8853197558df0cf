#pragma once
// One tile of the Overview: a title, a headline figure that opens the desk filtered to what it
// counts, a state in words (and a shape) rather than colour alone, a chart, and one button per line
// of the breakdown, each opening the desk filtered to that line. Everything is a button, so the
// keyboard and screen readers reach every figure.
#include "common/Desk.h"

#include <QFrame>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace wk {

class OverviewTile : public QFrame
{
    Q_OBJECT
public:
    enum class State { Calm, Attention, Alert };

    OverviewTile(const QString &objectName, const QString &title, QWidget *parent = nullptr);

    QString title() const;
    // The big figure and where it leads.
    void setHeadline(const QString &text, const QString &deskKey, const DeskFilter &filter, const QString &explanation);
    QPushButton *headlineButton() const { return m_headline; }
    // Calm shows nothing; Attention "▲ <text>", Alert "⚠ <text>".
    void setState(State state, const QString &text = {});
    State state() const { return m_state; }
    QString stateText() const;

    // The breakdown: replaces every line.
    struct Line {
        QString text;
        QString deskKey;
        DeskFilter filter;
        QString explanation;   // tooltip and accessible description
        bool alert = false;    // marked with ⚠ in its text, not by colour alone
    };
    void setLines(const QList<Line> &lines);
    QList<QPushButton *> lineButtons() const { return m_lineButtons; }
    // Takes ownership; replaces the previous chart (null removes it).
    void setChart(QWidget *chart);

signals:
    void openRequested(const QString &deskKey, const wk::DeskFilter &filter);

private:
    QLabel *m_title;
    QLabel *m_stateLabel;
    QPushButton *m_headline;
    QVBoxLayout *m_chartBox;
    QVBoxLayout *m_lines;
    QWidget *m_chart = nullptr;
    QList<QPushButton *> m_lineButtons;
    QList<Line> m_lineData;
    State m_state = State::Calm;
    QString m_stateText;
};

} // namespace wk
