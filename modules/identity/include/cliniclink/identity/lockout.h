#pragma once

#include "cliniclink/core/clock.h"
#include "cliniclink/core/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <optional>

namespace cliniclink::identity {

// Failed sign-ins, kept in lockout.json beside the encrypted store because they happen before
// the data key is known. Five consecutive failures lock the account for 15 minutes. The file
// holds user names and times only (an unknown user name is recorded as "?" — it may be a
// mistyped password). Events are folded into the audit chain at the next successful sign-in.
class LockoutTracker {
public:
    static constexpr int kMaxFailures = 5;
    static constexpr qint64 kLockSeconds = 15 * 60;

    struct FailedAttempt {
        QString username; // "?" for unknown users
        QDateTime timeUtc;
        QString kind; // "sign_in" or "unlock"
    };

    LockoutTracker(QString path, const Clock &clock);

    // The time until which the account is locked, if it is locked now.
    std::optional<QDateTime> lockedUntil(const QString &username) const;
    // Records one failure; returns true if the account is now locked.
    bool recordFailure(const QString &username, const QString &kind = QStringLiteral("sign_in"));
    void recordUnknownUser();
    void recordSuccess(const QString &username);
    int failures(const QString &username) const;

    void setDisabled(const QString &username, bool disabled);
    bool isDisabled(const QString &username) const;

    QList<FailedAttempt> pendingAttempts() const;
    void clearPendingAttempts();

private:
    QJsonObject load() const;
    void save(const QJsonObject &o) const;

    QString m_path;
    const Clock &m_clock;
};

} // namespace cliniclink::identity
