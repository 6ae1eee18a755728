#pragma once

#include <QString>

namespace cliniclink::crypto {
// Versions of the libraries this module runs on, for the About box and support reports.
QString opensslVersion(); // e.g. "OpenSSL 3.0.19 27 Jan 2026"
QString argon2Version();  // the libargon2 format version, e.g. "0x13"
} // namespace cliniclink::crypto
