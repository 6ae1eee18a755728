#pragma once

#include "cliniclink/core/result.h"
#include "cliniclink/crypto/hash.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace cliniclink::store {
class Store;

namespace audit {
// Action names (stable strings in the chain and in exports).
inline constexpr char SignIn[] = "auth.sign_in";
inline constexpr char SignInFailed[] = "auth.sign_in_failed";
inline constexpr char SignOut[] = "auth.sign_out";
inline constexpr char Lock[] = "auth.lock";
inline constexpr char Unlock[] = "auth.unlock";
inline constexpr char UnlockFailed[] = "auth.unlock_failed";
inline constexpr char PasswordChanged[] = "auth.password_changed";
inline constexpr char RecoveryKeyUsed[] = "auth.recovery_key_used";
inline constexpr char RecordRead[] = "record.read";
inline constexpr char RecordCreate[] = "record.create";
inline constexpr char RecordUpdate[] = "record.update";
inline constexpr char RecordDelete[] = "record.delete";
inline constexpr char Export[] = "data.export";
inline constexpr char StoreInit[] = "admin.store_init";
inline constexpr char UserAdd[] = "admin.user_add";
inline constexpr char UserDisable[] = "admin.user_disable";
inline constexpr char UserEnable[] = "admin.user_enable";
inline constexpr char UserPasswordReset[] = "admin.user_password_reset";
inline constexpr char Verify[] = "admin.verify";
} // namespace audit

struct AuditEvent {
    qint64 seq = 0;
    QString eventId;
    QDateTime timestampUtc;
    QString actor;  // user name (or "recovery", "system")
    QString device;
    QString action;
    QString objectType;
    QString objectId; // record ids only — never names or ID numbers
    QString detail;   // JSON text without patient data
    QByteArray prevHash;
    QByteArray hash;

    QJsonObject toJson() const;
};

struct AuditVerification {
    bool intact = true;
    qint64 rowsChecked = 0;
    qint64 firstBadSeq = 0; // 0 when intact
    QString reason;
};

// Tamper-evident audit trail: every row's hash covers the previous row's hash and all of its
// own fields (SHA-256, or SM3 chosen at set-up). The newest seq and hash are also kept in
// meta, so cutting rows off the end is detected too. Rows are never deleted: retention is at
// least the 180 days 等保 2.0 asks for.
class AuditLog {
public:
    explicit AuditLog(Store &store);

    Result<void> load(); // reads the algorithm and head from meta
    Result<void> initialize(crypto::HashAlgorithm algorithm);

    // Appends one event as the store's current actor, in the caller's transaction if any.
    Result<AuditEvent> append(const QString &action, const QString &objectType = {}, const QString &objectId = {},
                              const QJsonObject &detail = {});
    // The same, for events that happened earlier (failed sign-ins recorded before the key was known).
    Result<AuditEvent> appendAs(const QString &actor, const QString &device, const QDateTime &when,
                                const QString &action, const QJsonObject &detail = {});

    Result<AuditVerification> verify() const;
    Result<QList<AuditEvent>> events(qint64 fromSeq, int limit) const;
    // Writes every event as one JSON object per line. Returns the number of events written.
    Result<qint64> exportJsonl(const QString &path) const;

    crypto::HashAlgorithm algorithm() const { return m_algorithm; }

private:
    Result<AuditEvent> insert(AuditEvent e);
    QByteArray chainHash(const QByteArray &prev, const AuditEvent &e) const;
    QByteArray genesis() const;

    Store &m_store;
    crypto::HashAlgorithm m_algorithm = crypto::HashAlgorithm::Sha256;
};

} // namespace cliniclink::store
