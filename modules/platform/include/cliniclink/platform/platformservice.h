#pragma once

#include "cliniclink/core/result.h"
#include "cliniclink/platform/pgconnection.h"
#include "cliniclink/protocol/wire.h"

#include <QDateTime>

// The platform's logic, stateless between requests: everything lives in PostgreSQL, so any
// number of instances can serve the same database. Each function takes the calling thread's
// connection.
namespace cliniclink::platform {

// Creates or upgrades the schema (idempotent; concurrent instances serialise on a lock).
Result<void> ensureSchema(PgConnection &db);

// --- administration (cliniclink-platform admin …)
Result<void> addOrganisation(PgConnection &db, const QString &code, const QString &name, const QString &parent);
// A one-time code, valid 24 h, that enrols one workstation into the organisation.
Result<QString> createEnrolmentCode(PgConnection &db, const QString &orgCode);
// Platform users (radiologists, specialists, administrators); Argon2id password hash.
Result<void> addPlatformUser(PgConnection &db, const QString &name, const QString &role, const QString &orgCode,
                             const QString &password);

// --- devices
struct DeviceIdentity {
    QString deviceId;
    QString orgCode;
};
struct Enrolment {
    QString deviceId;
    QString token; // the device credential; only its SHA-256 is stored
    QString orgCode;
    QString orgName;
};
Result<Enrolment> enrolDevice(PgConnection &db, const QString &code, const QString &deviceName);
// Bearer token → device; DeviceNotAuthorized if unknown or revoked.
Result<DeviceIdentity> authenticateDevice(PgConnection &db, const QString &token);

// --- sync
// Applies a batch in one transaction: per change applied / duplicate (stored result) /
// conflict (with the platform's version) / rejected (reason). At most once per changeId.
Result<QList<protocol::ChangeResult>> applyChanges(PgConnection &db, const DeviceIdentity &device,
                                                   const QList<protocol::WireChange> &changes);
// One page of the change feed of `scope` (default: the device's organisation) after the cursor.
// OutOfScope (audited) if the scope lies outside the device's organisation.
Result<protocol::PullPage> pullChanges(PgConnection &db, const DeviceIdentity &device, const QString &scope,
                                       const QString &cursor, int limit);
// One record; OutOfScope (audited) when it belongs to another organisation's subtree.
Result<protocol::FeedEntry> readRecord(PgConnection &db, const DeviceIdentity &device, const QString &type,
                                       const QString &id);

// Appends to the platform's audit table (device ids and record ids, never patient data).
// FHIR R4 view (protocol/fhirmapping.h): the resource `resourceType/id` from the stored bundle
// of its document. OutOfScope (audited) outside the device's organisation; NotFound for an
// unknown type or id; NotFound with detail "gone" for a deleted record.
Result<QJsonObject> readFhirResource(PgConnection &db, const DeviceIdentity &device, const QString &resourceType, const QString &id);
// The FHIR bundle column for one document (SQL NULL for types without a mapping).
QVariant fhirColumn(const QString &recordType, const QString &recordId, const QJsonObject &payload);

Result<void> auditEvent(PgConnection &db, const QString &deviceId, const QString &action, const QString &objectType,
                        const QString &objectId, const QJsonObject &detail = {});

inline constexpr char kFeedChannel[] = "cliniclink_feed";

} // namespace cliniclink::platform
