#pragma once

#include <QString>
#include <QStringList>

namespace cliniclink::protocol {

// Organisation codes are GB/T 2260 area codes extended to villages: county 6 digits, township
// 9, village clinic 12. A code's ancestors are its prefixes, so "is within" is a prefix test.
enum class OrgLevel { Invalid, County, Township, Village };

OrgLevel orgLevel(const QString &code);
bool isValidOrgCode(const QString &code);
// The code of the parent level ("" for a county).
QString parentOrgCode(const QString &code);
// The code itself and every ancestor, county first: the scopes a change is published to.
QStringList orgScopes(const QString &code);
// True if `code` lies in the subtree rooted at `scope` (a village lies within its township).
bool isWithinScope(const QString &code, const QString &scope);

} // namespace cliniclink::protocol
