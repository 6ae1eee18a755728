#pragma once

#include "cliniclink/core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>

namespace cliniclink::crypto {

// SHA-256 by default; SM3 (GB/T 32905) as the 国密 option, both through OpenSSL 3's EVP.
enum class HashAlgorithm { Sha256, Sm3 };

QString hashAlgorithmName(HashAlgorithm a); // "sha256" / "sm3"
Result<HashAlgorithm> parseHashAlgorithm(const QString &name);

// One-shot digest (32 bytes for both algorithms).
QByteArray digest(HashAlgorithm a, QByteArrayView data);

// Incremental digest for large inputs (blobs, audit chains).
class Hasher {
public:
    explicit Hasher(HashAlgorithm a);
    ~Hasher();
    Hasher(const Hasher &) = delete;
    Hasher &operator=(const Hasher &) = delete;
    void add(QByteArrayView data);
    QByteArray result(); // finalises; the hasher is reset for reuse

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

// HMAC-SHA256, e.g. to derive per-purpose sub-keys.
QByteArray hmacSha256(QByteArrayView key, QByteArrayView data);

} // namespace cliniclink::crypto
