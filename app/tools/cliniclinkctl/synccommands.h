#pragma once

#include "commands.h"

namespace cliniclink::identity {
class Session;
}

// cliniclinkctl enroll --platform URL --code C [--ca FILE]
// cliniclinkctl sync [--platform URL] [--ca FILE] [--attempts N]
// cliniclinkctl status --json
int cmdEnroll(Invocation &inv, cliniclink::identity::Session &session);
int cmdSync(Invocation &inv, cliniclink::identity::Session &session);
int cmdStatus(Invocation &inv, cliniclink::identity::Session &session);
