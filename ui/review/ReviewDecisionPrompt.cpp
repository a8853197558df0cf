#include "review/ReviewDecisionPrompt.h"

#include "itemmodels/ReviewLabels.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace wk {

ReviewDecisionPrompt::ReviewDecisionPrompt(QWidget *parent)
    : QFrame(parent), m_title(new QLabel(this)), m_reasons(new QLabel(this)), m_note(new QLineEdit(this))
{
    setObjectName(QStringLiteral("reviewDecisionPrompt"));
    setFrameShape(QFrame::StyledPanel);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Decision details"));
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_reasons->setWordWrap(true);
    m_reasons->setTextFormat(Qt::PlainText);
    m_note->setAccessibleName(tr("Regeneration note"));
    m_note->setPlaceholderText(tr("What should the generator do differently? Enter sends, Esc cancels."));
    m_note->installEventFilter(this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_reasons);
    layout->addWidget(m_note);
    connect(m_note, &QLineEdit::returnPressed, this, [this] {
        const QString note = m_note->text().trimmed();
        m_mode = Mode::None;
        hide();
        emit noteEntered(note);
    });
    hide();
}

QStringList ReviewDecisionPrompt::rejectReasons()
{
    return {QStringLiteral("artefact_visible"), QStringLiteral("product_mismatch"), QStringLiteral("garbled_text"),
            QStringLiteral("continuity_glitch"), QStringLiteral("wrong_colour"), QStringLiteral("unbacked_claim"),
            QStringLiteral("forbidden_claim"), QStringLiteral("trademark_risk"), QStringLiteral("media_broken")};
}

QString ReviewDecisionPrompt::rejectReasonLabel(const QString &code)
{
    if (code == QLatin1String("media_broken"))
        return tr("media broken or missing");
    const auto reason = fromCode<FlagReason>(code);
    return reason ? ReviewLabels::reason(*reason) : code;
}

void ReviewDecisionPrompt::askRejectReason(const QString &forWhat)
{
    m_mode = Mode::Reason;
    m_title->setText(tr("Reject %1 — why? Press 1–9, Esc cancels.").arg(forWhat));
    QStringList lines;
    const QStringList codes = rejectReasons();
    for (int i = 0; i < codes.size(); ++i)
        lines << QStringLiteral("%1  %2").arg(i + 1).arg(rejectReasonLabel(codes.at(i)));
    m_reasons->setText(lines.join(QLatin1Char('\n')));
    m_reasons->show();
    m_note->hide();
    show();
    setFocus();
}

void ReviewDecisionPrompt::askNote(const QString &forWhat)
{
    m_mode = Mode::Note;
    m_title->setText(tr("Regenerate %1 — with a note for the generator:").arg(forWhat));
    m_reasons->hide();
    m_note->clear();
    m_note->show();
    show();
    m_note->setFocus();
}

void ReviewDecisionPrompt::cancel()
{
    if (m_mode == Mode::None && !isVisible())
        return;
    m_mode = Mode::None;
    hide();
    emit cancelled();
}

void ReviewDecisionPrompt::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        cancel();
        return;
    }
    if (m_mode == Mode::Reason && event->key() >= Qt::Key_1 && event->key() <= Qt::Key_9) {
        const int i = event->key() - Qt::Key_1;
        const QStringList codes = rejectReasons();
        if (i < codes.size()) {
            m_mode = Mode::None;
            hide();
            emit rejectReasonChosen(codes.at(i));
        }
        return;
    }
    QFrame::keyPressEvent(event);
}

bool ReviewDecisionPrompt::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_note && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        cancel();
        return true;
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace wk
