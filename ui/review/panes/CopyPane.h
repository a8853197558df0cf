#pragma once
// The copy item: the product's source attributes beside the locale's text, the automatic checks
// marked in the text and listed in words, inline editing (the edited text is what a "correct"
// decision carries), and a word diff against the previous version.
#include "review/panes/ItemPane.h"
#include "rules/CopyChecks.h"

class QFormLayout;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace wk {

class CopyDiffView;
class CopyHighlighter;

class CopyPane : public ItemPane
{
    Q_OBJECT
public:
    explicit CopyPane(QWidget *parent = nullptr);

    void showItem(const ReviewItem &item, const std::optional<Product> &product) override;
    void clearItem() override;
    ReviewAnnotations annotations() const override;

    QPlainTextEdit *editor() const { return m_editor; }
    QListWidget *findingList() const { return m_findingList; }
    CopyDiffView *diffView() const { return m_diff; }
    QList<CopyFinding> findings() const { return m_findings; }

private:
    QWidget *makeAttributesPanel();
    QWidget *makeTextPanel();
    void fillAttributes();
    void recheck();
    void selectFinding(int row);

    QLabel *m_title = nullptr;
    QFormLayout *m_attributes = nullptr;
    QLabel *m_attributesNote = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    CopyHighlighter *m_highlighter = nullptr;
    QLabel *m_editState = nullptr;
    QPushButton *m_revert = nullptr;
    QLabel *m_findingsTitle = nullptr;
    QListWidget *m_findingList = nullptr;
    QLabel *m_diffTitle = nullptr;
    CopyDiffView *m_diff = nullptr;

    std::optional<ReviewItem> m_item;
    std::optional<Product> m_product;
    QList<CopyFinding> m_findings;
    bool m_loading = false;
};

} // namespace wk
