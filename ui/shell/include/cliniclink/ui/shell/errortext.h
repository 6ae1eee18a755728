#pragma once

#include "cliniclink/core/clock.h"
#include "cliniclink/core/error.h"
#include "cliniclink/identity/role.h"

#include <QString>

namespace cliniclink::ui::shell {

// The one place where the shell turns error codes into text: the translated message of the
// code, never the technical detail (that goes to the log, and may name files or users).
QString errorText(const Error &error);

// errorText(), and for a locked account also the local time at which it unlocks again, read
// from the store's lockout record (the error itself does not always carry it).
QString signInErrorText(const Error &error, const QString &storeDirectory, const QString &username,
                        const Clock &clock);

// A role's display name in the current UI language.
QString roleName(identity::Role role);

} // namespace cliniclink::ui::shell
