#include "Guarantee.h"

#include "domain/EnumCodes.h"

namespace wk {
namespace {
using GE = GuaranteeError;
constexpr EnumCodeTable<GE, 7> kErrors{{{GE::UnknownCurrency, "unknown_currency"},
    {GE::CurrencyMismatch, "currency_mismatch"}, {GE::NegativeAmount, "negative_amount"},
    {GE::Overflow, "overflow"}, {GE::InvalidRate, "invalid_rate"},
    {GE::RefundNotPositive, "refund_not_positive"}, {GE::RefundTooLarge, "refund_too_large"}}};

constexpr EnumCodeTable<Remedy, 2> kRemedies{{{Remedy::Refund, "refund"}, {Remedy::Reship, "reship"}}};

const QString kCny = QStringLiteral("CNY");

QString shown(const Money &m)
{
    return QStringLiteral("%1 %2").arg(m.toPlainString(), m.currency());
}

GuaranteeFailure overflow()
{
    return {GE::Overflow, Guarantee::tr("These amounts are too large to compute exactly. Check them for a "
                                        "typing error.")};
}

// The first problem with an amount that must be in a known currency and not negative, if any.
// `what` is a label such as "Goods" (messages read "Label: sentence" so that no article or case has
// to agree with it in a translation).
std::optional<GuaranteeFailure> checkAmount(const Money &m, const QString &what)
{
    if (!m.isValid())
        return GuaranteeFailure{GE::UnknownCurrency,
                                Guarantee::tr("%1: '%2' is not a currency the platform trades in.")
                                    .arg(what, m.currency())};
    if (m.minorUnits() < 0)
        return GuaranteeFailure{GE::NegativeAmount,
                                Guarantee::tr("%1: an amount cannot be negative (it is %2).").arg(what, shown(m))};
    return std::nullopt;
}

std::optional<GuaranteeFailure> checkSameCurrency(const Money &a, const QString &whatA, const Money &b,
                                                  const QString &whatB)
{
    if (a.currency() == b.currency())
        return std::nullopt;
    return GuaranteeFailure{GE::CurrencyMismatch,
                            Guarantee::tr("These amounts must be in one currency: %1 in %2, %3 in %4.")
                                .arg(whatA, a.currency(), whatB, b.currency())};
}

std::optional<GuaranteeFailure> checkCny(const Money &m, const QString &what)
{
    if (m.currency() == kCny)
        return std::nullopt;
    return GuaranteeFailure{GE::CurrencyMismatch,
                            Guarantee::tr("%1: must be in CNY, what suppliers and forwarders are paid in, "
                                          "not in %2.").arg(what, m.currency())};
}

std::optional<qint64> powerOfTen(int exponent)
{
    qint64 p = 1;
    for (int i = 0; i < exponent; ++i)
        if (qMulOverflow(p, qint64(10), &p))
            return std::nullopt;
    return p;
}

// amount * (num / den) * 10^(toExp - fromExp), in `to`; the powers of ten are folded into the
// ratio first so that the one multiplication in Money::scaled is as small as it can be.
GuaranteeResult<Money> convert(const Money &amount, const QString &to, qint64 num, qint64 den)
{
    const int shift = Money::exponent(to) - Money::exponent(amount.currency());
    const auto scale = powerOfTen(shift < 0 ? -shift : shift);
    if (!scale)
        return overflow();
    if (shift > 0 ? qMulOverflow(num, *scale, &num) : qMulOverflow(den, *scale, &den))
        return overflow();
    const auto converted = Money(amount.minorUnits(), to).scaled(num, den);
    if (!converted)
        return overflow();
    return *converted;
}

std::optional<GuaranteeFailure> checkRate(const CnyRate &rate, const QString &currency)
{
    if (rate.currency != currency || rate.cnyNumerator <= 0 || rate.cnyDenominator <= 0)
        return GuaranteeFailure{GE::InvalidRate,
                                Guarantee::tr("There is no usable exchange rate from %1 to CNY: a rate must "
                                              "be for %1 and more than zero.").arg(currency)};
    return std::nullopt;
}

} // namespace

QString guaranteeErrorCode(GuaranteeError error) { return codeFromTable(kErrors, error); }
QString remedyCode(Remedy remedy) { return codeFromTable(kRemedies, remedy); }

GuaranteeResult<Money> Guarantee::serviceFee(const Money &goods, const Money &shipping)
{
    const auto all = breakdown(goods, shipping);
    if (!all)
        return GuaranteeFailure{*all.error(), all.message()};
    return all->fee;
}

GuaranteeResult<GuaranteeBreakdown> Guarantee::breakdown(const Money &goods, const Money &shipping)
{
    if (auto f = checkAmount(goods, tr("Goods")))
        return *f;
    if (auto f = checkAmount(shipping, tr("Shipping")))
        return *f;
    if (auto f = checkSameCurrency(goods, tr("Goods"), shipping, tr("Shipping")))
        return *f;
    const auto subtotal = goods.plus(shipping);
    if (!subtotal)
        return overflow();
    const auto fee = subtotal->scaled(kFeeNumerator, kFeeDenominator);
    if (!fee)
        return overflow();
    const auto full = subtotal->plus(*fee);
    if (!full)
        return overflow();
    return GuaranteeBreakdown{goods, shipping, *fee, *full};
}

GuaranteeResult<RefundBounds> Guarantee::partialRefundBounds(const GuaranteeBreakdown &order,
                                                             const Money &alreadyRefunded)
{
    if (auto f = checkAmount(alreadyRefunded, tr("Already refunded")))
        return *f;
    if (auto f = checkSameCurrency(alreadyRefunded, tr("Already refunded"), order.fullRefund,
                                   tr("Order")))
        return *f;
    const auto remaining = order.fullRefund.minus(alreadyRefunded);
    if (!remaining)
        return overflow();
    if (remaining->minorUnits() <= 0)
        return GuaranteeFailure{GE::RefundTooLarge,
                                tr("Nothing is left to refund: %1 of %2 has been refunded already.")
                                    .arg(shown(alreadyRefunded), shown(order.fullRefund))};
    return RefundBounds{Money(1, remaining->currency()), *remaining};
}

GuaranteeResult<Money> Guarantee::checkPartialRefund(const GuaranteeBreakdown &order, const Money &alreadyRefunded,
                                                     const Money &requested)
{
    const auto bounds = partialRefundBounds(order, alreadyRefunded);
    if (!bounds)
        return GuaranteeFailure{*bounds.error(), bounds.message()};
    if (!requested.isValid())
        return GuaranteeFailure{GE::UnknownCurrency,
                                tr("%1: '%2' is not a currency the platform trades in.")
                                    .arg(tr("Refund"), requested.currency())};
    if (auto f = checkSameCurrency(requested, tr("Refund"), order.fullRefund, tr("Order")))
        return *f;
    if (requested.minorUnits() < bounds->minimum.minorUnits())
        return GuaranteeFailure{GE::RefundNotPositive, tr("A refund must be more than zero.")};
    if (requested.minorUnits() > bounds->maximum.minorUnits())
        return GuaranteeFailure{GE::RefundTooLarge,
                                tr("A refund of %1 is more than the %2 that can still be refunded (the full "
                                   "refund is %3, of which %4 has been refunded already).")
                                    .arg(shown(requested), shown(bounds->maximum), shown(order.fullRefund),
                                         shown(alreadyRefunded))};
    return requested;
}

GuaranteeResult<Money> Guarantee::toCny(const Money &amount, const CnyRate &rate)
{
    if (!amount.isValid())
        return GuaranteeFailure{GE::UnknownCurrency,
                                tr("'%1' is not a currency the platform trades in.").arg(amount.currency())};
    if (auto f = checkRate(rate, amount.currency()))
        return *f;
    return convert(amount, kCny, rate.cnyNumerator, rate.cnyDenominator);
}

GuaranteeResult<Money> Guarantee::fromCny(const Money &cny, const CnyRate &rate)
{
    if (cny.currency() != kCny)
        return GuaranteeFailure{GE::CurrencyMismatch,
                                tr("Expected an amount in CNY, not in %1.").arg(cny.currency())};
    if (!Money::isKnownCurrency(rate.currency))
        return GuaranteeFailure{GE::UnknownCurrency,
                                tr("'%1' is not a currency the platform trades in.").arg(rate.currency)};
    if (auto f = checkRate(rate, rate.currency))
        return *f;
    return convert(cny, rate.currency, rate.cnyDenominator, rate.cnyNumerator);
}

GuaranteeResult<RemedyComparison> Guarantee::compareRefundAndReship(const GuaranteeBreakdown &order,
                                                                    const Money &supplierCostCny,
                                                                    const Money &shippingCostCny,
                                                                    const CnyRate &rate)
{
    if (auto f = checkAmount(supplierCostCny, tr("Supplier cost")))
        return *f;
    if (auto f = checkAmount(shippingCostCny, tr("Shipping cost")))
        return *f;
    if (auto f = checkCny(supplierCostCny, tr("Supplier cost")))
        return *f;
    if (auto f = checkCny(shippingCostCny, tr("Shipping cost")))
        return *f;
    const auto reshipCny = supplierCostCny.plus(shippingCostCny);
    if (!reshipCny)
        return overflow();
    const auto refundCny = toCny(order.fullRefund, rate);
    if (!refundCny)
        return GuaranteeFailure{*refundCny.error(), refundCny.message()};
    const auto reshipOrder = fromCny(*reshipCny, rate);
    if (!reshipOrder)
        return GuaranteeFailure{*reshipOrder.error(), reshipOrder.message()};

    RemedyComparison c;
    c.refundInOrderCurrency = order.fullRefund;
    c.refundInCny = refundCny.value();
    c.reshipInCny = *reshipCny;
    c.reshipInOrderCurrency = reshipOrder.value();
    c.cheaper = c.refundInCny.minorUnits() < c.reshipInCny.minorUnits() ? Remedy::Refund : Remedy::Reship;
    const auto saving = c.cheaper == Remedy::Refund ? c.reshipInCny.minus(c.refundInCny)
                                                    : c.refundInCny.minus(c.reshipInCny);
    if (!saving)
        return overflow();   // both are >= 0, so this cannot happen; kept so no path is unchecked
    c.savingInCny = *saving;
    return c;
}

} // namespace wk
