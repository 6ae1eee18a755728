#include "cliniclink/crypto/version.h"

#include <argon2.h>
#include <openssl/crypto.h>

namespace cliniclink::crypto {
QString opensslVersion() { return QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION)); }
QString argon2Version() { return QStringLiteral("0x%1").arg(int(ARGON2_VERSION_NUMBER), 0, 16); }
} // namespace cliniclink::crypto
