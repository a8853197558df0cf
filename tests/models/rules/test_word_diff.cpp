// The word-level diff of the copy pane: words, spaces and punctuation as units, Chinese by
// character, runs merged, and both texts recoverable from the spans.
#include "rules/WordDiff.h"

#include <QTest>

using namespace wk;
using Op = DiffSpan::Op;

Q_DECLARE_METATYPE(QList<wk::DiffSpan>)

class TestWordDiff : public QObject
{
    Q_OBJECT

private slots:
    void diff_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QList<DiffSpan>>("expected");
        QTest::newRow("same") << "Made of cotton." << "Made of cotton." << QList<DiffSpan>{{Op::Same, QStringLiteral("Made of cotton.")}};
        QTest::newRow("word replaced") << "Size: 40 cm." << "Size: 45 cm."
            << QList<DiffSpan>{{Op::Same, QStringLiteral("Size: ")}, {Op::Removed, QStringLiteral("40")},
                               {Op::Added, QStringLiteral("45")}, {Op::Same, QStringLiteral(" cm.")}};
        QTest::newRow("sentence added") << "Made of cotton." << "Made of cotton. Cures pain."
            << QList<DiffSpan>{{Op::Same, QStringLiteral("Made of cotton.")}, {Op::Added, QStringLiteral(" Cures pain.")}};
        QTest::newRow("from nothing") << "" << "Neu." << QList<DiffSpan>{{Op::Added, QStringLiteral("Neu.")}};
        QTest::newRow("umlauts are one word") << "Größe: 40 cm" << "Gröse: 40 cm"
            << QList<DiffSpan>{{Op::Removed, QStringLiteral("Größe")}, {Op::Added, QStringLiteral("Gröse")},
                               {Op::Same, QStringLiteral(": 40 cm")}};
        QTest::newRow("chinese by character") << QString::fromUtf16(u"纯棉材质") << QString::fromUtf16(u"涤纶材质")
            << QList<DiffSpan>{{Op::Removed, QString::fromUtf16(u"纯棉")}, {Op::Added, QString::fromUtf16(u"涤纶")},
                               {Op::Same, QString::fromUtf16(u"材质")}};
    }
    void diff()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(QList<DiffSpan>, expected);
        const QList<DiffSpan> spans = WordDiff::diff(before, after);
        QCOMPARE(spans, expected);
    }

    void bothTextsComeBack()
    {
        const QString before = QStringLiteral("Meet the white mug you'll reach for every day. Made of ceramic. Size: 10 cm.");
        const QString after = QStringLiteral("Our best-selling mug, now in white. Made of ceramic. Size: 16 cm. Cures pain.");
        QString a, b;
        for (const DiffSpan &s : WordDiff::diff(before, after)) {
            if (s.op != Op::Added)
                a += s.text;
            if (s.op != Op::Removed)
                b += s.text;
        }
        QCOMPARE(a, before);
        QCOMPARE(b, after);
    }

    void longTextsAreBounded()
    {
        const QList<DiffSpan> spans = WordDiff::diff(QStringLiteral("a b c"), QStringLiteral("a x c"), 2);
        QCOMPARE(spans.size(), 2);
        QCOMPARE(spans.at(0).op, Op::Removed);
        QCOMPARE(spans.at(1).op, Op::Added);
    }
};

QTEST_GUILESS_MAIN(TestWordDiff)
#include "test_word_diff.moc"
