#include "cliniclink/protocol/orgcode.h"

namespace cliniclink::protocol {

OrgLevel orgLevel(const QString &code)
{
    for (QChar c : code)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return OrgLevel::Invalid;
    switch (code.size()) {
    case 6: return OrgLevel::County;
    case 9: return OrgLevel::Township;
    case 12: return OrgLevel::Village;
    default: return OrgLevel::Invalid;
    }
}

bool isValidOrgCode(const QString &code) { return orgLevel(code) != OrgLevel::Invalid; }

QString parentOrgCode(const QString &code)
{
    switch (orgLevel(code)) {
    case OrgLevel::Township: return code.left(6);
    case OrgLevel::Village: return code.left(9);
    default: return {};
    }
}

QStringList orgScopes(const QString &code)
{
    QStringList scopes;
    for (int n : {6, 9, 12})
        if (isValidOrgCode(code) && code.size() >= n)
            scopes << code.left(n);
    return scopes;
}

bool isWithinScope(const QString &code, const QString &scope)
{
    return isValidOrgCode(code) && isValidOrgCode(scope) && code.startsWith(scope);
}

} // namespace cliniclink::protocol
