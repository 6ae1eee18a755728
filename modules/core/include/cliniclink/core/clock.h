#pragma once

#include <QDateTime>
#include <QMutex>

namespace cliniclink {

// Time source injected wherever behaviour depends on time (lockout, idle lock, audit, ids),
// so tests can move time instead of sleeping.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
    qint64 msecsSinceEpoch() const { return nowUtc().toMSecsSinceEpoch(); }
};

class SystemClock final : public Clock {
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

// A clock that only moves when told to; thread-safe.
class ManualClock final : public Clock {
public:
    explicit ManualClock(QDateTime start = QDateTime::fromMSecsSinceEpoch(1'767'225'600'000LL, Qt::UTC));
    QDateTime nowUtc() const override;
    void set(const QDateTime &t);
    void advance(qint64 msecs);

private:
    mutable QMutex m_mutex;
    QDateTime m_now;
};

// The process-wide system clock.
Clock &systemClock();

} // namespace cliniclink
