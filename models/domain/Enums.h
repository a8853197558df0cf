#pragma once
// Every enum of the domain, with its stable wire code (see Enums.cpp for the codes).
#include "EnumCodes.h"

namespace wk {

template <typename E> std::optional<E> fromCode(QStringView code);
template <typename E> QStringList allCodes();

enum class MediaKind { Image, Video, Copy };
enum class ReviewStatus { Open, Claimed, Decided, Escalated };
enum class FlagReason {
    ArtefactVisible,     // image/video: generation artefacts
    ProductMismatch,     // image/video does not show the supplier's product
    GarbledText,         // unreadable or nonsense text in the media
    ContinuityGlitch,    // video: a frame jump, an object that vanishes
    FlashFrame,          // video: a flash of a wrong frame
    WrongColour,         // colour differs from the source photo
    UnbackedClaim,       // copy claims something the attributes don't back
    ForbiddenClaim,      // copy: medical, safety or absolute claims
    CertificationClaim,  // copy: CE/FCC/UKCA etc. without a certificate
    NumberMismatch,      // copy: sizes/weights disagree with attributes
    MissingField,        // copy: a required field is missing
    TrademarkRisk,       // IP/trademark
    LowConfidence        // the AI itself was unsure
};
enum class DecisionKind { Approve, Reject, Regenerate, Correct, Escalate };
enum class OrderStage {
    Placed, Purchased, AtWarehouse, InTransit, Customs, LastMile, Delivered, Returned, Refunded
};
enum class ExceptionCode {
    TrackingInvalid, Stalled, CustomsHold, DeliveryFailed, Returning, Lost, Damaged, Refused,
    SupplierLate, WrongItem, ConsolidationQcFail, QualityComplaint, DeliveredNotReceived
};
enum class ExceptionStatus { Open, Resolved };
enum class SupplierTier { PalletTrader, DirectFactory, LongTail1688 };
enum class SupplierStatus { Active, Suspended };
enum class PeriodKind { Week, Month };
enum class EntityKind { Supplier, Product, ReviewItem, Order, ShipmentEvent, OrderException, SupplierMetrics };
enum class ChangeOp { Upsert, Delete };
enum class CommandType {
    ReviewClaim, ReviewRelease, ReviewDecide, ReviewNote,
    OrderFixTracking, OrderRefund, OrderReship, OrderHold, OrderRelease, OrderNote,
    ExceptionResolve, ExceptionEscalate, ExceptionNote,
    SupplierSetTier, SupplierSuspend, SupplierReinstate, SupplierNote
};
enum class CommandOutcome { Applied, Duplicate, Conflict, Rejected };

WK_DECLARE_ENUM_CODES(MediaKind)
WK_DECLARE_ENUM_CODES(ReviewStatus)
WK_DECLARE_ENUM_CODES(FlagReason)
WK_DECLARE_ENUM_CODES(DecisionKind)
WK_DECLARE_ENUM_CODES(OrderStage)
WK_DECLARE_ENUM_CODES(ExceptionCode)
WK_DECLARE_ENUM_CODES(ExceptionStatus)
WK_DECLARE_ENUM_CODES(SupplierTier)
WK_DECLARE_ENUM_CODES(SupplierStatus)
WK_DECLARE_ENUM_CODES(PeriodKind)
WK_DECLARE_ENUM_CODES(EntityKind)
WK_DECLARE_ENUM_CODES(ChangeOp)
WK_DECLARE_ENUM_CODES(CommandType)
WK_DECLARE_ENUM_CODES(CommandOutcome)

} // namespace wk
