#pragma once

#include "cliniclink/core/result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

// The one place where workstation documents meet FHIR R4 (docs/sync-protocol.md, "FHIR").
// A document becomes a Bundle (type "collection") whose first entry is the primary resource:
//   resident          → Patient
//   outpatient_visit  → Encounter + one Observation per vital sign (LOINC coded)
//   outpatient_note   → Composition (SOAP sections) + one Condition per ICD-10 diagnosis
//   prescription      → one MedicationRequest per item (groupIdentifier = the prescription)
//   ph_form           → QuestionnaireResponse (one item per answered field)
// Fields with a FHIR element go there; every other field of the document is kept, unchanged,
// in the extension kRestExtension of the primary resource, so fromFhir(toFhir(doc)) == doc.
// Resource ids: the record id for the primary resource, "<record id>.<suffix>" for the others.
namespace cliniclink::protocol::fhir {

inline constexpr char kRestExtension[] = "https://cliniclink.cn/fhir/StructureDefinition/document-rest";
inline constexpr char kIdNumberSystem[] = "https://cliniclink.cn/fhir/NamingSystem/resident-id-number";
inline constexpr char kIcd10System[] = "http://hl7.org/fhir/sid/icd-10";
inline constexpr char kLoincSystem[] = "http://loinc.org";
inline constexpr char kUcumSystem[] = "http://unitsofmeasure.org";

// True if the record type has a FHIR mapping.
bool isMapped(const QString &recordType);
// Record types whose bundles may hold resources of this FHIR type (for GET /fhir/{Type}/{id}).
QStringList recordTypesFor(const QString &resourceType);

// The Bundle for one document; an empty object for a type without a mapping.
QJsonObject toFhir(const QString &recordType, const QString &recordId, const QJsonObject &document);
// The document back from its Bundle (PlatformProtocolError if the bundle is not one of ours).
Result<QJsonObject> fromFhir(const QString &recordType, const QJsonObject &bundle);
// The resource with this type and id in a bundle, or an empty object.
QJsonObject resourceIn(const QJsonObject &bundle, const QString &resourceType, const QString &id);

} // namespace cliniclink::protocol::fhir
