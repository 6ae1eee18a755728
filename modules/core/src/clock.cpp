#include "cliniclink/core/clock.h"

namespace cliniclink {

ManualClock::ManualClock(QDateTime start) : m_now(start.toUTC()) {}

QDateTime ManualClock::nowUtc() const
{
    QMutexLocker lock(&m_mutex);
    return m_now;
}

void ManualClock::set(const QDateTime &t)
{
    QMutexLocker lock(&m_mutex);
    m_now = t.toUTC();
}

void ManualClock::advance(qint64 msecs)
{
    QMutexLocker lock(&m_mutex);
    m_now = m_now.addMSecs(msecs);
}

Clock &systemClock()
{
    static SystemClock clock;
    return clock;
}

} // namespace cliniclink
