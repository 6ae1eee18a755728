#pragma once
#include <QDateTime>
#include <QString>

namespace cliniclink::store {
// Timestamps are stored as ISO 8601 UTC with milliseconds; they sort as text.
inline QString isoUtc(const QDateTime &t) { return t.toUTC().toString(Qt::ISODateWithMs); }
inline QDateTime fromIsoUtc(const QString &s) { return QDateTime::fromString(s, Qt::ISODateWithMs).toUTC(); }
} // namespace cliniclink::store
