#pragma once

#include "cliniclink/core/result.h"

namespace cliniclink::identity {

// 等保 2.0 level 3: at least 8 characters from at least 3 of the 4 classes
// (lower case, upper case, digits, other). ErrorCode::PasswordTooWeak otherwise.
Result<void> checkPasswordPolicy(const QString &password);
// 2-32 characters of [A-Za-z0-9._-], starting with a letter or digit. ErrorCode::InvalidUserName.
Result<void> checkUserName(const QString &username);
// GB/T 2260 county (6 digits) + township (3) + village (3); the county part must name a
// province code 11-82. A township health centre uses village "000". ErrorCode::InvalidClinicCode.
Result<void> checkClinicCode(const QString &code);

} // namespace cliniclink::identity
