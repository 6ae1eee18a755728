#pragma once

#include "cliniclink/core/result.h"
#include "cliniclink/platform/platformserver.h"

#include <QCommandLineParser>

// Server settings from an optional JSON file (--config) overridden by flags.
cliniclink::Result<cliniclink::platform::ServerConfig> serverConfigFrom(const QCommandLineParser &parser);
