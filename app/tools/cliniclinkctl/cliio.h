#pragma once

#include "commands.h"

#include "cliniclink/core/error.h"

// Shared output conventions of every cliniclinkctl command: errors on stderr in English with
// the code name, and the exit code from exitcodes.h.
int report(Invocation &inv, const cliniclink::Error &e);
int usage(Invocation &inv, const QString &why);
