// 17TRACK-style carrier sub-statuses and the platform exception codes they raise.
#include "rules/CarrierStatus.h"

#include <QTest>

using namespace wk;

class TestCarrierStatus : public QObject
{
    Q_OBJECT
private slots:
    void mapsToExceptionCode_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("expected");   // ExceptionCode code, empty for none
        const auto row = [](const char *raw, const char *code) {
            QTest::newRow(raw) << QString::fromLatin1(raw) << QString::fromLatin1(code);
        };
        row("NotFound_InvalidCode", "TRACKING_INVALID");
        row("NotFound_Other", "");
        row("InfoReceived", "");
        row("InTransit_PickedUp", "");
        row("InTransit_CustomsProcessing", "");
        row("InTransit_CustomsReleased", "");
        row("InTransit_CustomsRequiringInformation", "CUSTOMS_HOLD");
        row("Expired_Other", "STALLED");
        row("OutForDelivery", "");
        row("OutForDelivery_Other", "");
        row("AvailableForPickup_Other", "");
        row("DeliveryFailure_NoBody", "DELIVERY_FAILED");
        row("DeliveryFailure_InvalidAddress", "DELIVERY_FAILED");
        row("DeliveryFailure_Security", "DELIVERY_FAILED");
        row("DeliveryFailure_Other", "DELIVERY_FAILED");
        row("DeliveryFailure_Rejected", "REFUSED");
        row("Delivered_Other", "");
        row("Exception_Damage", "DAMAGED");
        row("Exception_Lost", "LOST");
        row("Exception_Destroyed", "LOST");
        row("Exception_Returning", "RETURNING");
        row("Exception_Returned", "RETURNING");
        row("Exception_Delayed", "STALLED");
        row("Exception_Rejected", "REFUSED");
        row("Exception_Security", "CUSTOMS_HOLD");
        row("Exception_NoBody", "DELIVERY_FAILED");
        row("Exception_Other", "STALLED");
        row("Teleported_Somewhere", "");
        row("", "");
    }
    void mapsToExceptionCode()
    {
        QFETCH(QString, raw);
        QFETCH(QString, expected);
        const auto code = CarrierStatuses::exceptionFor(raw);
        QCOMPARE(code ? toCode(*code) : QString(), expected);
    }

    void parsesMainAndSub_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("main");
        QTest::addColumn<QString>("sub");
        QTest::newRow("pair") << QStringLiteral("Exception_Lost") << QStringLiteral("Exception") << QStringLiteral("Lost");
        QTest::newRow("main only") << QStringLiteral("OutForDelivery") << QStringLiteral("OutForDelivery") << QString();
        QTest::newRow("spaces") << QStringLiteral("  Delivered_Other ") << QStringLiteral("Delivered") << QStringLiteral("Other");
        QTest::newRow("unknown") << QStringLiteral("Foo_Bar") << QString() << QStringLiteral("Bar");
    }
    void parsesMainAndSub()
    {
        QFETCH(QString, raw);
        QFETCH(QString, main);
        QFETCH(QString, sub);
        const CarrierStatus s = CarrierStatus::parse(raw);
        QCOMPARE(CarrierStatuses::mainCode(s.main), main);
        QCOMPARE(s.sub, sub);
    }

    void everyStatusHasALabel()
    {
        for (const char *raw : {"NotFound_InvalidCode", "InTransit_CustomsRequiringInformation", "Exception_Damage",
                                "DeliveryFailure_NoBody", "Delivered_Other", "Gibberish"}) {
            const QString label = CarrierStatuses::label(CarrierStatus::parse(QString::fromLatin1(raw)));
            QVERIFY2(!label.isEmpty(), raw);
        }
        QVERIFY(CarrierStatuses::label(CarrierStatus::parse(u"Gibberish")).contains(QStringLiteral("Gibberish")));
    }

    void customsHoldIsNotCustomsProcessing()
    {
        QVERIFY(CarrierStatuses::isCustomsHold(CarrierStatus::parse(u"InTransit_CustomsRequiringInformation")));
        QVERIFY(CarrierStatuses::isCustomsHold(CarrierStatus::parse(u"Exception_Security")));
        QVERIFY(!CarrierStatuses::isCustomsHold(CarrierStatus::parse(u"InTransit_CustomsProcessing")));
        QVERIFY(CarrierStatuses::isCustoms(CarrierStatus::parse(u"InTransit_CustomsProcessing")));
    }
};

QTEST_GUILESS_MAIN(TestCarrierStatus)
#include "test_carrier_status.moc"
