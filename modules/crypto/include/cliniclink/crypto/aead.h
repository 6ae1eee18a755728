#pragma once

#include "cliniclink/core/result.h"
#include "cliniclink/crypto/secretkey.h"

namespace cliniclink::crypto {

// Authenticated encryption with AES-256-GCM (OpenSSL EVP).
// Sealed format: 1 byte format id (0x01 = AES-256-GCM) | 12-byte random nonce | ciphertext | 16-byte tag.
// The associated data (aad) is authenticated, not stored: the same aad must be given to open().
constexpr int kAeadOverhead = 1 + 12 + 16;

Result<QByteArray> seal(const SecretKey &key, QByteArrayView plaintext, QByteArrayView aad = {});
// ErrorCode::DecryptionFailed when the tag does not verify (wrong key, modified data or aad);
// ErrorCode::InvalidArgument when the input is too short or of an unknown format.
Result<QByteArray> open(const SecretKey &key, QByteArrayView sealed, QByteArrayView aad = {});

} // namespace cliniclink::crypto
