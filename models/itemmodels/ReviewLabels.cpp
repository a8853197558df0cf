#include "ReviewLabels.h"

#include "domain/Money.h"

#include <QLocale>

namespace wk {

QString ReviewLabels::kind(MediaKind kind)
{
    switch (kind) {
    case MediaKind::Image: return tr("Image");
    case MediaKind::Video: return tr("Video");
    case MediaKind::Copy: return tr("Copy");
    }
    return {};
}

QString ReviewLabels::reason(FlagReason reason)
{
    switch (reason) {
    case FlagReason::ArtefactVisible: return tr("artefact visible");
    case FlagReason::ProductMismatch: return tr("product mismatch");
    case FlagReason::GarbledText: return tr("garbled text");
    case FlagReason::ContinuityGlitch: return tr("continuity glitch");
    case FlagReason::FlashFrame: return tr("flash frame");
    case FlagReason::WrongColour: return tr("wrong colour");
    case FlagReason::UnbackedClaim: return tr("unbacked claim");
    case FlagReason::ForbiddenClaim: return tr("forbidden claim");
    case FlagReason::CertificationClaim: return tr("certification claim");
    case FlagReason::NumberMismatch: return tr("number mismatch");
    case FlagReason::MissingField: return tr("missing field");
    case FlagReason::TrademarkRisk: return tr("trademark risk");
    case FlagReason::LowConfidence: return tr("low confidence");
    }
    return {};
}

QString ReviewLabels::status(ReviewStatus status)
{
    switch (status) {
    case ReviewStatus::Open: return tr("open");
    case ReviewStatus::Claimed: return tr("claimed");
    case ReviewStatus::Decided: return tr("decided");
    case ReviewStatus::Escalated: return tr("escalated");
    }
    return {};
}

QString ReviewLabels::decided(DecisionKind decision)
{
    switch (decision) {
    case DecisionKind::Approve: return tr("approved");
    case DecisionKind::Reject: return tr("rejected");
    case DecisionKind::Regenerate: return tr("regeneration requested");
    case DecisionKind::Correct: return tr("corrected");
    case DecisionKind::Escalate: return tr("escalated");
    }
    return {};
}

QString ReviewLabels::pending(DecisionKind decision)
{
    return tr("%1 (pending)").arg(decided(decision));
}

QString ReviewLabels::tier(SupplierTier tier)
{
    switch (tier) {
    case SupplierTier::PalletTrader: return tr("pallet trader");
    case SupplierTier::DirectFactory: return tr("direct factory");
    case SupplierTier::LongTail1688: return tr("1688 long tail");
    }
    return {};
}

QString ReviewLabels::money(qint64 minor, const QString &currency)
{
    const int exponent = Money::exponent(currency);
    qint64 scale = 1;
    for (int i = 0; i < exponent; ++i)
        scale *= 10;
    // Whole units and the fraction apart, so that no minor unit is lost to a double.
    const QLocale locale;
    const qint64 units = minor / scale;
    QString text = locale.toString(units);
    if (exponent > 0)
        text += locale.decimalPoint()
                + QStringLiteral("%1").arg(qAbs(minor % scale), exponent, 10, QLatin1Char('0'));
    if (minor < 0 && units == 0)
        text.prepend(locale.negativeSign());
    return tr("%1 %2", "amount, currency code").arg(text, currency);
}

QString ReviewLabels::duration(qint64 ms)
{
    const qint64 minutes = qAbs(ms) / 60000;
    if (minutes < 60)
        return tr("%n min", nullptr, int(minutes));
    if (minutes < 48 * 60)
        return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
    return tr("%n d", nullptr, int(minutes / (24 * 60)));
}

QString ReviewLabels::age(qint64 createdAtMs, qint64 slaDueAtMs, qint64 nowMs)
{
    const QString age = createdAtMs > 0 ? duration(nowMs - createdAtMs) : tr("unknown age");
    if (slaDueAtMs <= 0)
        return age;
    if (slaDueAtMs <= nowMs)
        return tr("%1 · SLA breached %2 ago").arg(age, duration(nowMs - slaDueAtMs));
    return tr("%1 · due in %2").arg(age, duration(slaDueAtMs - nowMs));
}

} // namespace wk
