#include "synctexts.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cliniclink::ui::sync {

QString SyncTexts::recordType(const QString &type)
{
    if (type == QLatin1String("resident"))
        return tr("Resident archive");
    if (type == QLatin1String("family"))
        return tr("Family");
    if (type == QLatin1String("ph_form"))
        return tr("Public-health form");
    if (type == QLatin1String("visit"))
        return tr("Outpatient visit");
    if (type == QLatin1String("note"))
        return tr("Clinical note");
    if (type == QLatin1String("prescription"))
        return tr("Prescription");
    if (type == QLatin1String("sync_conflict"))
        return tr("Sync conflict");
    return type;
}

QString SyncTexts::rejectionReason(const QString &reason)
{
    if (reason == QLatin1String("out_of_scope"))
        return tr("Not permitted: the record belongs to an organisation outside this computer's area.");
    if (reason == QLatin1String("invalid"))
        return tr("Invalid: the platform did not accept the record's content.");
    if (reason == QLatin1String("unknown_record"))
        return tr("The platform does not know this record (it was changed here before it was ever sent).");
    if (reason == QLatin1String("too_large"))
        return tr("Too large: the record exceeds 1 MiB.");
    return tr("Refused by the platform (%1).").arg(reason);
}

QString SyncTexts::localTime(const QDateTime &utc)
{
    if (!utc.isValid())
        return QStringLiteral("—");
    return utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString SyncTexts::value(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return tr("(empty)");
    case QJsonValue::Bool:
        return v.toBool() ? tr("yes")
                          : tr("no");
    case QJsonValue::Double:
        return QString::number(v.toDouble(), 'g', 15);
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    }
    return QString();
}

QJsonValue SyncTexts::parseEdited(const QString &text, const QJsonValue &likeThis)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return QJsonValue(QJsonValue::Null);
    if (likeThis.isDouble()) {
        bool ok = false;
        const double d = t.toDouble(&ok);
        if (ok)
            return d;
    }
    if (likeThis.isBool())
        return t == tr("yes") || t == QLatin1String("true");
    if (likeThis.isArray() || likeThis.isObject()) {
        const QJsonDocument d = QJsonDocument::fromJson(t.toUtf8());
        if (d.isArray())
            return d.array();
        if (d.isObject())
            return d.object();
    }
    return t;
}

} // namespace cliniclink::ui::sync
