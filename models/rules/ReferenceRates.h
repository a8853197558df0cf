#pragma once
// The CNY reference rates the console uses to show what a guarantee costs in CNY when the platform
// has not sent a rate (the cache has none yet). Exact ratios; the desk says "at the reference rate"
// next to every converted figure so nobody takes it for the day's rate.
#include "Guarantee.h"

#include <optional>

namespace wk {

// nullopt for a currency without a reference rate.
std::optional<CnyRate> referenceCnyRate(const QString &currency);

} // namespace wk
