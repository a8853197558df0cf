// The stable enum codes: every value has exactly one code, every code maps back to its value, and no
// two values share a code (the codes are the wire contract and the cache schema).
#include "domain/Enums.h"

#include <QSet>
#include <QTest>

using namespace wk;

namespace {

// Checks an enum whose values run 0..count-1: `count` is the number of enumerators.
template <typename E>
void checkEnum(int count)
{
    const QStringList codes = allCodes<E>();
    QCOMPARE(codes.size(), count);
    QCOMPARE(QSet<QString>(codes.begin(), codes.end()).size(), codes.size());
    for (int i = 0; i < count; ++i) {
        const auto value = static_cast<E>(i);
        const QString code = toCode(value);
        QVERIFY2(!code.isEmpty(), qPrintable(QStringLiteral("enumerator %1 has no code").arg(i)));
        QVERIFY(codes.contains(code));
        QCOMPARE(fromCode<E>(code), std::optional<E>(value));
        // Codes are exact: no case folding, no surrounding blanks.
        if (code.toUpper() != code)
            QVERIFY(!fromCode<E>(code.toUpper()));
        else
            QVERIFY(!fromCode<E>(code.toLower()));
        QVERIFY(!fromCode<E>(code + QLatin1Char(' ')));
    }
    // One past the last enumerator has no code: the table covers the enum and nothing more.
    QVERIFY(toCode(static_cast<E>(count)).isEmpty());
    QVERIFY(!fromCode<E>(QString()));
    QVERIFY(!fromCode<E>(QStringLiteral("no_such_code")));
}

} // namespace

class TestEnums : public QObject
{
    Q_OBJECT

private slots:
    void everyCodeRoundTrips()
    {
        checkEnum<MediaKind>(3);
        checkEnum<ReviewStatus>(4);
        checkEnum<FlagReason>(13);
        checkEnum<DecisionKind>(5);
        checkEnum<OrderStage>(9);
        checkEnum<ExceptionCode>(13);
        checkEnum<ExceptionStatus>(2);
        checkEnum<SupplierTier>(3);
        checkEnum<SupplierStatus>(2);
        checkEnum<PeriodKind>(2);
        checkEnum<EntityKind>(7);
        checkEnum<ChangeOp>(2);
        checkEnum<CommandType>(17);
        checkEnum<CommandOutcome>(4);
    }

    // A few codes pinned literally: renaming one would break every cache and every platform.
    void codesAreStable()
    {
        QCOMPARE(toCode(SupplierTier::LongTail1688), QStringLiteral("longtail_1688"));
        QCOMPARE(toCode(ExceptionCode::DeliveredNotReceived), QStringLiteral("DELIVERED_NOT_RECEIVED"));
        QCOMPARE(toCode(CommandType::OrderFixTracking), QStringLiteral("order.fix_tracking"));
        QCOMPARE(toCode(EntityKind::SupplierMetrics), QStringLiteral("supplier_metrics"));
        QCOMPARE(toCode(FlagReason::WrongColour), QStringLiteral("wrong_colour"));
        QCOMPARE(toCode(OrderStage::LastMile), QStringLiteral("last_mile"));
    }
};

QTEST_GUILESS_MAIN(TestEnums)
#include "test_enums.moc"
