#include "cliniclink/registry/archivenumber.h"

namespace cliniclink::registry {

namespace {
bool digits(const QString &s, int n)
{
    if (s.size() != n)
        return false;
    for (QChar c : s)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return true;
}
} // namespace

bool isValidClinicCode(const QString &code) { return digits(code, 12); }

bool isValidArchiveNumber(const QString &number) { return digits(number, 17) && number.right(5).toInt() >= 1; }

QString formatArchiveNumber(const QString &clinicCode, int sequence)
{
    if (!isValidClinicCode(clinicCode) || sequence < 1 || sequence > kArchiveSequenceMax)
        return {};
    return clinicCode + QStringLiteral("%1").arg(sequence, kArchiveSequenceDigits, 10, QLatin1Char('0'));
}

QString archiveClinicCode(const QString &number) { return isValidArchiveNumber(number) ? number.left(12) : QString(); }

int archiveSequence(const QString &number) { return isValidArchiveNumber(number) ? number.right(5).toInt() : 0; }

} // namespace cliniclink::registry
