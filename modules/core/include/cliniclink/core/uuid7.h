#pragma once

#include <QString>
#include <QUuid>

namespace cliniclink {
class Clock;

// RFC 9562 UUID version 7: 48-bit Unix milliseconds, then random bits. Ids sort by creation
// time, which keeps B-tree inserts local and makes outbox order readable. Within one
// millisecond a process-wide counter keeps ids strictly increasing.
QUuid newUuid7(const Clock &clock);
QUuid newUuid7();
// Lower-case canonical text without braces: "01890a5d-ac96-774b-bcce-b302099a8057".
QString newId(const Clock &clock);
QString newId();
// The version nibble (Qt 6.4's QUuid::version() does not know 7).
int uuid7Version(const QUuid &id);
// Milliseconds since the epoch encoded in a version-7 id, or -1 for any other id.
qint64 uuid7Timestamp(const QUuid &id);

} // namespace cliniclink
