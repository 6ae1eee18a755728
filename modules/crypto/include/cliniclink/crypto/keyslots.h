#pragma once

#include "cliniclink/core/result.h"
#include "cliniclink/crypto/kdf.h"
#include "cliniclink/crypto/secretkey.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace cliniclink::crypto {

// LUKS-style keyslots: one random data key for the store, wrapped once per user (with a key
// derived from that user's password by Argon2id) and once by the recovery key. The wrapped key
// is sealed with AES-256-GCM, so a wrong password is detected by the tag, and the slot's id,
// kind and label are the associated data, so a slot cannot be relabelled to another user.
struct Keyslot {
    enum class Kind { User, Recovery };

    QString id;      // UUIDv7
    Kind kind = Kind::User;
    QString label;   // the user name for Kind::User, "recovery" for Kind::Recovery
    QByteArray salt; // 16 random bytes
    Argon2Params kdf;
    QByteArray wrappedKey; // seal(derived, dataKey, aad)
    QDateTime createdUtc;
};

// Creates a slot that wraps dataKey under secret (a password, or the recovery key bytes).
Result<Keyslot> createKeyslot(Keyslot::Kind kind, const QString &label, QByteArrayView secret,
                              const SecretKey &dataKey, const Argon2Params &params = {});
// Unwraps the data key; ErrorCode::DecryptionFailed if secret is wrong or the slot was modified.
Result<SecretKey> unlockKeyslot(const Keyslot &slot, QByteArrayView secret);

// The keyslot file (keyslots.json in the store directory). Holds no patient data: only salts,
// KDF parameters and wrapped keys, plus the device id and format version.
class KeyslotFile {
public:
    static constexpr int kFormatVersion = 1;

    static Result<KeyslotFile> load(const QString &path);
    // Atomic replace (QSaveFile: write a temporary file in the same directory, fsync, rename),
    // so a crash never leaves a half-written keyslot file.
    Result<void> save(const QString &path) const;

    QString deviceId;
    QList<Keyslot> entries; // (not `slots`: that is a Qt keyword macro)

    std::optional<Keyslot> userSlot(const QString &username) const;
    std::optional<Keyslot> recoverySlot() const;
    // Replaces the slot with the same kind+label, or appends.
    void put(const Keyslot &slot);
    bool removeUserSlot(const QString &username);
};

// The recovery key printed for the administrator at set-up: 32 random bytes shown as
// Crockford base32 in groups of four with a 2-character checksum, e.g. "7K3M-...-X9".
// Parsing ignores case, spaces and dashes and maps O→0, I/L→1.
struct RecoveryKey {
    static RecoveryKey generate();
    static Result<RecoveryKey> parse(const QString &text); // ErrorCode::InvalidRecoveryKey
    QString toDisplayString() const;
    QByteArray bytes; // 32 bytes
};

// Cheaper Argon2 parameters for the recovery slot: its secret already has 256 bits of entropy.
Argon2Params recoveryKdfParams();

} // namespace cliniclink::crypto
