#include "cliniclink/identity/session.h"

#include "cliniclink/core/uuid7.h"
#include "cliniclink/crypto/keyslots.h"
#include "cliniclink/identity/passwordpolicy.h"
#include "identitylogging.h"

#include <QDir>
#include <QFile>

Q_LOGGING_CATEGORY(lcIdentity, "cliniclink.identity")

namespace cliniclink::identity {

using store::audit::SignIn;

namespace {
const QString kUserColumns = QStringLiteral("id, username, display_name, role, disabled, must_change_password, created_at");

QString iso(const QDateTime &t) { return t.toUTC().toString(Qt::ISODateWithMs); }

// Spends the same Argon2 time for an unknown user as for a known one, so the response time
// does not reveal which user names exist.
void burnKdf(const QString &password)
{
    const QByteArray salt(16, '\0');
    (void)crypto::argon2id(password.toUtf8(), salt, crypto::Argon2Params{});
}
} // namespace

Result<User> userFromRow(const store::Row &r)
{
    auto role = parseRole(r[3].toString());
    if (!role)
        return fail(role.error());
    User u;
    u.id = r[0].toString();
    u.username = r[1].toString();
    u.displayName = r[2].toString();
    u.role = *role;
    u.disabled = r[4].toLongLong() != 0;
    u.mustChangePassword = r[5].toLongLong() != 0;
    u.createdUtc = QDateTime::fromString(r[6].toString(), Qt::ISODateWithMs);
    return u;
}

bool isClinicSetUp(const QString &directory)
{
    const store::StoreLayout layout(directory);
    return QFile::exists(layout.keyslots()) && QFile::exists(layout.database());
}

Result<SetupResult> setUpClinic(const QString &directory, const ClinicSetup &setup, const Clock &clock)
{
    CL_TRY(checkClinicCode(setup.clinicCode));
    CL_TRY(checkUserName(setup.adminUsername));
    CL_TRY(checkPasswordPolicy(setup.adminPassword));
    if (setup.clinicName.trimmed().isEmpty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("clinic name required"));
    const store::StoreLayout layout(directory);
    if (QFile::exists(layout.database()) || QFile::exists(layout.keyslots()))
        return fail(ErrorCode::StoreAlreadyInitialized);

    const crypto::SecretKey dataKey = crypto::SecretKey::generate();
    const crypto::RecoveryKey recovery = crypto::RecoveryKey::generate();
    const QString deviceId = newId(clock);

    auto adminSlot = crypto::createKeyslot(crypto::Keyslot::Kind::User, setup.adminUsername,
                                           setup.adminPassword.toUtf8(), dataKey);
    if (!adminSlot)
        return fail(adminSlot.error());
    auto recoverySlot = crypto::createKeyslot(crypto::Keyslot::Kind::Recovery, QStringLiteral("recovery"),
                                              recovery.bytes, dataKey, crypto::recoveryKdfParams());
    if (!recoverySlot)
        return fail(recoverySlot.error());

    // A set-up that fails half-way leaves nothing behind, so it can simply be run again.
    struct Cleanup {
        store::StoreLayout layout;
        bool armed = true;
        ~Cleanup()
        {
            if (!armed)
                return;
            for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(layout.database() + suffix);
            QFile::remove(layout.keyslots());
        }
    } cleanup{layout};
    auto store = store::Store::create(directory, dataKey,
                                      {setup.clinicCode, setup.clinicName.trimmed(), deviceId, setup.auditHash}, clock);
    if (!store)
        return fail(store.error());
    const QString adminId = newId(clock);
    const QString now = iso(clock.nowUtc());
    (*store)->setActor({adminId, setup.adminUsername, deviceId});
    store::Database &db = (*store)->db();
    CL_TRY(db.transaction([&]() -> Result<void> {
        auto w = db.execute(QStringLiteral("INSERT INTO users(id, username, display_name, role, disabled, must_change_password, "
                                           "created_at, updated_at) VALUES(?,?,?,?,0,0,?,?)"),
                            {adminId, setup.adminUsername,
                             setup.adminDisplayName.isEmpty() ? setup.adminUsername : setup.adminDisplayName,
                             roleKey(Role::Administrator), now, now});
        if (!w)
            return fail(w.error());
        auto a = (*store)->audit().append(QLatin1String(store::audit::StoreInit), QStringLiteral("clinic"), setup.clinicCode,
                                          QJsonObject{{QStringLiteral("schema"), store::Store::kSchemaVersion}});
        if (!a)
            return fail(a.error());
        auto u = (*store)->audit().append(QLatin1String(store::audit::UserAdd), QStringLiteral("user"), adminId,
                                          QJsonObject{{QStringLiteral("role"), roleKey(Role::Administrator)}});
        if (!u)
            return fail(u.error());
        // The keyslot file is written last: until it exists the store cannot be opened, and a
        // failure here rolls the database rows back.
        crypto::KeyslotFile slotFile;
        slotFile.deviceId = deviceId;
        slotFile.put(*adminSlot);
        slotFile.put(*recoverySlot);
        return slotFile.save(layout.keyslots());
    }));
    cleanup.armed = false;
    qCInfo(lcIdentity) << "clinic store set up";
    return SetupResult{recovery.toDisplayString(), deviceId};
}

Session::Session(const QString &directory, const Clock &clock) : m_directory(directory), m_clock(clock) {}

Session::~Session() { signOut(); }

Result<std::unique_ptr<Session>> Session::signIn(const QString &directory, const QString &username,
                                                 const QString &password, const Clock &clock)
{
    const store::StoreLayout layout(directory);
    if (!isClinicSetUp(directory))
        return fail(ErrorCode::StoreNotInitialized);
    LockoutTracker lockout(layout.lockout(), clock);
    if (auto until = lockout.lockedUntil(username))
        return fail(ErrorCode::AccountLocked, QStringLiteral("locked until %1").arg(iso(*until)));

    auto slotFile = crypto::KeyslotFile::load(layout.keyslots());
    if (!slotFile)
        return fail(slotFile.error());
    const auto slot = slotFile->userSlot(username);
    if (!slot) {
        burnKdf(password);
        if (lockout.isDisabled(username))
            return fail(ErrorCode::AccountDisabled);
        lockout.recordUnknownUser();
        return fail(ErrorCode::AuthenticationFailed, QStringLiteral("unknown user"));
    }
    auto key = crypto::unlockKeyslot(*slot, password.toUtf8());
    if (!key) {
        if (key.error().code != ErrorCode::DecryptionFailed)
            return fail(key.error());
        if (lockout.recordFailure(username))
            return fail(ErrorCode::AccountLocked, QStringLiteral("too many failures"));
        return fail(ErrorCode::AuthenticationFailed, QStringLiteral("wrong password"));
    }

    std::unique_ptr<Session> s(new Session(directory, clock));
    auto st = store::Store::open(directory, *key, clock);
    if (!st)
        return fail(st.error());
    s->m_store = std::move(*st);
    s->m_dataKey = *key;
    auto user = s->userByName(username);
    if (!user)
        return fail(user.error().code == ErrorCode::NotFound ? Error{ErrorCode::AuthenticationFailed, QStringLiteral("no user row"), {}}
                                                             : user.error());
    if (user->disabled)
        return fail(ErrorCode::AccountDisabled);
    s->m_user = *user;
    s->m_store->setActor({user->id, user->username, s->m_store->deviceId()});
    CL_TRY(s->flushFailedAttempts());
    lockout.recordSuccess(username);
    auto a = s->m_store->audit().append(QLatin1String(SignIn), QStringLiteral("user"), user->id);
    if (!a)
        return fail(a.error());
    return s;
}

Result<std::unique_ptr<Session>> Session::signInWithRecoveryKey(const QString &directory, const QString &recoveryKey,
                                                                const Clock &clock)
{
    const store::StoreLayout layout(directory);
    if (!isClinicSetUp(directory))
        return fail(ErrorCode::StoreNotInitialized);
    LockoutTracker lockout(layout.lockout(), clock);
    const QString label = QStringLiteral("recovery");
    if (auto until = lockout.lockedUntil(label))
        return fail(ErrorCode::AccountLocked, QStringLiteral("locked until %1").arg(iso(*until)));
    auto parsed = crypto::RecoveryKey::parse(recoveryKey);
    if (!parsed)
        return fail(parsed.error());
    auto slotFile = crypto::KeyslotFile::load(layout.keyslots());
    if (!slotFile)
        return fail(slotFile.error());
    const auto slot = slotFile->recoverySlot();
    if (!slot)
        return fail(ErrorCode::InvalidRecoveryKey, QStringLiteral("no recovery slot"));
    auto key = crypto::unlockKeyslot(*slot, parsed->bytes);
    if (!key) {
        lockout.recordFailure(label);
        return fail(ErrorCode::InvalidRecoveryKey, QStringLiteral("recovery key does not open this store"));
    }
    std::unique_ptr<Session> s(new Session(directory, clock));
    auto st = store::Store::open(directory, *key, clock);
    if (!st)
        return fail(st.error());
    s->m_store = std::move(*st);
    s->m_dataKey = *key;
    s->m_recovery = true;
    s->m_user = User{QString(), label, label, Role::Administrator, false, false, clock.nowUtc()};
    s->m_store->setActor({QString(), label, s->m_store->deviceId()});
    CL_TRY(s->flushFailedAttempts());
    auto a = s->m_store->audit().append(QLatin1String(store::audit::RecoveryKeyUsed));
    if (!a)
        return fail(a.error());
    return s;
}

Result<void> Session::flushFailedAttempts()
{
    LockoutTracker lockout(m_store->layout().lockout(), m_clock);
    const auto attempts = lockout.pendingAttempts();
    if (attempts.isEmpty())
        return {};
    CL_TRY(m_store->db().transaction([&]() -> Result<void> {
        for (const auto &a : attempts) {
            const char *action = a.kind == QLatin1String("unlock") ? store::audit::UnlockFailed : store::audit::SignInFailed;
            auto r = m_store->audit().appendAs(a.username, m_store->deviceId(), a.timeUtc, QLatin1String(action));
            if (!r)
                return fail(r.error());
        }
        return {};
    }));
    lockout.clearPendingAttempts();
    return {};
}

bool Session::can(Permission p) const
{
    if (m_recovery)
        return p == Permission::ManageUsers;
    return roleHas(m_user.role, p);
}

Result<void> Session::require(Permission p) const
{
    if (can(p))
        return {};
    (void)m_store->audit().append(QStringLiteral("auth.permission_denied"), QStringLiteral("permission"), permissionKey(p));
    return fail(ErrorCode::PermissionDenied, permissionKey(p));
}

Result<User> Session::userByName(const QString &username)
{
    auto row = m_store->db().queryOne(QStringLiteral("SELECT ") + kUserColumns + QStringLiteral(" FROM users WHERE username = ?"),
                                      {username});
    if (!row)
        return fail(row.error());
    if (!row->has_value())
        return fail(ErrorCode::NotFound, QStringLiteral("no such user"));
    return userFromRow(**row);
}

Result<QList<User>> Session::users()
{
    CL_TRY(require(Permission::ManageUsers));
    auto rows = m_store->db().query(QStringLiteral("SELECT ") + kUserColumns + QStringLiteral(" FROM users ORDER BY username"));
    if (!rows)
        return fail(rows.error());
    QList<User> out;
    for (const store::Row &r : *rows) {
        auto u = userFromRow(r);
        if (!u)
            return fail(u.error());
        out.append(*u);
    }
    return out;
}

Result<void> Session::writeUserSlot(const QString &username, const QString &password)
{
    const QString path = m_store->layout().keyslots();
    auto slotFile = crypto::KeyslotFile::load(path);
    if (!slotFile)
        return fail(slotFile.error());
    auto slot = crypto::createKeyslot(crypto::Keyslot::Kind::User, username, password.toUtf8(), m_dataKey, m_kdf);
    if (!slot)
        return fail(slot.error());
    slotFile->put(*slot);
    return slotFile->save(path);
}

Result<void> Session::updateUserWithSlot(const QString &userId, const QString &username, const QString &assignments,
                                         const char *auditAction, const QString &password)
{
    // The keyslot file is written last inside the transaction: if it fails, the row and the
    // audit event roll back, so the table and the keyslots never disagree.
    return m_store->db().transaction([&]() -> Result<void> {
        auto w = m_store->db().execute(QStringLiteral("UPDATE users SET ") + assignments
                                           + QStringLiteral(", updated_at = ? WHERE id = ?"),
                                       {iso(m_clock.nowUtc()), userId});
        if (!w)
            return fail(w.error());
        auto a = m_store->audit().append(QLatin1String(auditAction), QStringLiteral("user"), userId);
        if (!a)
            return fail(a.error());
        return writeUserSlot(username, password);
    });
}

Result<User> Session::addUser(const NewUser &nu)
{
    CL_TRY(require(Permission::ManageUsers));
    CL_TRY(checkUserName(nu.username));
    CL_TRY(checkPasswordPolicy(nu.password));
    if (nu.username == QLatin1String("recovery"))
        return fail(ErrorCode::InvalidUserName, QStringLiteral("reserved"));
    auto existing = userByName(nu.username);
    if (existing)
        return fail(ErrorCode::AlreadyExists, QStringLiteral("user exists"));
    User u{newId(m_clock), nu.username, nu.displayName.isEmpty() ? nu.username : nu.displayName, nu.role, false, true,
           m_clock.nowUtc()};
    const QString now = iso(u.createdUtc);
    CL_TRY(m_store->db().transaction([&]() -> Result<void> {
        auto w = m_store->db().execute(QStringLiteral("INSERT INTO users(id, username, display_name, role, disabled, "
                                                      "must_change_password, created_at, updated_at) VALUES(?,?,?,?,0,1,?,?)"),
                                       {u.id, u.username, u.displayName, roleKey(u.role), now, now});
        if (!w)
            return fail(w.error());
        auto a = m_store->audit().append(QLatin1String(store::audit::UserAdd), QStringLiteral("user"), u.id,
                                         QJsonObject{{QStringLiteral("role"), roleKey(u.role)}});
        if (!a)
            return fail(a.error());
        return writeUserSlot(u.username, nu.password); // last: a failure rolls the row back
    }));
    LockoutTracker(m_store->layout().lockout(), m_clock).setDisabled(u.username, false);
    return u;
}

Result<void> Session::disableUser(const QString &username)
{
    CL_TRY(require(Permission::ManageUsers));
    auto u = userByName(username);
    if (!u)
        return fail(u.error());
    if (u->role == Role::Administrator && !u->disabled) {
        auto admins = m_store->db().scalar(QStringLiteral("SELECT count(*) FROM users WHERE role = ? AND disabled = 0"),
                                           {roleKey(Role::Administrator)});
        if (!admins)
            return fail(admins.error());
        if (admins->toLongLong() <= 1)
            return fail(ErrorCode::LastAdministrator);
    }
    CL_TRY(m_store->db().transaction([&]() -> Result<void> {
        auto w = m_store->db().execute(QStringLiteral("UPDATE users SET disabled = 1, updated_at = ? WHERE id = ?"),
                                       {iso(m_clock.nowUtc()), u->id});
        if (!w)
            return fail(w.error());
        auto a = m_store->audit().append(QLatin1String(store::audit::UserDisable), QStringLiteral("user"), u->id);
        if (!a)
            return fail(a.error());
        const QString path = m_store->layout().keyslots();
        auto slotFile = crypto::KeyslotFile::load(path);
        if (!slotFile)
            return fail(slotFile.error());
        slotFile->removeUserSlot(username);
        return slotFile->save(path);
    }));
    LockoutTracker(m_store->layout().lockout(), m_clock).setDisabled(username, true);
    return {};
}

Result<void> Session::enableUser(const QString &username, const QString &temporaryPassword)
{
    CL_TRY(require(Permission::ManageUsers));
    CL_TRY(checkPasswordPolicy(temporaryPassword));
    auto u = userByName(username);
    if (!u)
        return fail(u.error());
    CL_TRY(updateUserWithSlot(u->id, username, QStringLiteral("disabled = 0, must_change_password = 1"),
                              store::audit::UserEnable, temporaryPassword));
    LockoutTracker lockout(m_store->layout().lockout(), m_clock);
    lockout.setDisabled(username, false);
    lockout.recordSuccess(username);
    return {};
}

Result<void> Session::resetPassword(const QString &username, const QString &temporaryPassword)
{
    CL_TRY(require(Permission::ManageUsers));
    CL_TRY(checkPasswordPolicy(temporaryPassword));
    auto u = userByName(username);
    if (!u)
        return fail(u.error());
    if (u->disabled)
        return fail(ErrorCode::AccountDisabled);
    CL_TRY(updateUserWithSlot(u->id, username, QStringLiteral("must_change_password = 1"), store::audit::UserPasswordReset,
                              temporaryPassword));
    LockoutTracker(m_store->layout().lockout(), m_clock).recordSuccess(username); // also lifts a lockout
    return {};
}

Result<void> Session::changePassword(const QString &oldPassword, const QString &newPassword)
{
    if (m_recovery)
        return fail(ErrorCode::PermissionDenied, QStringLiteral("recovery session has no password"));
    auto slotFile = crypto::KeyslotFile::load(m_store->layout().keyslots());
    if (!slotFile)
        return fail(slotFile.error());
    const auto slot = slotFile->userSlot(m_user.username);
    if (!slot)
        return fail(ErrorCode::AuthenticationFailed, QStringLiteral("no keyslot"));
    if (!crypto::unlockKeyslot(*slot, oldPassword.toUtf8()))
        return fail(ErrorCode::AuthenticationFailed, QStringLiteral("old password wrong"));
    CL_TRY(checkPasswordPolicy(newPassword));
    if (newPassword == oldPassword)
        return fail(ErrorCode::PasswordTooWeak, QStringLiteral("same as before"));
    CL_TRY(updateUserWithSlot(m_user.id, m_user.username, QStringLiteral("must_change_password = 0"),
                              store::audit::PasswordChanged, newPassword));
    m_user.mustChangePassword = false;
    return {};
}

Result<void> Session::lock()
{
    auto a = m_store->audit().append(QLatin1String(store::audit::Lock), QStringLiteral("user"), m_user.id);
    if (!a)
        return fail(a.error());
    return m_store->checkpoint();
}

Result<void> Session::unlock(const QString &password)
{
    LockoutTracker lockout(m_store->layout().lockout(), m_clock);
    if (auto until = lockout.lockedUntil(m_user.username))
        return fail(ErrorCode::AccountLocked, QStringLiteral("locked until %1").arg(iso(*until)));
    auto slotFile = crypto::KeyslotFile::load(m_store->layout().keyslots());
    if (!slotFile)
        return fail(slotFile.error());
    const auto slot = slotFile->userSlot(m_user.username);
    if (!slot)
        return fail(ErrorCode::AccountDisabled);
    if (!crypto::unlockKeyslot(*slot, password.toUtf8())) {
        const bool locked = lockout.recordFailure(m_user.username, QStringLiteral("unlock"));
        CL_TRY(flushFailedAttempts());
        return fail(locked ? ErrorCode::AccountLocked : ErrorCode::AuthenticationFailed);
    }
    lockout.recordSuccess(m_user.username);
    auto a = m_store->audit().append(QLatin1String(store::audit::Unlock), QStringLiteral("user"), m_user.id);
    if (!a)
        return fail(a.error());
    return {};
}

Result<std::unique_ptr<store::Store>> Session::openWorkerStore() const
{
    if (!m_store || m_recovery)
        return fail(ErrorCode::PermissionDenied, QStringLiteral("no signed-in user"));
    auto st = store::Store::open(m_directory, m_dataKey, m_clock);
    if (!st)
        return fail(st.error());
    (*st)->setActor(m_store->actor());
    return st;
}

void Session::signOut()
{
    if (!m_store)
        return;
    (void)m_store->audit().append(QLatin1String(store::audit::SignOut), QStringLiteral("user"), m_user.id);
    (void)m_store->checkpoint();
    m_store.reset();
    m_dataKey.clear();
}

} // namespace cliniclink::identity
