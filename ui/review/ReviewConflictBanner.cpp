#include "review/ReviewConflictBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace wk {

ReviewConflictBanner::ReviewConflictBanner(QWidget *parent)
    : QFrame(parent), m_label(new QLabel(this)), m_next(new QPushButton(tr("Next item"), this)),
      m_dismiss(new QPushButton(tr("Keep looking"), this))
{
    setObjectName(QStringLiteral("reviewConflictBanner"));
    setAccessibleName(tr("Conflict"));
    setFrameShape(QFrame::StyledPanel);
    // Amber with a sign and words: the colour is never the only thing that says it.
    setStyleSheet(QStringLiteral("#reviewConflictBanner { background: #fff3cd; color: #4d3800; }"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_next->setAccessibleName(tr("Go to the next item"));
    m_dismiss->setAccessibleName(tr("Hide the conflict notice"));
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_next);
    layout->addWidget(m_dismiss);
    connect(m_next, &QPushButton::clicked, this, &ReviewConflictBanner::nextRequested);
    connect(m_dismiss, &QPushButton::clicked, this, &QWidget::hide);
    hide();
}

void ReviewConflictBanner::showConflict(const QString &what)
{
    m_label->setText(tr("⚠ %1 If you decide it anyway, your decision is kept as a conflict for you to settle "
                        "on the Sync desk — it is not lost.")
                         .arg(what));
    show();
}

QString ReviewConflictBanner::text() const { return m_label->text(); }

} // namespace wk
