#include "cliniclink/identity/lockout.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace cliniclink::identity {

namespace {
const QString kUsers = QStringLiteral("users");
const QString kEvents = QStringLiteral("events");
const QString kFailures = QStringLiteral("failures");
const QString kLockedUntil = QStringLiteral("lockedUntil");
const QString kDisabled = QStringLiteral("disabled");
QString iso(const QDateTime &t) { return t.toUTC().toString(Qt::ISODateWithMs); }
QDateTime parseIso(const QString &s) { return QDateTime::fromString(s, Qt::ISODateWithMs).toUTC(); }
} // namespace

LockoutTracker::LockoutTracker(QString path, const Clock &clock) : m_path(std::move(path)), m_clock(clock) {}

QJsonObject LockoutTracker::load() const
{
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

void LockoutTracker::save(const QJsonObject &o) const
{
    QSaveFile f(m_path);
    if (f.open(QIODevice::WriteOnly)) {
        f.write(QJsonDocument(o).toJson(QJsonDocument::Indented));
        f.commit();
    }
}

std::optional<QDateTime> LockoutTracker::lockedUntil(const QString &username) const
{
    const QJsonObject u = load().value(kUsers).toObject().value(username).toObject();
    const QDateTime until = parseIso(u.value(kLockedUntil).toString());
    if (until.isValid() && m_clock.nowUtc() < until)
        return until;
    return std::nullopt;
}

int LockoutTracker::failures(const QString &username) const
{
    return load().value(kUsers).toObject().value(username).toObject().value(kFailures).toInt();
}

bool LockoutTracker::recordFailure(const QString &username, const QString &kind)
{
    QJsonObject root = load();
    QJsonObject users = root.value(kUsers).toObject();
    QJsonObject u = users.value(username).toObject();
    const QDateTime now = m_clock.nowUtc();
    // A lock that has run out starts a fresh count.
    const QDateTime until = parseIso(u.value(kLockedUntil).toString());
    int n = (until.isValid() && now >= until) ? 0 : u.value(kFailures).toInt();
    if (until.isValid() && now >= until)
        u.remove(kLockedUntil);
    ++n;
    u.insert(kFailures, n);
    const bool locked = n >= kMaxFailures;
    if (locked)
        u.insert(kLockedUntil, iso(now.addSecs(kLockSeconds)));
    users.insert(username, u);
    root.insert(kUsers, users);
    QJsonArray events = root.value(kEvents).toArray();
    events.append(QJsonObject{{QStringLiteral("user"), username}, {QStringLiteral("time"), iso(now)},
                              {QStringLiteral("kind"), kind}});
    root.insert(kEvents, events);
    save(root);
    return locked;
}

void LockoutTracker::recordUnknownUser()
{
    QJsonObject root = load();
    QJsonArray events = root.value(kEvents).toArray();
    events.append(QJsonObject{{QStringLiteral("user"), QStringLiteral("?")},
                              {QStringLiteral("time"), iso(m_clock.nowUtc())},
                              {QStringLiteral("kind"), QStringLiteral("sign_in")}});
    root.insert(kEvents, events);
    save(root);
}

void LockoutTracker::recordSuccess(const QString &username)
{
    QJsonObject root = load();
    QJsonObject users = root.value(kUsers).toObject();
    if (!users.contains(username))
        return;
    QJsonObject u = users.value(username).toObject();
    u.remove(kFailures);
    u.remove(kLockedUntil);
    users.insert(username, u);
    root.insert(kUsers, users);
    save(root);
}

void LockoutTracker::setDisabled(const QString &username, bool disabled)
{
    QJsonObject root = load();
    QJsonObject users = root.value(kUsers).toObject();
    QJsonObject u = users.value(username).toObject();
    if (disabled)
        u.insert(kDisabled, true);
    else
        u.remove(kDisabled);
    users.insert(username, u);
    root.insert(kUsers, users);
    save(root);
}

bool LockoutTracker::isDisabled(const QString &username) const
{
    return load().value(kUsers).toObject().value(username).toObject().value(kDisabled).toBool();
}

QList<LockoutTracker::FailedAttempt> LockoutTracker::pendingAttempts() const
{
    QList<FailedAttempt> out;
    for (const QJsonValue &v : load().value(kEvents).toArray()) {
        const QJsonObject o = v.toObject();
        out.append({o.value(QStringLiteral("user")).toString(), parseIso(o.value(QStringLiteral("time")).toString()),
                    o.value(QStringLiteral("kind")).toString()});
    }
    return out;
}

void LockoutTracker::clearPendingAttempts()
{
    QJsonObject root = load();
    if (!root.contains(kEvents))
        return;
    root.remove(kEvents);
    save(root);
}

} // namespace cliniclink::identity
