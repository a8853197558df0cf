#include "review/panes/CopyDiffView.h"

#include "rules/WordDiff.h"

#include <QRegularExpression>

namespace wk {

namespace {
int wordsIn(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("\\p{Han}|[\\p{L}\\p{N}]+"), QRegularExpression::UseUnicodePropertiesOption);
    int n = 0;
    for (auto it = word.globalMatch(text); it.hasNext(); it.next())
        ++n;
    return n;
}
} // namespace

CopyDiffView::CopyDiffView(QWidget *parent) : QTextBrowser(parent)
{
    setAccessibleName(tr("Changes since the previous version"));
    setOpenLinks(false);
}

void CopyDiffView::setTexts(const QString &before, const QString &after)
{
    m_removed = m_added = 0;
    if (before.isEmpty()) {
        setPlainText(tr("There is no previous version of this text."));
        return;
    }
    QString html = QStringLiteral("<p>");
    for (const DiffSpan &span : WordDiff::diff(before, after)) {
        const QString text = span.text.toHtmlEscaped();
        switch (span.op) {
        case DiffSpan::Op::Same:
            html += text;
            break;
        case DiffSpan::Op::Removed:
            m_removed += wordsIn(span.text);
            html += QStringLiteral("<s style=\"background-color:#ffd0d0; color:#600000;\">%1</s>").arg(text);
            break;
        case DiffSpan::Op::Added:
            m_added += wordsIn(span.text);
            html += QStringLiteral("<u style=\"background-color:#c8f0c8; color:#003000;\">%1</u>").arg(text);
            break;
        }
    }
    html += QStringLiteral("</p><p><small>%1</small></p>")
                .arg(tr("Struck through: removed since the previous version (%1 words). Underlined: added (%2 words).")
                         .arg(m_removed)
                         .arg(m_added)
                         .toHtmlEscaped());
    setHtml(html);
}

} // namespace wk
