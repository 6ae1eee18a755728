#include "cliniclink/sync/backoff.h"

#include <QRandomGenerator>

namespace cliniclink::sync {

qint64 Backoff::nextDelayMs()
{
    const int shift = qMin(m_failures, 20);
    ++m_failures;
    const qint64 ceiling = qMin(m_cap, m_base << shift);
    const qint64 floor = ceiling / 2;
    return floor + qint64(QRandomGenerator::global()->bounded(double(ceiling - floor) + 1));
}

} // namespace cliniclink::sync
