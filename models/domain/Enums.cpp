#include "Enums.h"

namespace wk {
namespace {
using MK = MediaKind;
constexpr EnumCodeTable<MK, 3> kMediaKind{{{MK::Image, "image"}, {MK::Video, "video"}, {MK::Copy, "copy"}}};

using RS = ReviewStatus;
constexpr EnumCodeTable<RS, 4> kReviewStatus{
    {{RS::Open, "open"}, {RS::Claimed, "claimed"}, {RS::Decided, "decided"}, {RS::Escalated, "escalated"}}};

using FR = FlagReason;
constexpr EnumCodeTable<FR, 13> kFlagReason{{
    {FR::ArtefactVisible, "artefact_visible"}, {FR::ProductMismatch, "product_mismatch"},
    {FR::GarbledText, "garbled_text"}, {FR::ContinuityGlitch, "continuity_glitch"},
    {FR::FlashFrame, "flash_frame"}, {FR::WrongColour, "wrong_colour"},
    {FR::UnbackedClaim, "unbacked_claim"}, {FR::ForbiddenClaim, "forbidden_claim"},
    {FR::CertificationClaim, "certification_claim"}, {FR::NumberMismatch, "number_mismatch"},
    {FR::MissingField, "missing_field"}, {FR::TrademarkRisk, "trademark_risk"},
    {FR::LowConfidence, "low_confidence"}}};

using DK = DecisionKind;
constexpr EnumCodeTable<DK, 5> kDecisionKind{{{DK::Approve, "approve"}, {DK::Reject, "reject"},
    {DK::Regenerate, "regenerate"}, {DK::Correct, "correct"}, {DK::Escalate, "escalate"}}};

using OS = OrderStage;
constexpr EnumCodeTable<OS, 9> kOrderStage{{{OS::Placed, "placed"}, {OS::Purchased, "purchased"},
    {OS::AtWarehouse, "at_warehouse"}, {OS::InTransit, "in_transit"}, {OS::Customs, "customs"},
    {OS::LastMile, "last_mile"}, {OS::Delivered, "delivered"}, {OS::Returned, "returned"},
    {OS::Refunded, "refunded"}}};

using EC = ExceptionCode;
constexpr EnumCodeTable<EC, 13> kExceptionCode{{
    {EC::TrackingInvalid, "TRACKING_INVALID"}, {EC::Stalled, "STALLED"}, {EC::CustomsHold, "CUSTOMS_HOLD"},
    {EC::DeliveryFailed, "DELIVERY_FAILED"}, {EC::Returning, "RETURNING"}, {EC::Lost, "LOST"},
    {EC::Damaged, "DAMAGED"}, {EC::Refused, "REFUSED"}, {EC::SupplierLate, "SUPPLIER_LATE"},
    {EC::WrongItem, "WRONG_ITEM"}, {EC::ConsolidationQcFail, "CONSOLIDATION_QC_FAIL"},
    {EC::QualityComplaint, "QUALITY_COMPLAINT"}, {EC::DeliveredNotReceived, "DELIVERED_NOT_RECEIVED"}}};

using ES = ExceptionStatus;
constexpr EnumCodeTable<ES, 2> kExceptionStatus{{{ES::Open, "open"}, {ES::Resolved, "resolved"}}};

using ST = SupplierTier;
constexpr EnumCodeTable<ST, 3> kSupplierTier{{{ST::PalletTrader, "pallet_trader"},
    {ST::DirectFactory, "direct_factory"}, {ST::LongTail1688, "longtail_1688"}}};

using SS = SupplierStatus;
constexpr EnumCodeTable<SS, 2> kSupplierStatus{{{SS::Active, "active"}, {SS::Suspended, "suspended"}}};

using PK = PeriodKind;
constexpr EnumCodeTable<PK, 2> kPeriodKind{{{PK::Week, "week"}, {PK::Month, "month"}}};

using EK = EntityKind;
constexpr EnumCodeTable<EK, 7> kEntityKind{{{EK::Supplier, "supplier"}, {EK::Product, "product"},
    {EK::ReviewItem, "review_item"}, {EK::Order, "order"}, {EK::ShipmentEvent, "shipment_event"},
    {EK::OrderException, "order_exception"}, {EK::SupplierMetrics, "supplier_metrics"}}};

using CO = ChangeOp;
constexpr EnumCodeTable<CO, 2> kChangeOp{{{CO::Upsert, "upsert"}, {CO::Delete, "delete"}}};

using CT = CommandType;
constexpr EnumCodeTable<CT, 17> kCommandType{{
    {CT::ReviewClaim, "review.claim"}, {CT::ReviewRelease, "review.release"},
    {CT::ReviewDecide, "review.decide"}, {CT::ReviewNote, "review.note"},
    {CT::OrderFixTracking, "order.fix_tracking"}, {CT::OrderRefund, "order.refund"},
    {CT::OrderReship, "order.reship"}, {CT::OrderHold, "order.hold"}, {CT::OrderRelease, "order.release"},
    {CT::OrderNote, "order.note"}, {CT::ExceptionResolve, "exception.resolve"},
    {CT::ExceptionEscalate, "exception.escalate"}, {CT::ExceptionNote, "exception.note"},
    {CT::SupplierSetTier, "supplier.set_tier"}, {CT::SupplierSuspend, "supplier.suspend"},
    {CT::SupplierReinstate, "supplier.reinstate"}, {CT::SupplierNote, "supplier.note"}}};

using OC = CommandOutcome;
constexpr EnumCodeTable<OC, 4> kCommandOutcome{{{OC::Applied, "applied"}, {OC::Duplicate, "duplicate"},
    {OC::Conflict, "conflict"}, {OC::Rejected, "rejected"}}};
} // namespace

WK_DEFINE_ENUM_CODES(MediaKind, kMediaKind)
WK_DEFINE_ENUM_CODES(ReviewStatus, kReviewStatus)
WK_DEFINE_ENUM_CODES(FlagReason, kFlagReason)
WK_DEFINE_ENUM_CODES(DecisionKind, kDecisionKind)
WK_DEFINE_ENUM_CODES(OrderStage, kOrderStage)
WK_DEFINE_ENUM_CODES(ExceptionCode, kExceptionCode)
WK_DEFINE_ENUM_CODES(ExceptionStatus, kExceptionStatus)
WK_DEFINE_ENUM_CODES(SupplierTier, kSupplierTier)
WK_DEFINE_ENUM_CODES(SupplierStatus, kSupplierStatus)
WK_DEFINE_ENUM_CODES(PeriodKind, kPeriodKind)
WK_DEFINE_ENUM_CODES(EntityKind, kEntityKind)
WK_DEFINE_ENUM_CODES(ChangeOp, kChangeOp)
WK_DEFINE_ENUM_CODES(CommandType, kCommandType)
WK_DEFINE_ENUM_CODES(CommandOutcome, kCommandOutcome)

} // namespace wk
