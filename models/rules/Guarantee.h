#pragma once
// What the delivery and quality guarantees cost: the 10% service fee, a full or partial refund, and
// refund against reship in the order's currency and in CNY (what suppliers and forwarders are paid
// in). Integer minor units only (wk::Money); every overflow, unknown currency and currency mismatch
// comes back as an error with a sentence, never as a wrong number.
#include "domain/Money.h"

#include <QCoreApplication>
#include <QString>
#include <optional>
#include <utility>
#include <variant>

namespace wk {

enum class GuaranteeError {
    UnknownCurrency,
    CurrencyMismatch,
    NegativeAmount,
    Overflow,
    InvalidRate,
    RefundNotPositive,
    RefundTooLarge,
};
QString guaranteeErrorCode(GuaranteeError error);

struct GuaranteeFailure
{
    GuaranteeError error;
    QString message;   // translated, says what to fix
};

// A value or the reason there is none (std::expected is C++23).
template <typename T>
class GuaranteeResult
{
public:
    GuaranteeResult(T value) : m_data(std::move(value)) {}
    GuaranteeResult(GuaranteeFailure failure) : m_data(std::move(failure)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return std::get<T>(m_data); }
    const T *operator->() const { return &value(); }
    std::optional<GuaranteeError> error() const
    {
        return ok() ? std::nullopt : std::optional(std::get<GuaranteeFailure>(m_data).error);
    }
    QString message() const { return ok() ? QString() : std::get<GuaranteeFailure>(m_data).message; }

private:
    std::variant<T, GuaranteeFailure> m_data;
};

struct GuaranteeBreakdown
{
    Money goods;
    Money shipping;
    Money fee;          // 10% of goods + shipping
    Money fullRefund;   // goods + shipping + fee: everything the customer paid
};

struct RefundBounds
{
    Money minimum;      // one minor unit: a zero refund is no refund
    Money maximum;      // the full refund minus what was already refunded
};

// 1 unit of `currency` = cnyNumerator / cnyDenominator CNY, e.g. USD 7.2345 = {"USD", 72345, 10000}.
// A ratio of integers keeps the rate exact as the platform publishes it.
struct CnyRate
{
    QString currency;
    qint64 cnyNumerator = 0;
    qint64 cnyDenominator = 1;
};

enum class Remedy { Refund, Reship };
QString remedyCode(Remedy remedy);

struct RemedyComparison
{
    Money refundInOrderCurrency;   // the full refund
    Money refundInCny;
    Money reshipInCny;             // supplier cost + shipping cost, paid again
    Money reshipInOrderCurrency;
    Remedy cheaper = Remedy::Reship;
    Money savingInCny;             // how much the cheaper remedy saves, >= 0
};

class Guarantee
{
    Q_DECLARE_TR_FUNCTIONS(wk::Guarantee)
public:
    // 10% of goods + shipping, as the reduced fraction 1/10: Money::scaled multiplies before it
    // divides, so the smaller numerator keeps very large amounts exact rather than overflowing.
    static constexpr qint64 kFeeNumerator = 1;
    static constexpr qint64 kFeeDenominator = 10;

    // The fee is 10% of the sum goods + shipping, rounded once, half away from zero, to the minor
    // unit (Money::scaled): 0.05 cent and up rounds up. Rounding the sum and not each part keeps the
    // fee the customer sees equal to 10% of the subtotal they see.
    static GuaranteeResult<Money> serviceFee(const Money &goods, const Money &shipping);
    static GuaranteeResult<GuaranteeBreakdown> breakdown(const Money &goods, const Money &shipping);

    static GuaranteeResult<RefundBounds> partialRefundBounds(const GuaranteeBreakdown &order,
                                                             const Money &alreadyRefunded);
    // The requested amount if it lies within partialRefundBounds, or why not.
    static GuaranteeResult<Money> checkPartialRefund(const GuaranteeBreakdown &order, const Money &alreadyRefunded,
                                                     const Money &requested);

    // Conversions round half away from zero to the target's minor unit.
    static GuaranteeResult<Money> toCny(const Money &amount, const CnyRate &rate);
    static GuaranteeResult<Money> fromCny(const Money &cny, const CnyRate &rate);

    // Refunding pays back the full refund; reshipping buys the goods and the shipping again (both in
    // CNY). Compared in CNY because that is what the platform actually spends; on a tie reship wins,
    // since delivery is what the guarantee promises first.
    static GuaranteeResult<RemedyComparison> compareRefundAndReship(const GuaranteeBreakdown &order,
                                                                    const Money &supplierCostCny,
                                                                    const Money &shippingCostCny,
                                                                    const CnyRate &rate);
};

} // namespace wk
