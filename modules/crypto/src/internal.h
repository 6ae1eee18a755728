#pragma once

// Private helpers of the crypto module (not installed, not part of the API).

#include <QLoggingCategory>
#include <QString>

// Log lines of this module carry error codes and OpenSSL/libargon2 reasons only: never key
// material, passwords, recovery keys or plaintext.
Q_DECLARE_LOGGING_CATEGORY(lcCrypto)

namespace cliniclink::crypto::detail {

// The reason of the most recent OpenSSL error on this thread (and clears the error queue).
QString takeOpenSslError();

} // namespace cliniclink::crypto::detail
