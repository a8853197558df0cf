#include "review/panes/CopyHighlighter.h"

#include <QTextDocument>

namespace wk {

void CopyHighlighter::setFindings(const QList<CopyFinding> &findings)
{
    if (findings == m_findings)
        return;
    m_findings = findings;
    rehighlight();
}

void CopyHighlighter::highlightBlock(const QString &text)
{
    const qsizetype blockStart = currentBlock().position();
    const qsizetype blockEnd = blockStart + text.size();
    for (const CopyFinding &f : std::as_const(m_findings)) {
        if (f.start < 0 || f.start + f.length <= blockStart || f.start >= blockEnd)
            continue;
        QTextCharFormat format;
        format.setUnderlineStyle(f.isError() ? QTextCharFormat::WaveUnderline : QTextCharFormat::DotLine);
        format.setUnderlineColor(f.isError() ? QColor(200, 0, 0) : QColor(190, 110, 0));
        format.setBackground(f.isError() ? QColor(255, 215, 215) : QColor(255, 240, 190));
        format.setForeground(QColor(20, 20, 20));   // readable on the tint in dark palettes too
        const qsizetype from = std::max(f.start, blockStart) - blockStart;
        const qsizetype to = std::min(f.start + f.length, blockEnd) - blockStart;
        setFormat(int(from), int(to - from), format);
    }
}

} // namespace wk
