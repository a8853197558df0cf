#include "FulfilmentText.h"

#include "domain/Enums.h"

namespace wk {

QString FulfilmentText::stageName(const QString &code)
{
    const auto stage = fromCode<OrderStage>(code);
    if (!stage)
        return code;
    switch (*stage) {
    case OrderStage::Placed: return tr("Placed");
    case OrderStage::Purchased: return tr("Purchased from supplier");
    case OrderStage::AtWarehouse: return tr("At the consolidation warehouse");
    case OrderStage::InTransit: return tr("International transit");
    case OrderStage::Customs: return tr("Customs");
    case OrderStage::LastMile: return tr("Last mile");
    case OrderStage::Delivered: return tr("Delivered");
    case OrderStage::Returned: return tr("Returned");
    case OrderStage::Refunded: return tr("Refunded");
    }
    return code;
}

QString FulfilmentText::exceptionName(const QString &code)
{
    const auto x = fromCode<ExceptionCode>(code);
    if (!x)
        return code;
    switch (*x) {
    case ExceptionCode::TrackingInvalid: return tr("Tracking number invalid");
    case ExceptionCode::Stalled: return tr("Stalled");
    case ExceptionCode::CustomsHold: return tr("Customs hold");
    case ExceptionCode::DeliveryFailed: return tr("Delivery failed");
    case ExceptionCode::Returning: return tr("Returning to sender");
    case ExceptionCode::Lost: return tr("Lost");
    case ExceptionCode::Damaged: return tr("Damaged");
    case ExceptionCode::Refused: return tr("Refused by the customer");
    case ExceptionCode::SupplierLate: return tr("Supplier late");
    case ExceptionCode::WrongItem: return tr("Wrong item");
    case ExceptionCode::ConsolidationQcFail: return tr("Failed warehouse QC");
    case ExceptionCode::QualityComplaint: return tr("Quality complaint");
    case ExceptionCode::DeliveredNotReceived: return tr("Delivered, not received");
    }
    return code;
}

QString FulfilmentText::tierName(const QString &code)
{
    const auto tier = fromCode<SupplierTier>(code);
    if (!tier)
        return code.isEmpty() ? tr("unknown tier") : code;
    switch (*tier) {
    case SupplierTier::PalletTrader: return tr("Pallet trader");
    case SupplierTier::DirectFactory: return tr("Direct factory");
    case SupplierTier::LongTail1688: return tr("1688 long tail");
    }
    return code;
}

QString FulfilmentText::commandName(const QString &code)
{
    const auto type = fromCode<CommandType>(code);
    if (!type)
        return code;
    switch (*type) {
    case CommandType::OrderFixTracking: return tr("Fix tracking number");
    case CommandType::OrderRefund: return tr("Refund");
    case CommandType::OrderReship: return tr("Reship");
    case CommandType::OrderHold: return tr("Hold");
    case CommandType::OrderRelease: return tr("Release");
    case CommandType::OrderNote: return tr("Note to the supplier");
    case CommandType::ExceptionResolve: return tr("Resolve");
    case CommandType::ExceptionEscalate: return tr("Escalate");
    case CommandType::ExceptionNote: return tr("Note");
    default: return code;
    }
}

QString FulfilmentText::journalEvent(const QString &event)
{
    if (event == QLatin1String("enqueued")) return tr("queued");
    if (event == QLatin1String("undone")) return tr("undone");
    if (event == QLatin1String("sent")) return tr("sent");
    if (event == QLatin1String("applied")) return tr("applied by the platform");
    if (event == QLatin1String("duplicate")) return tr("applied by the platform (confirmed on a retry)");
    if (event == QLatin1String("conflict")) return tr("conflict");
    if (event == QLatin1String("rejected")) return tr("rejected by the platform");
    if (event == QLatin1String("dismissed")) return tr("dismissed");
    if (event == QLatin1String("customer_revealed")) return tr("customer data revealed");
    return event;
}

} // namespace wk
