#pragma once
// Marks the copy checks' findings in the text: must-fix findings with a wavy underline, those to
// check with a dotted one (and a tinted background for both); the findings list says the words.
#include "rules/CopyChecks.h"

#include <QSyntaxHighlighter>

namespace wk {

class CopyHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    using QSyntaxHighlighter::QSyntaxHighlighter;
    // Findings with spans in the whole document's text.
    void setFindings(const QList<CopyFinding> &findings);

protected:
    void highlightBlock(const QString &text) override;

private:
    QList<CopyFinding> m_findings;
};

} // namespace wk
