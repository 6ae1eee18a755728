#include "cliniclink/his/prescription.h"

#include "jsonfields.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace cliniclink::his {

QString prescriptionTypeKey(PrescriptionType t)
{
    switch (t) {
    case PrescriptionType::Ordinary: return u"ordinary"_s;
    case PrescriptionType::Emergency: return u"emergency"_s;
    case PrescriptionType::Paediatric: return u"paediatric"_s;
    case PrescriptionType::NarcoticPsych1: return u"narcotic_psych1"_s;
    case PrescriptionType::Psych2: return u"psych2"_s;
    }
    return {};
}

PrescriptionType parsePrescriptionType(const QString &key)
{
    return detail::enumFromKey(key, {PrescriptionType::Emergency, PrescriptionType::Paediatric, PrescriptionType::NarcoticPsych1,
                                     PrescriptionType::Psych2},
                               prescriptionTypeKey, PrescriptionType::Ordinary);
}

QString prescriptionTypeLabel(PrescriptionType t)
{
    switch (t) {
    case PrescriptionType::Ordinary: return {};
    case PrescriptionType::Emergency: return u"急诊"_s;
    case PrescriptionType::Paediatric: return u"儿科"_s;
    case PrescriptionType::NarcoticPsych1: return u"麻、精一"_s;
    case PrescriptionType::Psych2: return u"精二"_s;
    }
    return {};
}

QString prescriptionStatusKey(PrescriptionStatus s)
{
    switch (s) {
    case PrescriptionStatus::Draft: return u"draft"_s;
    case PrescriptionStatus::Signed: return u"signed"_s;
    case PrescriptionStatus::PartiallyDispensed: return u"partially_dispensed"_s;
    case PrescriptionStatus::Dispensed: return u"dispensed"_s;
    }
    return {};
}

PrescriptionStatus parsePrescriptionStatus(const QString &key)
{
    return detail::enumFromKey(key, {PrescriptionStatus::Signed, PrescriptionStatus::PartiallyDispensed, PrescriptionStatus::Dispensed},
                               prescriptionStatusKey, PrescriptionStatus::Draft);
}

QString checkKindKey(CheckKind k)
{
    switch (k) {
    case CheckKind::Allergy: return u"allergy"_s;
    case CheckKind::DuplicateDrug: return u"duplicate_drug"_s;
    case CheckKind::DoseAboveMaximum: return u"dose_above_maximum"_s;
    case CheckKind::StockInsufficient: return u"stock_insufficient"_s;
    }
    return {};
}

namespace {
CheckKind parseCheckKind(const QString &key)
{
    return detail::enumFromKey(key, {CheckKind::DuplicateDrug, CheckKind::DoseAboveMaximum, CheckKind::StockInsufficient},
                               checkKindKey, CheckKind::Allergy);
}
} // namespace

QJsonObject PrescriptionItem::toJson() const
{
    return {{u"drugId"_s, drugId}, {u"dose"_s, dose},         {u"route"_s, route},       {u"frequency"_s, frequency},
            {u"days"_s, days},     {u"quantity"_s, quantity}, {u"note"_s, note},         {u"dispensed"_s, dispensed}};
}

PrescriptionItem PrescriptionItem::fromJson(const QJsonObject &o)
{
    PrescriptionItem i;
    i.drugId = o.value(u"drugId"_s).toString();
    i.dose = o.value(u"dose"_s).toDouble();
    i.route = o.value(u"route"_s).toString();
    i.frequency = o.value(u"frequency"_s).toString();
    i.days = o.value(u"days"_s).toInt();
    i.quantity = o.value(u"quantity"_s).toInteger();
    i.note = o.value(u"note"_s).toString();
    i.dispensed = o.value(u"dispensed"_s).toInteger();
    return i;
}

QJsonObject Prescription::toJson() const
{
    QJsonArray list;
    for (const PrescriptionItem &i : items)
        list.append(i.toJson());
    QJsonArray acks;
    for (const Acknowledgement &a : acknowledgements)
        acks.append(QJsonObject{{u"kind"_s, checkKindKey(a.kind)}, {u"item"_s, a.item}, {u"reason"_s, a.reason}});
    QJsonObject o{{u"visitId"_s, visitId},
                  {u"residentId"_s, residentId},
                  {u"type"_s, prescriptionTypeKey(type)},
                  {u"items"_s, list},
                  {u"ageText"_s, ageText},
                  {u"diagnosis"_s, diagnosis},
                  {u"extendedReason"_s, extendedReason},
                  {u"status"_s, prescriptionStatusKey(status)},
                  {u"prescriber"_s, prescriber},
                  {u"acknowledgements"_s, acks},
                  {u"createdAt"_s, createdUtc.toString(Qt::ISODateWithMs)}};
    if (weightKg)
        o.insert(u"weightKg"_s, *weightKg);
    if (!signedBy.isEmpty()) {
        o.insert(u"signedBy"_s, signedBy);
        o.insert(u"signedAt"_s, signedUtc.toString(Qt::ISODateWithMs));
    }
    return o;
}

Prescription Prescription::fromJson(const QString &id, qint64 version, const QJsonObject &o)
{
    Prescription p;
    p.id = id;
    p.version = version;
    p.visitId = o.value(u"visitId"_s).toString();
    p.residentId = o.value(u"residentId"_s).toString();
    p.type = parsePrescriptionType(o.value(u"type"_s).toString());
    for (const QJsonValue &v : o.value(u"items"_s).toArray())
        p.items.append(PrescriptionItem::fromJson(v.toObject()));
    if (o.value(u"weightKg"_s).isDouble())
        p.weightKg = o.value(u"weightKg"_s).toDouble();
    p.ageText = o.value(u"ageText"_s).toString();
    p.diagnosis = o.value(u"diagnosis"_s).toString();
    p.extendedReason = o.value(u"extendedReason"_s).toString();
    p.status = parsePrescriptionStatus(o.value(u"status"_s).toString());
    p.prescriber = o.value(u"prescriber"_s).toString();
    p.signedBy = o.value(u"signedBy"_s).toString();
    p.signedUtc = detail::utcField(o, "signedAt"_L1);
    for (const QJsonValue &v : o.value(u"acknowledgements"_s).toArray()) {
        const QJsonObject a = v.toObject();
        p.acknowledgements.append({parseCheckKind(a.value(u"kind"_s).toString()), a.value(u"item"_s).toInt(-1),
                                   a.value(u"reason"_s).toString()});
    }
    p.createdUtc = detail::utcField(o, "createdAt"_L1);
    return p;
}

} // namespace cliniclink::his
