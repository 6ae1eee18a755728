#pragma once

#include "cliniclink/core/result.h"

#include <QDate>
#include <QString>

namespace cliniclink::registry {

// 公民身份号码, GB 11643-1999: 6-digit address code, 8-digit birth date (YYYYMMDD), 3-digit
// sequence (odd = male, even = female) and an ISO 7064 MOD 11-2 check character.
struct IdNumber {
    QString value; // 18 characters, check character upper-case
    QDate birthDate;
    QString sexCode; // GB/T 2261.1: "1" male, "2" female
};

// The check character for the first 17 digits ('0'-'9' or 'X'); '\0' if the input is not 17 digits.
QChar idNumberCheckCharacter(QStringView first17);

// Parses an 18-digit number (lower-case x accepted, stored as X) or a 15-digit legacy number
// (GB 11643-1989: YYMMDD, 19xx century, no check digit), which is converted to 18 digits.
// Checks the length and digits, the encoded birth date (a real calendar day, not after
// `today`, not before 1880) and the check character. ErrorCode::InvalidIdNumber; the detail
// names which check failed ("length", "date", "check") and never contains the number.
Result<IdNumber> parseIdNumber(const QString &text, const QDate &today = QDate::currentDate());

// 15 → 18 digits (inserts "19", appends the check character); empty if not 15 digits.
QString convertIdNumber15To18(const QString &fifteen);

} // namespace cliniclink::registry
