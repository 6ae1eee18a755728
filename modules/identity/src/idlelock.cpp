#include "cliniclink/identity/idlelock.h"

namespace cliniclink::identity {

IdleLock::IdleLock(const Clock &clock, QObject *parent) : QObject(parent), m_clock(clock)
{
    m_timer.setInterval(5000);
    connect(&m_timer, &QTimer::timeout, this, &IdleLock::check);
}

void IdleLock::setTimeoutMinutes(int minutes) { m_minutes = qMax(1, minutes); }

void IdleLock::start()
{
    m_last = m_clock.nowUtc();
    m_timer.start();
}

void IdleLock::stop() { m_timer.stop(); }

void IdleLock::activity() { m_last = m_clock.nowUtc(); }

void IdleLock::check()
{
    if (!m_timer.isActive())
        return;
    if (m_last.secsTo(m_clock.nowUtc()) >= qint64(m_minutes) * 60) {
        m_timer.stop();
        emit idle();
    }
}

} // namespace cliniclink::identity
