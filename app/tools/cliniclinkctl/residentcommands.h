#pragma once

#include "commands.h"

namespace cliniclink::identity {
class Session;
}

// cliniclinkctl residents import FILE.csv | residents search TEXT --json
int cmdResidents(Invocation &inv, cliniclink::identity::Session &session);
