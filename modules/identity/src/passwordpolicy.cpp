#include "cliniclink/identity/passwordpolicy.h"

#include <QRegularExpression>

namespace cliniclink::identity {

Result<void> checkPasswordPolicy(const QString &password)
{
    if (password.size() < 8)
        return fail(ErrorCode::PasswordTooWeak, QStringLiteral("shorter than 8 characters"));
    bool lower = false, upper = false, digit = false, other = false;
    for (const QChar c : password) {
        if (c.isLower())
            lower = true;
        else if (c.isUpper())
            upper = true;
        else if (c.isDigit())
            digit = true;
        else
            other = true;
    }
    if (int(lower) + int(upper) + int(digit) + int(other) < 3)
        return fail(ErrorCode::PasswordTooWeak, QStringLiteral("fewer than 3 character classes"));
    return {};
}

Result<void> checkUserName(const QString &username)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{1,31}$"));
    if (!re.match(username).hasMatch())
        return fail(ErrorCode::InvalidUserName);
    return {};
}

Result<void> checkClinicCode(const QString &code)
{
    static const QRegularExpression re(QStringLiteral("^[0-9]{12}$"));
    if (!re.match(code).hasMatch())
        return fail(ErrorCode::InvalidClinicCode, QStringLiteral("not 12 digits"));
    const int province = code.left(2).toInt();
    if (province < 11 || province > 82)
        return fail(ErrorCode::InvalidClinicCode, QStringLiteral("no such province code"));
    if (code.mid(2, 4) == QLatin1String("0000") || code.mid(6, 3) == QLatin1String("000"))
        return fail(ErrorCode::InvalidClinicCode, QStringLiteral("county and township parts must be set"));
    return {};
}

} // namespace cliniclink::identity
