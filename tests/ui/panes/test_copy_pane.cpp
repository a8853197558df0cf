// The copy pane as a supervisor uses it: the checks marked in the text and listed in words, the
// text edited by keyboard (the edit is the "correct" decision's text), reverted, and the word
// diff against the previous version.
#include "PaneTestSupport.h"
#include "review/ReviewItemView.h"
#include "review/panes/CopyDiffView.h"
#include "review/panes/CopyPane.h"

#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace wk;
using namespace wk::test;

namespace {
QString s(const char16_t *text) { return QString::fromUtf16(text); }

ReviewItem germanItem()
{
    ReviewItem item;
    item.id = QStringLiteral("ri-3");
    item.kind = MediaKind::Copy;
    item.sku = QStringLiteral("WK-MUG-000042");
    item.title = QStringLiteral("Nordic White Ceramic Mug");
    item.locale = QStringLiteral("de-DE");
    item.market = QStringLiteral("DE");
    item.flagReasons = {FlagReason::UnbackedClaim};
    item.previousCopyText = s(u"Unser Bestseller: Tasse in Weiß. Material: Keramik. Größe: 10 cm. Gewicht: 350 g. "
                              u"Versand in recycelter Verpackung.");
    item.copyText = s(u"Tasse in Weiß – für jeden Tag gemacht. Material: Keramik. Größe: 10 cm. Gewicht: 350 g. "
                      u"Aus 100 % Merinowolle gefertigt, für ein echtes Premium-Gefühl. Versand in recycelter Verpackung.");
    return item;
}

Product mug()
{
    Product p;
    p.id = QStringLiteral("p-42");
    p.sku = QStringLiteral("WK-MUG-000042");
    p.title = QStringLiteral("Nordic White Ceramic Mug");
    p.attributes = {{QStringLiteral("material"), QStringLiteral("ceramic")}, {QStringLiteral("size_cm"), QStringLiteral("10")},
                    {QStringLiteral("weight_g"), QStringLiteral("350")},   {QStringLiteral("colour"), QStringLiteral("white")},
                    {QStringLiteral("certifications"), QString()},         {QStringLiteral("origin"), QStringLiteral("CN")}};
    return p;
}

// The formats the highlighter put on the text at `position`.
bool isMarked(QPlainTextEdit *editor, int position)
{
    const QTextBlock block = editor->document()->findBlock(position);
    const int inBlock = position - block.position();
    for (const QTextLayout::FormatRange &range : block.layout()->formats())
        if (inBlock >= range.start && inBlock < range.start + range.length
            && range.format.underlineStyle() != QTextCharFormat::NoUnderline)
            return true;
    return false;
}
} // namespace

class TestCopyPane : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ReviewItemView> m_view;
    CopyPane *pane() const { return qobject_cast<CopyPane *>(m_view->currentPane()); }

private slots:
    void init()
    {
        m_view = std::make_unique<ReviewItemView>();
        m_view->resize(1280, 640);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }
    void cleanup() { m_view.reset(); }

    void marksTheChecksInTheText()
    {
        m_view->showItem(germanItem(), mug());
        QVERIFY(pane());
        QVERIFY(m_view->mediaProblem().isEmpty());
        const QList<CopyFinding> findings = pane()->findings();
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().kind, CopyFinding::Kind::UnbackedMaterial);
        QCOMPARE(findings.first().found, s(u"Merinowolle"));
        QVERIFY(isMarked(pane()->editor(), int(findings.first().start)));
        QVERIFY(!isMarked(pane()->editor(), 0));
        QCOMPARE(pane()->findingList()->count(), 1);
        QVERIFY2(pane()->findingList()->item(0)->text().contains(QStringLiteral("ceramic")),
                 qPrintable(pane()->findingList()->item(0)->text()));
        QVERIFY(!m_view->annotations().correctedText);
        QVERIFY(pane()->diffView()->addedWords() > 0);
        QVERIFY(pane()->diffView()->removedWords() > 0);
    }

    void editingByKeyboardIsTheCorrection()
    {
        const ReviewItem item = germanItem();
        m_view->showItem(item, mug());
        QSignalSpy changed(m_view.get(), &ReviewItemView::annotationsChanged);
        QPlainTextEdit *editor = pane()->editor();
        editor->setFocus();

        // Pick the finding in the list: its words are selected in the text; type over them.
        pane()->findingList()->setCurrentRow(0);
        QCOMPARE(editor->textCursor().selectedText(), s(u"Merinowolle"));
        QTest::keyClicks(editor, s(u"Keramik"));
        QVERIFY(changed.count() > 0);
        QVERIFY(pane()->findings().isEmpty());
        QCOMPARE(pane()->findingList()->count(), 0);
        std::optional<QString> corrected = m_view->annotations().correctedText;
        QVERIFY(corrected);
        QVERIFY(corrected->contains(s(u"Aus 100 % Keramik gefertigt")));

        // A new risky sentence typed at the end is caught at once.
        editor->moveCursor(QTextCursor::End);
        QTest::keyClicks(editor, QStringLiteral(" Heilt Schmerzen im Ruecken."));   // keyClicks types ASCII only
        QCOMPARE(pane()->findings().size(), 1);
        QCOMPARE(pane()->findings().first().kind, CopyFinding::Kind::Medical);
        QVERIFY(isMarked(editor, int(pane()->findings().first().start)));
        saveScreenshot(m_view.get(), QStringLiteral("copy-edited"));

        // Undo by keyboard takes the typed sentence back; revert drops the correction.
        QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(m_view->annotations().correctedText, corrected);
        QVERIFY(pane()->findings().isEmpty());
        QPushButton *revert = pane()->findChild<QPushButton *>();
        QVERIFY(revert);
        QTest::mouseClick(revert, Qt::LeftButton);
        QVERIFY(!m_view->annotations().correctedText);
        QCOMPARE(pane()->findings().size(), 1);
    }

    void withoutTheProductOnlyClaimsAreChecked()
    {
        ReviewItem item = germanItem();
        item.copyText += s(u" Heilt alles.");
        m_view->showItem(item, std::nullopt);
        QCOMPARE(pane()->findings().size(), 1);
        QCOMPARE(pane()->findings().first().kind, CopyFinding::Kind::Medical);
    }

    void emptyTextIsSaidInWords()
    {
        ReviewItem item = germanItem();
        item.copyText.clear();
        m_view->showItem(item, mug());
        QVERIFY(m_view->mediaProblem().contains(QStringLiteral("no text")));
    }

    void screenshotHasRealContent()
    {
        ReviewItem item = germanItem();
        item.copyText += s(u" CE-zertifiziert für Ihre Sicherheit. Heilt Rückenschmerzen.");
        m_view->showItem(item, mug());
        QCOMPARE(pane()->findings().size(), 3);
        const QImage shot = saveScreenshot(m_view.get(), QStringLiteral("copy"));
        QVERIFY(distinctColours(shot) > 30);
        // The marks are on screen: the must-fix tint appears inside the editor.
        QPlainTextEdit *editor = pane()->editor();
        const QRect area(editor->viewport()->mapTo(m_view.get(), QPoint(0, 0)) * shot.devicePixelRatio(),
                         editor->viewport()->size() * shot.devicePixelRatio());
        const QImage text = shot.copy(area);
        bool tinted = false;
        for (int y = 0; y < text.height() && !tinted; ++y)
            for (int x = 0; x < text.width() && !tinted; ++x)
                tinted = text.pixel(x, y) == qRgb(255, 215, 215);
        QVERIFY2(tinted, "no highlighted finding in the editor");
    }
};

QTEST_MAIN(TestCopyPane)
#include "test_copy_pane.moc"
