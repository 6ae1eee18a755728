#include "cliniclink/registry/idnumber.h"

namespace cliniclink::registry {

namespace {
constexpr int kWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr char kCheck[] = "10X98765432";

bool allDigits(QStringView s)
{
    for (QChar c : s)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return !s.isEmpty();
}
} // namespace

QChar idNumberCheckCharacter(QStringView first17)
{
    if (first17.size() != 17 || !allDigits(first17))
        return QChar();
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17[i].unicode() - '0') * kWeights[i];
    return QLatin1Char(kCheck[sum % 11]);
}

QString convertIdNumber15To18(const QString &fifteen)
{
    if (fifteen.size() != 15 || !allDigits(fifteen))
        return {};
    const QString first17 = fifteen.left(6) + QStringLiteral("19") + fifteen.mid(6);
    return first17 + idNumberCheckCharacter(first17);
}

Result<IdNumber> parseIdNumber(const QString &text, const QDate &today)
{
    QString s = text.trimmed().toUpper();
    if (s.size() == 15) {
        s = convertIdNumber15To18(s);
        if (s.isEmpty())
            return fail(ErrorCode::InvalidIdNumber, QStringLiteral("length"));
    }
    if (s.size() != 18 || !allDigits(QStringView(s).left(17))
        || !(s.at(17).isDigit() || s.at(17) == QLatin1Char('X')))
        return fail(ErrorCode::InvalidIdNumber, QStringLiteral("length"));
    // QDate::fromString with "yyyyMMdd" rejects 0229 in non-leap years and month 13.
    const QDate birth = QDate::fromString(s.mid(6, 8), QStringLiteral("yyyyMMdd"));
    if (!birth.isValid() || birth.year() < 1880 || birth > today)
        return fail(ErrorCode::InvalidIdNumber, QStringLiteral("date"));
    if (idNumberCheckCharacter(QStringView(s).left(17)) != s.at(17))
        return fail(ErrorCode::InvalidIdNumber, QStringLiteral("check"));
    const int sequence = s.mid(14, 3).toInt();
    return IdNumber{s, birth, sequence % 2 == 1 ? QStringLiteral("1") : QStringLiteral("2")};
}

} // namespace cliniclink::registry
