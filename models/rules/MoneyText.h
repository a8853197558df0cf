#pragma once
// Money typed by a person: "12.34", "12,34", "1 234.5" → integer minor units, never through a
// float. Pure logic for the refund dialog.
#include <QStringView>
#include <optional>

namespace wk {

// Parses a non-negative amount with at most `exponent` decimals (either '.' or ',' as the decimal
// separator; spaces, apostrophes and thin spaces as digit grouping are ignored). nullopt for
// anything else (letters, two separators, too many decimals, overflow).
std::optional<qint64> parseMinorUnits(QStringView text, int exponent);

} // namespace wk
