#pragma once
// The one set of readers for fields of his records (drugs, fee items, prescriptions, payments),
// so a stored key or time is parsed the same way everywhere.

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <initializer_list>

namespace cliniclink::his::detail {

// The value whose key is `key`; `fallback` for an unknown or missing key (older records).
template <typename E, typename KeyOf>
E enumFromKey(const QString &key, std::initializer_list<E> values, KeyOf keyOf, E fallback)
{
    for (E v : values)
        if (keyOf(v) == key)
            return v;
    return fallback;
}

inline QDateTime utcField(const QJsonObject &o, QLatin1StringView key)
{
    return QDateTime::fromString(o.value(key).toString(), Qt::ISODateWithMs);
}

inline QStringList stringListField(const QJsonObject &o, QLatin1StringView key)
{
    QStringList out;
    for (const QJsonValue &v : o.value(key).toArray())
        out << v.toString();
    return out;
}

} // namespace cliniclink::his::detail
