#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QString>
#include <QCoreApplication>

namespace cliniclink::ui::sync {

// Texts shared by the sync views (translated in the context "cliniclink::ui::sync::SyncTexts").
class SyncTexts {
    Q_DECLARE_TR_FUNCTIONS(cliniclink::ui::sync::SyncTexts)

public:
    static QString recordType(const QString &type);
    static QString rejectionReason(const QString &reason);
    static QString localTime(const QDateTime &utc); // "yyyy-MM-dd HH:mm" local, "—" if unknown
    static QString value(const QJsonValue &v);      // a field value as a person reads it
    // A typed value back to JSON, shaped like the values it replaces (a number stays a number).
    static QJsonValue parseEdited(const QString &text, const QJsonValue &likeThis);
};

} // namespace cliniclink::ui::sync
