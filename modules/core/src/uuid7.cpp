#include "cliniclink/core/uuid7.h"

#include "cliniclink/core/clock.h"

#include <QMutex>
#include <QRandomGenerator>

#include <array>

namespace cliniclink {

namespace {
QMutex g_mutex;
qint64 g_lastMs = -1;
quint16 g_counter = 0; // the 12-bit rand_a field, used as a monotonic counter within one ms
} // namespace

QUuid newUuid7(const Clock &clock)
{
    qint64 ms = clock.msecsSinceEpoch();
    quint16 counter;
    {
        QMutexLocker lock(&g_mutex);
        if (ms <= g_lastMs) {
            ms = g_lastMs;
            if (++g_counter > 0x0FFF) { // counter exhausted: borrow the next millisecond
                ++ms;
                g_counter = quint16(QRandomGenerator::system()->bounded(0x400));
            }
        } else {
            g_counter = quint16(QRandomGenerator::system()->bounded(0x400));
        }
        g_lastMs = ms;
        counter = g_counter;
    }
    std::array<uchar, 16> b{};
    for (int i = 0; i < 6; ++i)
        b[i] = uchar((quint64(ms) >> (8 * (5 - i))) & 0xFF);
    b[6] = uchar(0x70 | ((counter >> 8) & 0x0F));
    b[7] = uchar(counter & 0xFF);
    quint64 rnd = QRandomGenerator::system()->generate64();
    for (int i = 8; i < 16; ++i)
        b[i] = uchar((rnd >> (8 * (15 - i))) & 0xFF);
    b[8] = uchar(0x80 | (b[8] & 0x3F)); // RFC 4122 variant
    return QUuid::fromRfc4122(QByteArrayView(reinterpret_cast<const char *>(b.data()), 16));
}

QUuid newUuid7() { return newUuid7(systemClock()); }

QString newId(const Clock &clock) { return newUuid7(clock).toString(QUuid::WithoutBraces); }

QString newId() { return newId(systemClock()); }

int uuid7Version(const QUuid &id) { return (id.data3 >> 12) & 0x0F; }

qint64 uuid7Timestamp(const QUuid &id)
{
    if (uuid7Version(id) != 7)
        return -1;
    const QByteArray raw = id.toRfc4122();
    qint64 ms = 0;
    for (int i = 0; i < 6; ++i)
        ms = (ms << 8) | uchar(raw[i]);
    return ms;
}

} // namespace cliniclink
