#pragma once

#include "cliniclink/core/clock.h"
#include "cliniclink/core/result.h"
#include "cliniclink/crypto/kdf.h"
#include "cliniclink/identity/lockout.h"
#include "cliniclink/identity/user.h"
#include "cliniclink/store/store.h"

#include <memory>

namespace cliniclink::identity {

struct ClinicSetup {
    QString clinicCode;
    QString clinicName;
    QString adminUsername;
    QString adminDisplayName;
    QString adminPassword;
    crypto::HashAlgorithm auditHash = crypto::HashAlgorithm::Sha256;
};

struct SetupResult {
    QString recoveryKey; // shown once, printed by the administrator; never stored in clear
    QString deviceId;
};

// Creates a new store in an empty directory: a random data key, the administrator's keyslot,
// the recovery keyslot, the database with the administrator account, and the first audit rows.
Result<SetupResult> setUpClinic(const QString &directory, const ClinicSetup &setup, const Clock &clock = systemClock());
bool isClinicSetUp(const QString &directory);

// An open store and the person using it. Every action that needs a permission checks it here,
// in the logic layer; user administration keeps the keyslot file and the users table in step.
class Session {
public:
    // Wrong password → AuthenticationFailed (the failure is counted, nothing else is written);
    // fifth failure or a locked account → AccountLocked; disabled → AccountDisabled.
    static Result<std::unique_ptr<Session>> signIn(const QString &directory, const QString &username,
                                                   const QString &password, const Clock &clock = systemClock());
    // For the administrator who lost every password: opens the store as "recovery" with only
    // user-management rights, so an administrator password can be reset.
    static Result<std::unique_ptr<Session>> signInWithRecoveryKey(const QString &directory, const QString &recoveryKey,
                                                                  const Clock &clock = systemClock());
    ~Session();

    const User &user() const { return m_user; }
    bool isRecovery() const { return m_recovery; }
    store::Store &store() { return *m_store; }
    const Clock &clock() const { return m_clock; }

    bool can(Permission p) const;
    Result<void> require(Permission p) const; // PermissionDenied, audited

    Result<QList<User>> users();
    Result<User> addUser(const NewUser &user);
    // Disabling deletes the user's keyslot, so the password no longer opens the store at all.
    Result<void> disableUser(const QString &username);
    // Re-enables with a new temporary password (the old keyslot is gone).
    Result<void> enableUser(const QString &username, const QString &temporaryPassword);
    Result<void> resetPassword(const QString &username, const QString &temporaryPassword);
    // Rewraps only this user's keyslot.
    Result<void> changePassword(const QString &oldPassword, const QString &newPassword);

    // Idle lock: lock() records it; unlock() checks the password against the user's own
    // keyslot, counts failures towards the lockout and records the outcome.
    Result<void> lock();
    Result<void> unlock(const QString &password);

    // A second connection to this session's store, acting as this user, for a worker thread
    // (background sync): SQLite's WAL lets it write while the UI's connection reads. Open it on
    // the thread that will use it. Not available in a recovery session.
    Result<std::unique_ptr<store::Store>> openWorkerStore() const;

    // Records sign-out, checkpoints the WAL and closes the store.
    void signOut();
    bool isOpen() const { return bool(m_store); }

    // Argon2 parameters for keyslots created in this session (tests may lower them).
    void setKdfParams(const crypto::Argon2Params &p) { m_kdf = p; }

private:
    Session(const QString &directory, const Clock &clock);
    Result<User> userByName(const QString &username);
    Result<void> writeUserSlot(const QString &username, const QString &password);
    // UPDATE users SET <assignments> + audit event + new keyslot, all or nothing.
    Result<void> updateUserWithSlot(const QString &userId, const QString &username, const QString &assignments,
                                    const char *auditAction, const QString &password);
    Result<void> flushFailedAttempts();

    QString m_directory;
    const Clock &m_clock;
    std::unique_ptr<store::Store> m_store;
    crypto::SecretKey m_dataKey;
    User m_user;
    bool m_recovery = false;
    crypto::Argon2Params m_kdf;
};

Result<User> userFromRow(const store::Row &row);

} // namespace cliniclink::identity
