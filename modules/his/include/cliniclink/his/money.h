#pragma once

#include "cliniclink/core/result.h"

#include <QString>

namespace cliniclink::his {

// Money is integer fen (分) everywhere: prices, lines, payments, reports. No floating point
// touches an amount, so sums of any number of lines are exact.
using Fen = qint64;

// Amounts beyond 10^12 fen (10 billion yuan) are refused as typing errors long before
// qint64 could overflow.
inline constexpr Fen kMaxAmountFen = 1'000'000'000'000LL;

Result<Fen> multiplyFen(Fen unitPrice, qint64 quantity); // AmountOutOfRange, InvalidQuantity (negative)
Result<Fen> addFen(Fen a, Fen b);                        // AmountOutOfRange
// "12.30" (always two decimals, "-" for negative amounts).
QString formatYuan(Fen amount);
// "12.3", "12.30", "12" → 1230; more than two decimals or junk → InvalidQuantity.
Result<Fen> parseYuan(const QString &text);

} // namespace cliniclink::his
