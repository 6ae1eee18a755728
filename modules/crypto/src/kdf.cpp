#include "cliniclink/crypto/kdf.h"

#include "internal.h"

#include <QJsonValue>

#include <argon2.h>

#include <cmath>

namespace cliniclink::crypto {

namespace {
constexpr int kMinSaltSize = 16;

// Sanity limits. A keyslot file is read before any password is known, so its parameters must
// not be able to demand absurd memory or time (denial of service by a tampered file).
constexpr quint32 kMaxTimeCost = 64;
constexpr quint32 kMaxMemoryKiB = 4u * 1024 * 1024; // 4 GiB
constexpr quint32 kMaxParallelism = 64;

const QString kAlgorithm = QStringLiteral("argon2id");

QString checkParams(const Argon2Params &p)
{
    if (p.timeCost < 1 || p.timeCost > kMaxTimeCost)
        return QStringLiteral("argon2 timeCost %1 outside 1..%2").arg(p.timeCost).arg(kMaxTimeCost);
    if (p.parallelism < 1 || p.parallelism > kMaxParallelism)
        return QStringLiteral("argon2 parallelism %1 outside 1..%2").arg(p.parallelism).arg(kMaxParallelism);
    if (p.memoryKiB < 8 * p.parallelism || p.memoryKiB > kMaxMemoryKiB)
        return QStringLiteral("argon2 memoryKiB %1 outside %2..%3").arg(p.memoryKiB).arg(8 * p.parallelism).arg(kMaxMemoryKiB);
    return {};
}

// A JSON number that is a non-negative integer fitting quint32.
bool toUInt32(const QJsonValue &v, quint32 *out)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    if (!(d >= 0 && d <= 4294967295.0) || std::floor(d) != d)
        return false;
    *out = quint32(d);
    return true;
}
} // namespace

QJsonObject Argon2Params::toJson() const
{
    return QJsonObject{
        {QStringLiteral("algorithm"), kAlgorithm},
        {QStringLiteral("timeCost"), qint64(timeCost)},
        {QStringLiteral("memoryKiB"), qint64(memoryKiB)},
        {QStringLiteral("parallelism"), qint64(parallelism)},
    };
}

Result<Argon2Params> Argon2Params::fromJson(const QJsonObject &o)
{
    const QString context = QStringLiteral("crypto::Argon2Params::fromJson");
    if (o.value(QStringLiteral("algorithm")).toString() != kAlgorithm)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("kdf algorithm is not argon2id"), context);
    Argon2Params p;
    if (!toUInt32(o.value(QStringLiteral("timeCost")), &p.timeCost)
        || !toUInt32(o.value(QStringLiteral("memoryKiB")), &p.memoryKiB)
        || !toUInt32(o.value(QStringLiteral("parallelism")), &p.parallelism))
        return fail(ErrorCode::InvalidArgument, QStringLiteral("kdf parameters missing or not integers"), context);
    if (const QString problem = checkParams(p); !problem.isEmpty())
        return fail(ErrorCode::InvalidArgument, problem, context);
    return p;
}

Result<SecretKey> argon2id(QByteArrayView password, QByteArrayView salt, const Argon2Params &params)
{
    const QString context = QStringLiteral("crypto::argon2id");
    if (salt.size() < kMinSaltSize)
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("salt of %1 bytes; at least %2 required").arg(salt.size()).arg(kMinSaltSize), context);
    if (salt.size() > qsizetype(ARGON2_MAX_SALT_LENGTH) || password.size() > qsizetype(ARGON2_MAX_PWD_LENGTH))
        return fail(ErrorCode::InvalidArgument, QStringLiteral("password or salt too long"), context);
    if (const QString problem = checkParams(params); !problem.isEmpty())
        return fail(ErrorCode::InvalidArgument, problem, context);

    QByteArray out(SecretKey::kSize, Qt::Uninitialized);
    const int rc = argon2id_hash_raw(params.timeCost, params.memoryKiB, params.parallelism,
                                     password.isEmpty() ? nullptr : password.data(), size_t(password.size()),
                                     salt.data(), size_t(salt.size()), out.data(), size_t(out.size()));
    if (rc != ARGON2_OK) {
        wipe(out);
        const QString reason = QString::fromLatin1(argon2_error_message(rc));
        qCWarning(lcCrypto, "argon2id failed: %d %s", rc, qPrintable(reason));
        return fail(ErrorCode::CryptoFailure, QStringLiteral("argon2id: %1 (%2)").arg(reason).arg(rc), context);
    }
    return SecretKey(std::move(out));
}

} // namespace cliniclink::crypto
