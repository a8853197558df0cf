#pragma once
// Carrier tracking statuses as 17TRACK reports them ("<Main>_<Sub>", e.g. "Exception_Lost",
// "InTransit_CustomsRequiringInformation"; some carriers send the main status alone, e.g.
// "OutForDelivery"), and which of the platform's exception codes each one raises. Pure logic: the
// fulfilment desk labels timeline events with it and explains an exception's carrier sub-status.
#include "domain/Enums.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>
#include <optional>

namespace wk {

// 17TRACK's main statuses. Codes are 17TRACK's own spelling.
enum class CarrierMainStatus {
    Unknown, NotFound, InfoReceived, InTransit, Expired, AvailableForPickup, OutForDelivery,
    DeliveryFailure, Delivered, Exception
};

struct CarrierStatus
{
    CarrierMainStatus main = CarrierMainStatus::Unknown;
    QString sub;        // the part after '_' ("Lost", "CustomsRequiringInformation"), may be empty
    QString raw;        // as the carrier sent it

    // Parses "Main_Sub" or "Main"; an unknown main status gives Unknown (raw kept for display).
    static CarrierStatus parse(QStringView raw);
    bool isKnown() const { return main != CarrierMainStatus::Unknown; }
};

class CarrierStatuses
{
    Q_DECLARE_TR_FUNCTIONS(wk::CarrierStatuses)
public:
    // The platform's exception code a carrier status raises, or nullopt when it is on the happy
    // path (or too vague to act on, like NotFound_Other in the first hours after label creation).
    static std::optional<ExceptionCode> exceptionFor(const CarrierStatus &status);
    static std::optional<ExceptionCode> exceptionFor(QStringView raw) { return exceptionFor(CarrierStatus::parse(raw)); }

    // A short translated label for a timeline ("Held by customs: information required").
    static QString label(const CarrierStatus &status);
    // Whether the status means customs is holding the parcel (what pauses the clocks, SlaClocks).
    static bool isCustomsHold(const CarrierStatus &status);
    static bool isCustoms(const CarrierStatus &status);
    static QString mainCode(CarrierMainStatus main);
};

} // namespace wk
