#pragma once
// The copy's previous version against the text as it stands (edits included), word by word:
// removed words struck through, added words underlined — and tinted, but never only tinted.
#include <QTextBrowser>

namespace wk {

class CopyDiffView : public QTextBrowser
{
    Q_OBJECT
public:
    explicit CopyDiffView(QWidget *parent = nullptr);
    void setTexts(const QString &before, const QString &after);
    // Counts of words removed and added, for the title and the tests.
    int removedWords() const { return m_removed; }
    int addedWords() const { return m_added; }

private:
    int m_removed = 0;
    int m_added = 0;
};

} // namespace wk
