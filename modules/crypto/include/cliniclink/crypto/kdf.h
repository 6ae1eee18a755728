#pragma once

#include "cliniclink/core/result.h"
#include "cliniclink/crypto/secretkey.h"

#include <QJsonObject>

namespace cliniclink::crypto {

// Argon2id parameters; stored beside every keyslot so they can be raised later without
// breaking old slots. Defaults follow RFC 9106's second recommendation, sized for an old
// clinic PC (about 0.2-0.5 s).
struct Argon2Params {
    quint32 timeCost = 3;
    quint32 memoryKiB = 64 * 1024;
    quint32 parallelism = 2;

    QJsonObject toJson() const;
    static Result<Argon2Params> fromJson(const QJsonObject &o);
    bool operator==(const Argon2Params &) const = default;
};

// Derives a 256-bit key from a password with libargon2 (argon2id_hash_raw).
// Salt must be at least 16 bytes.
Result<SecretKey> argon2id(QByteArrayView password, QByteArrayView salt, const Argon2Params &params);

} // namespace cliniclink::crypto
