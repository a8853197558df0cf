#include "review/panes/CopyPane.h"
#include "review/panes/ProblemBanner.h"

#include "review/panes/CopyDiffView.h"
#include "review/panes/CopyFindingText.h"
#include "review/panes/CopyHighlighter.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace wk {

namespace {
QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}
} // namespace

CopyPane::CopyPane(QWidget *parent) : ItemPane(parent)
{
    setAccessibleName(tr("Copy review"));
    m_title = heading(QString(), this);
    m_title->setWordWrap(true);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(makeAttributesPanel());
    split->addWidget(makeTextPanel());
    auto *diffPanel = new QWidget(split);
    auto *diffLayout = new QVBoxLayout(diffPanel);
    diffLayout->setContentsMargins(0, 0, 0, 0);
    m_diffTitle = heading(tr("Changes since the previous version"), diffPanel);
    m_diffTitle->setWordWrap(true);
    m_diff = new CopyDiffView(diffPanel);
    m_diffTitle->setBuddy(m_diff);
    diffLayout->addWidget(m_diffTitle);
    diffLayout->addWidget(m_diff, 1);
    split->addWidget(diffPanel);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 4);
    split->setStretchFactor(2, 3);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(problemBanner());
    layout->addWidget(m_title);
    layout->addWidget(split, 1);
    setFocusProxy(m_editor);
    clearItem();
}

QWidget *CopyPane::makeAttributesPanel()
{
    auto *panel = new QWidget(this);
    panel->setMinimumWidth(panel->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 16);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading(tr("Source attributes"), panel));
    m_attributes = new QFormLayout;
    m_attributes->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(m_attributes);
    m_attributesNote = new QLabel(panel);
    m_attributesNote->setWordWrap(true);
    layout->addWidget(m_attributesNote);
    layout->addStretch(1);
    return panel;
}

QWidget *CopyPane::makeTextPanel()
{
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *textTitle = heading(tr("Text (edit it to correct)"), panel);
    m_editor = new QPlainTextEdit(panel);
    m_editor->setAccessibleName(tr("Copy text"));
    m_editor->setTabChangesFocus(true);
    textTitle->setBuddy(m_editor);
    m_highlighter = new CopyHighlighter(m_editor->document());
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        recheck();
        emit annotationsChanged();
    });

    auto *row = new QHBoxLayout;
    m_editState = new QLabel(panel);
    m_editState->setWordWrap(true);
    m_revert = new QPushButton(tr("Revert edits"), panel);
    m_revert->setAccessibleName(tr("Revert edits"));
    m_revert->setToolTip(tr("Go back to the text as the generator wrote it"));
    connect(m_revert, &QPushButton::clicked, this, [this] {
        if (m_item)
            m_editor->setPlainText(m_item->copyText);
    });
    row->addWidget(m_editState, 1);
    row->addWidget(m_revert);

    m_findingsTitle = heading(QString(), panel);
    m_findingList = new QListWidget(panel);
    m_findingList->setAccessibleName(tr("Copy check findings"));
    m_findingList->setWordWrap(true);
    m_findingsTitle->setBuddy(m_findingList);
    connect(m_findingList, &QListWidget::currentRowChanged, this, &CopyPane::selectFinding);

    layout->addWidget(textTitle);
    layout->addWidget(m_editor, 3);
    layout->addLayout(row);
    layout->addWidget(m_findingsTitle);
    layout->addWidget(m_findingList, 2);
    return panel;
}

void CopyPane::showItem(const ReviewItem &item, const std::optional<Product> &product)
{
    m_item = item;
    m_product = product;
    const QLocale locale(item.locale);
    const QString language = item.locale.isEmpty() ? tr("an unknown language") : QLocale::languageToString(locale.language());
    m_title->setText(tr("Copy for %1 (%2) — %3 %4").arg(language, item.locale, item.sku, item.title));
    setProblem(item.copyText.trimmed().isEmpty()
                   ? tr("This item has no text to review. Reject it, or ask for it to be regenerated.")
                   : QString());
    fillAttributes();
    m_loading = true;
    m_editor->setPlainText(item.copyText);
    m_editor->setReadOnly(false);
    m_loading = false;
    recheck();
}

void CopyPane::clearItem()
{
    m_item.reset();
    m_product.reset();
    setProblem({});
    m_title->setText(tr("No item selected."));
    m_loading = true;
    m_editor->clear();
    m_editor->setReadOnly(true);
    m_loading = false;
    fillAttributes();
    recheck();
}

void CopyPane::fillAttributes()
{
    while (m_attributes->rowCount() > 0)
        m_attributes->removeRow(0);
    const auto add = [this](const QString &label, const QString &value) {
        auto *field = new QLabel(value);
        field->setWordWrap(true);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse);
        field->setAccessibleName(label);
        m_attributes->addRow(label, field);
    };
    if (!m_product) {
        m_attributesNote->setText(m_item ? tr("The product's attributes are not in the cache yet: only the claims "
                                              "that need no attributes are checked.")
                                         : QString());
        return;
    }
    m_attributesNote->clear();
    add(tr("Product"), m_product->title);
    add(tr("SKU"), m_product->sku);
    static const QStringList order{QStringLiteral("material"), QStringLiteral("size_cm"), QStringLiteral("weight_g"),
                                   QStringLiteral("colour"), QStringLiteral("certifications"), QStringLiteral("origin")};
    for (const QString &key : order)
        if (m_product->attributes.contains(key))
            add(CopyFindingText::fieldName(key), CopyFindingText::fieldValue(key, m_product->attributes.value(key)));
    for (auto it = m_product->attributes.cbegin(); it != m_product->attributes.cend(); ++it)
        if (!order.contains(it.key()))
            add(CopyFindingText::fieldName(it.key()), it.value());
}

void CopyPane::recheck()
{
    const QString text = m_editor->toPlainText();
    m_findings = m_item ? CopyChecks::check(text, m_item->locale, m_product ? m_product->attributes : QMap<QString, QString>())
                        : QList<CopyFinding>();
    m_highlighter->setFindings(m_findings);

    const QSignalBlocker blocker(m_findingList);
    m_findingList->clear();
    for (const CopyFinding &f : std::as_const(m_findings)) {
        auto *entry = new QListWidgetItem(tr("%1 — %2").arg(CopyFindingText::severity(f), CopyFindingText::sentence(f)),
                                          m_findingList);
        entry->setData(Qt::UserRole, f.start);
    }
    m_findingsTitle->setText(m_findings.isEmpty() ? tr("Checks: nothing found") : tr("Checks: %1 to look at").arg(m_findings.size()));

    const bool edited = m_item && text != m_item->copyText;
    m_editState->setText(edited ? tr("✎ Edited: a “correct” decision sends this text.") : QString());
    m_revert->setEnabled(edited);
    if (m_item)
        m_diff->setTexts(m_item->previousCopyText, text);
    else
        m_diff->clear();
    m_diffTitle->setText(m_item && !m_item->previousCopyText.isEmpty()
                             ? tr("Changes since the previous version: %1 words removed, %2 added")
                                   .arg(m_diff->removedWords())
                                   .arg(m_diff->addedWords())
                             : tr("Changes since the previous version"));
}

void CopyPane::selectFinding(int row)
{
    if (row < 0 || row >= m_findings.size() || m_findings.at(row).start < 0)
        return;
    const CopyFinding &f = m_findings.at(row);
    QTextCursor cursor(m_editor->document());
    cursor.setPosition(int(f.start));
    cursor.setPosition(int(f.start + f.length), QTextCursor::KeepAnchor);
    m_editor->setTextCursor(cursor);
    m_editor->ensureCursorVisible();
}

ReviewAnnotations CopyPane::annotations() const
{
    ReviewAnnotations annotations;
    if (m_item && m_editor->toPlainText() != m_item->copyText)
        annotations.correctedText = m_editor->toPlainText();
    return annotations;
}

} // namespace wk
