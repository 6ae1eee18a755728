#pragma once

#include <QtGlobal>

namespace cliniclink::sync {

// Exponential back-off with "equal jitter" (delay uniform in [d/2, d], d = min(cap, base·2^n)), so
// a township's villages that lost the link together do not retry in lock step, and no retry comes
// almost at once after a failure (full jitter's [0, d] sometimes did). reset() when a sync
// succeeds or the network comes back.
class Backoff {
public:
    explicit Backoff(qint64 baseMs = 2000, qint64 capMs = 5 * 60 * 1000) : m_base(baseMs), m_cap(capMs) {}
    qint64 nextDelayMs();
    void reset() { m_failures = 0; }
    int failures() const { return m_failures; }

private:
    qint64 m_base;
    qint64 m_cap;
    int m_failures = 0;
};

} // namespace cliniclink::sync
