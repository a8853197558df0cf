#include "overview/OverviewTile.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace wk {

namespace {
constexpr int kMaxLines = 8;
} // namespace

OverviewTile::OverviewTile(const QString &objectName, const QString &title, QWidget *parent) : QFrame(parent)
{
    setObjectName(objectName);
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(title);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(4);

    auto *header = new QHBoxLayout;
    m_title = new QLabel(title, this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_stateLabel = new QLabel(this);
    m_stateLabel->setObjectName(objectName + QStringLiteral("State"));
    m_stateLabel->setVisible(false);
    header->addWidget(m_title, 1);
    header->addWidget(m_stateLabel);
    layout->addLayout(header);

    m_headline = new QPushButton(this);
    m_headline->setObjectName(objectName + QStringLiteral("Headline"));
    m_headline->setFlat(true);
    m_headline->setCursor(Qt::PointingHandCursor);
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_headline->setFont(big);
    m_headline->setStyleSheet(QStringLiteral("QPushButton { text-align: left; padding: 2px 4px; }"));
    m_headline->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    // Named before the first figures arrive, so a screen reader never meets a nameless button.
    m_headline->setAccessibleName(m_title->text());
    layout->addWidget(m_headline);

    m_chartBox = new QVBoxLayout;
    layout->addLayout(m_chartBox, 1);
    m_lines = new QVBoxLayout;
    m_lines->setSpacing(0);
    layout->addLayout(m_lines);
    layout->addStretch();
}

QString OverviewTile::title() const { return m_title->text(); }

void OverviewTile::setHeadline(const QString &text, const QString &deskKey, const DeskFilter &filter,
                               const QString &explanation)
{
    m_headline->setText(text);
    m_headline->setAccessibleName(title() + QStringLiteral(": ") + text);
    m_headline->setAccessibleDescription(explanation);
    m_headline->setToolTip(explanation);
    m_headline->disconnect(this);
    connect(m_headline, &QPushButton::clicked, this, [this, deskKey, filter] { emit openRequested(deskKey, filter); });
}

void OverviewTile::setState(State state, const QString &text)
{
    m_state = state;
    m_stateText = text;
    // The shape and the words carry the state; the colour only repeats it.
    switch (state) {
    case State::Calm:
        m_stateLabel->clear();
        m_stateLabel->setVisible(false);
        setStyleSheet(QString());
        break;
    case State::Attention:
        m_stateLabel->setText(QStringLiteral("▲ ") + text);
        m_stateLabel->setStyleSheet(QStringLiteral("QLabel { color: #8a5a00; font-weight: bold; }"));
        m_stateLabel->setVisible(true);
        setStyleSheet(QStringLiteral("wk--OverviewTile { border: 2px solid #d08c2b; border-radius: 4px; }"));
        break;
    case State::Alert:
        m_stateLabel->setText(QStringLiteral("⚠ ") + text);
        m_stateLabel->setStyleSheet(QStringLiteral("QLabel { color: #a61b1b; font-weight: bold; }"));
        m_stateLabel->setVisible(true);
        setStyleSheet(QStringLiteral("wk--OverviewTile { border: 2px solid #c0392b; border-radius: 4px; }"));
        break;
    }
    m_stateLabel->setAccessibleName(m_stateLabel->text());
    setAccessibleDescription(m_stateLabel->text());
}

QString OverviewTile::stateText() const { return m_stateLabel->text(); }

void OverviewTile::setLines(const QList<Line> &lines)
{
    // Buttons are reused, so a refresh does not take the keyboard focus away from the one in use.
    m_lineData = lines.mid(0, kMaxLines);
    while (m_lineButtons.size() > m_lineData.size())
        delete m_lineButtons.takeLast();
    while (m_lineButtons.size() < m_lineData.size()) {
        const int index = int(m_lineButtons.size());
        auto *button = new QPushButton(this);
        button->setFlat(true);
        button->setCursor(Qt::PointingHandCursor);
        button->setStyleSheet(QStringLiteral("QPushButton { text-align: left; padding: 1px 4px; }"));
        // A long line must not widen the tile past its column; the tooltip has it whole.
        button->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
        connect(button, &QPushButton::clicked, this, [this, index] {
            if (index < m_lineData.size())
                emit openRequested(m_lineData.at(index).deskKey, m_lineData.at(index).filter);
        });
        m_lines->addWidget(button);
        button->show();
        m_lineButtons << button;
    }
    for (qsizetype i = 0; i < m_lineData.size(); ++i) {
        const Line &line = m_lineData.at(i);
        QPushButton *button = m_lineButtons.at(i);
        button->setText(line.alert ? QStringLiteral("⚠ ") + line.text : line.text);
        button->setAccessibleName(button->text());
        button->setAccessibleDescription(line.explanation);
        button->setToolTip(line.explanation);
    }
}

void OverviewTile::setChart(QWidget *chart)
{
    delete m_chart;
    m_chart = chart;
    if (chart) {
        chart->setParent(this);
        m_chartBox->addWidget(chart);
        chart->show();
    }
}

} // namespace wk
