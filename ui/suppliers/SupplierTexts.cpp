#include "suppliers/SupplierTexts.h"

#include "itemmodels/SupplierTierModel.h"

#include <QLocale>

namespace wk {

QString SupplierTexts::tier(SupplierTier t)
{
    switch (t) {
    case SupplierTier::PalletTrader: return tr("Pallet trader");
    case SupplierTier::DirectFactory: return tr("Direct factory");
    case SupplierTier::LongTail1688: return tr("1688 long tail");
    }
    return {};
}

QString SupplierTexts::tierPlural(SupplierTier t)
{
    switch (t) {
    case SupplierTier::PalletTrader: return tr("Pallet traders");
    case SupplierTier::DirectFactory: return tr("Direct factories");
    case SupplierTier::LongTail1688: return tr("1688 long tail");
    }
    return {};
}

QString SupplierTexts::status(SupplierStatus s)
{
    return s == SupplierStatus::Suspended ? tr("Suspended") : tr("Active");
}

QString SupplierTexts::criterion(Criterion c)
{
    switch (c) {
    case Criterion::OnTime: return tr("On time");
    case Criterion::Defects: return tr("Defects");
    case Criterion::Exceptions: return tr("Exceptions");
    case Criterion::LeadTime: return tr("Lead time");
    case Criterion::MediaRejects: return tr("Media rejects");
    }
    return {};
}

QString SupplierTexts::criterionHelp(Criterion c)
{
    switch (c) {
    case Criterion::OnTime: return tr("Share of orders handed over on time.");
    case Criterion::Defects: return tr("Quality complaints, damage and wrong items per order.");
    case Criterion::Exceptions: return tr("Order exceptions of any kind per order.");
    case Criterion::LeadTime: return tr("Average hours from order to hand-over.");
    case Criterion::MediaRejects: return tr("Share of the supplier's media rejected in review.");
    }
    return {};
}

QString SupplierTexts::sampleUnit(Criterion c, int sample)
{
    return c == Criterion::MediaRejects ? tr("%n media", nullptr, sample) : (sample == 1 ? tr("1 order") : tr("%n orders", nullptr, sample));
}

QString SupplierTexts::value(Criterion c, double v)
{
    if (c == Criterion::LeadTime)
        return tr("%1 h").arg(QLocale().toString(v, 'f', 0));
    return QLocale().toString(v * 100.0, 'f', 1) + QLatin1Char('%');
}

QString SupplierTexts::exceptionCode(const QString &code)
{
    const auto c = fromCode<ExceptionCode>(code);
    if (!c)
        return code;
    switch (*c) {
    case ExceptionCode::TrackingInvalid: return tr("Invalid tracking");
    case ExceptionCode::Stalled: return tr("Stalled");
    case ExceptionCode::CustomsHold: return tr("Customs hold");
    case ExceptionCode::DeliveryFailed: return tr("Delivery failed");
    case ExceptionCode::Returning: return tr("Returning");
    case ExceptionCode::Lost: return tr("Lost");
    case ExceptionCode::Damaged: return tr("Damaged");
    case ExceptionCode::Refused: return tr("Refused");
    case ExceptionCode::SupplierLate: return tr("Supplier late");
    case ExceptionCode::WrongItem: return tr("Wrong item");
    case ExceptionCode::ConsolidationQcFail: return tr("QC failed at consolidation");
    case ExceptionCode::QualityComplaint: return tr("Quality complaint");
    case ExceptionCode::DeliveredNotReceived: return tr("Delivered, not received");
    }
    return code;
}

QString SupplierTexts::standing(Standing s) { return SupplierTierModel::standingLabel(s); }

} // namespace wk
