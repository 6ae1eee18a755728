#include "cliniclink/platform/platformservice.h"

#include "cliniclink/protocol/fhirmapping.h"
#include "cliniclink/protocol/orgcode.h"

#include <QJsonDocument>

namespace cliniclink::platform {

namespace fhir = protocol::fhir;

QVariant fhirColumn(const QString &recordType, const QString &recordId, const QJsonObject &payload)
{
    if (!fhir::isMapped(recordType))
        return {};
    return QJsonDocument(fhir::toFhir(recordType, recordId, payload)).toJson(QJsonDocument::Compact);
}

Result<QJsonObject> readFhirResource(PgConnection &db, const DeviceIdentity &device, const QString &resourceType, const QString &id)
{
    const QStringList types = fhir::recordTypesFor(resourceType);
    // Secondary resources are "<record id>.<suffix>" (an Observation of a visit, …).
    const QString recordId = id.section(QLatin1Char('.'), 0, 0);
    if (types.isEmpty() || recordId.isEmpty())
        return fail(ErrorCode::NotFound);
    for (const QString &type : types) {
        auto row = db.queryOne(QStringLiteral("SELECT scope, deleted, fhir FROM documents WHERE record_type = ? AND record_id = ?"),
                               {type, recordId});
        if (!row)
            return fail(row.error());
        if (!row->has_value())
            continue;
        const QString scope = (**row)[0].toString();
        if (!protocol::isWithinScope(scope, device.orgCode)) {
            CL_TRY(auditEvent(db, device.deviceId, QStringLiteral("scope.read_refused"), resourceType, id,
                              QJsonObject{{QStringLiteral("scope"), scope}, {QStringLiteral("deviceOrg"), device.orgCode}}));
            return fail(ErrorCode::OutOfScope, scope);
        }
        if ((**row)[1].toString() == QLatin1String("t"))
            return fail(ErrorCode::NotFound, QStringLiteral("gone"));
        const QJsonObject resource = fhir::resourceIn(QJsonDocument::fromJson((**row)[2].toString().toUtf8()).object(), resourceType, id);
        if (resource.isEmpty())
            return fail(ErrorCode::NotFound);
        return resource;
    }
    return fail(ErrorCode::NotFound);
}

} // namespace cliniclink::platform
