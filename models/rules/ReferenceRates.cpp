#include "ReferenceRates.h"

namespace wk {

std::optional<CnyRate> referenceCnyRate(const QString &currency)
{
    // CNY per unit, in ten-thousandths (the precision banks publish).
    static const struct { const char *code; qint64 cnyPer10k; } kRates[] = {
        {"USD", 72345}, {"EUR", 78634}, {"GBP", 91577}, {"AUD", 47284}, {"CAD", 52807}, {"CNY", 10000}};
    for (const auto &r : kRates)
        if (currency == QLatin1String(r.code))
            return CnyRate{currency, r.cnyPer10k, 10000};
    return std::nullopt;
}

} // namespace wk
