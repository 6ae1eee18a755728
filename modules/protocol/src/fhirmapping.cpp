#include "cliniclink/protocol/fhirmapping.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <functional>

namespace cliniclink::protocol::fhir {

namespace {
const QString kResident = QStringLiteral("resident");
const QString kVisit = QStringLiteral("outpatient_visit");
const QString kNote = QStringLiteral("outpatient_note");
const QString kPrescription = QStringLiteral("prescription");
const QString kForm = QStringLiteral("ph_form");
const QString kDrugSystem = QStringLiteral("https://cliniclink.cn/fhir/CodeSystem/drug");
const QString kQuestionnaireBase = QStringLiteral("https://cliniclink.cn/fhir/Questionnaire/");
const QString kPrimaryExt = QStringLiteral("https://cliniclink.cn/fhir/StructureDefinition/primary-diagnosis");
const QString kCodeLabelExt = QStringLiteral("https://cliniclink.cn/fhir/StructureDefinition/code-system-label");
const QString kDispensedExt = QStringLiteral("https://cliniclink.cn/fhir/StructureDefinition/dispensed-quantity");

QString s(const char *latin1) { return QString::fromLatin1(latin1); }
QJsonObject ref(const QString &type, const QString &id) { return {{s("reference"), type + QLatin1Char('/') + id}}; }
QString refId(const QJsonValue &v)
{
    const QString r = v.toObject().value(s("reference")).toString();
    return r.mid(r.indexOf(QLatin1Char('/')) + 1);
}

// The GB/T 2261.1 sex codes that have an exact FHIR gender; the others stay in the rest.
const QList<QPair<QString, QString>> kSex = {{s("1"), s("male")}, {s("2"), s("female")}, {s("0"), s("unknown")}};

struct Vital {
    const char *field;
    const char *loinc;
    const char *display;
    const char *unit;
};
const Vital kVitals[] = {
    {"systolic", "8480-6", "Systolic blood pressure", "mm[Hg]"},
    {"diastolic", "8462-4", "Diastolic blood pressure", "mm[Hg]"},
    {"heartRate", "8867-4", "Heart rate", "/min"},
    {"temperature", "8310-5", "Body temperature", "Cel"},
    {"respiratoryRate", "9279-1", "Respiratory rate", "/min"},
    {"weightKg", "29463-7", "Body weight", "kg"},
    {"heightCm", "8302-2", "Body height", "cm"},
    {"spo2", "59408-5", "Oxygen saturation by pulse oximetry", "%"},
    {"glucose", "2339-0", "Glucose [Mass/volume] in Blood", "mmol/L"},
};
const Vital *vitalByField(const QString &f)
{
    for (const Vital &v : kVitals)
        if (f == QLatin1String(v.field))
            return &v;
    return nullptr;
}
const Vital *vitalByLoinc(const QString &c)
{
    for (const Vital &v : kVitals)
        if (c == QLatin1String(v.loinc))
            return &v;
    return nullptr;
}

// Moves rest[key] out when pred accepts it (only then does it have a FHIR home).
std::optional<QJsonValue> take(QJsonObject &rest, const char *key, const std::function<bool(const QJsonValue &)> &pred)
{
    const QJsonValue v = rest.value(QLatin1String(key));
    if (v.isUndefined() || !pred(v))
        return std::nullopt;
    rest.remove(QLatin1String(key));
    return v;
}
bool isString(const QJsonValue &v) { return v.isString(); }
bool isNumber(const QJsonValue &v) { return v.isDouble(); }

QJsonObject restExtension(const QJsonObject &rest)
{
    return {{s("url"), s(kRestExtension)}, {s("valueString"), QString::fromUtf8(QJsonDocument(rest).toJson(QJsonDocument::Compact))}};
}
void addExtension(QJsonObject &resource, const QJsonObject &extension)
{
    QJsonArray ext = resource.value(s("extension")).toArray();
    ext.append(extension);
    resource.insert(s("extension"), ext);
}
void attachRest(QJsonObject &resource, const QJsonObject &rest)
{
    if (!rest.isEmpty())
        addExtension(resource, restExtension(rest));
}
// Marks that a document field was mapped to other resources of the bundle (so that an empty
// list or object comes back as such, and an absent one stays absent).
const QString kMappedExt = QStringLiteral("https://cliniclink.cn/fhir/StructureDefinition/mapped-field");
void markMapped(QJsonObject &resource, const QString &field)
{
    addExtension(resource, {{s("url"), kMappedExt}, {s("valueString"), field}});
}
bool wasMapped(const QJsonObject &resource, const QString &field)
{
    for (const QJsonValue &e : resource.value(s("extension")).toArray())
        if (e.toObject().value(s("url")).toString() == kMappedExt && e.toObject().value(s("valueString")).toString() == field)
            return true;
    return false;
}
QJsonValue extensionValue(const QJsonObject &resource, const QString &url)
{
    for (const QJsonValue &e : resource.value(s("extension")).toArray()) {
        const QJsonObject o = e.toObject();
        if (o.value(s("url")).toString() == url)
            for (auto it = o.begin(); it != o.end(); ++it)
                if (it.key().startsWith(QLatin1String("value")))
                    return it.value();
    }
    return QJsonValue(QJsonValue::Undefined);
}
QJsonObject restOf(const QJsonObject &resource)
{
    const QJsonValue v = extensionValue(resource, s(kRestExtension));
    return v.isString() ? QJsonDocument::fromJson(v.toString().toUtf8()).object() : QJsonObject();
}

QString escapeXhtml(QString t)
{
    return t.replace(QLatin1Char('&'), s("&amp;")).replace(QLatin1Char('<'), s("&lt;")).replace(QLatin1Char('>'), s("&gt;"));
}
QString unescapeXhtml(QString t)
{
    return t.replace(s("&lt;"), s("<")).replace(s("&gt;"), s(">")).replace(s("&amp;"), s("&"));
}
const QString kDivOpen = QStringLiteral("<div xmlns=\"http://www.w3.org/1999/xhtml\">");
const QString kDivClose = QStringLiteral("</div>");

// A QuestionnaireResponse answer for a scalar JSON value (integers stay integers).
std::optional<QJsonObject> answerFor(const QJsonValue &v)
{
    if (v.isString())
        return QJsonObject{{s("valueString"), v}};
    if (v.isBool())
        return QJsonObject{{s("valueBoolean"), v}};
    if (v.isDouble()) {
        const double d = v.toDouble();
        const bool integral = std::isfinite(d) && std::floor(d) == d && std::fabs(d) < 2147483648.0;
        return QJsonObject{{integral ? s("valueInteger") : s("valueDecimal"), v}};
    }
    return std::nullopt;
}
QJsonValue valueOfAnswer(const QJsonObject &a)
{
    for (const char *k : {"valueString", "valueBoolean", "valueInteger", "valueDecimal"})
        if (a.contains(QLatin1String(k)))
            return a.value(QLatin1String(k));
    return QJsonValue(QJsonValue::Undefined);
}

QJsonObject bundleOf(const QJsonArray &resources)
{
    QJsonArray entries;
    for (const QJsonValue &r : resources)
        entries.append(QJsonObject{{s("resource"), r}});
    return {{s("resourceType"), s("Bundle")}, {s("type"), s("collection")}, {s("entry"), entries}};
}

// ---- resident ↔ Patient -------------------------------------------------------------------
QJsonArray patientFrom(const QString &id, QJsonObject rest)
{
    QJsonObject p{{s("resourceType"), s("Patient")}, {s("id"), id}};
    if (auto v = take(rest, "idNumber", isString))
        p.insert(s("identifier"), QJsonArray{QJsonObject{{s("system"), s(kIdNumberSystem)}, {s("value"), *v}}});
    if (auto v = take(rest, "name", isString))
        p.insert(s("name"), QJsonArray{QJsonObject{{s("text"), *v}}});
    const auto sexCode = [](const QJsonValue &v) {
        for (const auto &c : kSex)
            if (v.toString() == c.first)
                return true;
        return false;
    };
    if (auto v = take(rest, "sex", sexCode))
        for (const auto &c : kSex)
            if (v->toString() == c.first)
                p.insert(s("gender"), c.second);
    if (auto v = take(rest, "birthDate", [](const QJsonValue &x) { return QDate::fromString(x.toString(), Qt::ISODate).isValid(); }))
        p.insert(s("birthDate"), *v);
    if (auto v = take(rest, "phone", isString))
        p.insert(s("telecom"), QJsonArray{QJsonObject{{s("system"), s("phone")}, {s("value"), *v}, {s("use"), s("mobile")}}});
    if (auto v = take(rest, "currentAddress", isString))
        p.insert(s("address"), QJsonArray{QJsonObject{{s("text"), *v}, {s("use"), s("home")}}});
    attachRest(p, rest);
    return {p};
}
QJsonObject patientTo(const QJsonObject &p)
{
    QJsonObject d = restOf(p);
    for (const QJsonValue &i : p.value(s("identifier")).toArray())
        if (i.toObject().value(s("system")).toString() == QLatin1String(kIdNumberSystem))
            d.insert(s("idNumber"), i.toObject().value(s("value")));
    if (p.contains(s("name")))
        d.insert(s("name"), p.value(s("name")).toArray().first().toObject().value(s("text")));
    for (const auto &c : kSex)
        if (p.value(s("gender")).toString() == c.second)
            d.insert(s("sex"), c.first);
    if (p.contains(s("birthDate")))
        d.insert(s("birthDate"), p.value(s("birthDate")));
    if (p.contains(s("telecom")))
        d.insert(s("phone"), p.value(s("telecom")).toArray().first().toObject().value(s("value")));
    if (p.contains(s("address")))
        d.insert(s("currentAddress"), p.value(s("address")).toArray().first().toObject().value(s("text")));
    return d;
}

// ---- outpatient_visit ↔ Encounter + Observations -------------------------------------------
QJsonArray encounterFrom(const QString &id, QJsonObject rest)
{
    QJsonObject e{{s("resourceType"), s("Encounter")}, {s("id"), id}, {s("status"), s("unknown")},
                  {s("class"), QJsonObject{{s("system"), s("http://terminology.hl7.org/CodeSystem/v3-ActCode")},
                                           {s("code"), s("AMB")}, {s("display"), s("ambulatory")}}}};
    const QString resident = rest.value(s("residentId")).toString();
    if (auto v = take(rest, "residentId", isString))
        e.insert(s("subject"), ref(s("Patient"), v->toString()));
    const QString registeredAt = rest.value(s("registeredAt")).toString();
    if (auto v = take(rest, "registeredAt", isString))
        e.insert(s("period"), QJsonObject{{s("start"), *v}});
    if (auto v = take(rest, "department", isString))
        e.insert(s("serviceType"), QJsonObject{{s("text"), *v}});
    if (auto v = take(rest, "registeredBy", isString))
        e.insert(s("participant"), QJsonArray{QJsonObject{{s("individual"), QJsonObject{{s("display"), *v}}}}});
    QJsonArray out{e};
    const auto allVitals = [](const QJsonValue &v) {
        if (!v.isObject())
            return false;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!vitalByField(it.key()) || !it.value().isDouble())
                return false;
        return true;
    };
    if (auto v = take(rest, "vitals", allVitals)) {
        markMapped(e, s("vitals"));
        const QJsonObject vitals = v->toObject();
        for (auto it = vitals.begin(); it != vitals.end(); ++it) {
            const Vital *vital = vitalByField(it.key());
            QJsonObject o{{s("resourceType"), s("Observation")},
                          {s("id"), id + QLatin1Char('.') + it.key()},
                          {s("status"), s("final")},
                          {s("category"), QJsonArray{QJsonObject{{s("coding"), QJsonArray{QJsonObject{
                               {s("system"), s("http://terminology.hl7.org/CodeSystem/observation-category")},
                               {s("code"), s("vital-signs")}}}}}}},
                          {s("code"), QJsonObject{{s("coding"), QJsonArray{QJsonObject{{s("system"), s(kLoincSystem)},
                                                                                        {s("code"), s(vital->loinc)},
                                                                                        {s("display"), s(vital->display)}}}}}},
                          {s("encounter"), ref(s("Encounter"), id)},
                          {s("valueQuantity"), QJsonObject{{s("value"), it.value()}, {s("unit"), QString::fromUtf8(vital->unit)},
                                                           {s("system"), s(kUcumSystem)}, {s("code"), QString::fromUtf8(vital->unit)}}}};
            if (!resident.isEmpty())
                o.insert(s("subject"), ref(s("Patient"), resident));
            if (!registeredAt.isEmpty())
                o.insert(s("effectiveDateTime"), registeredAt);
            out.append(o);
        }
    }
    attachRest(e, rest);
    out[0] = e;
    return out;
}
QJsonObject encounterTo(const QJsonObject &e, const QJsonArray &others)
{
    QJsonObject d = restOf(e);
    if (e.contains(s("subject")))
        d.insert(s("residentId"), refId(e.value(s("subject"))));
    if (e.contains(s("period")))
        d.insert(s("registeredAt"), e.value(s("period")).toObject().value(s("start")));
    if (e.contains(s("serviceType")))
        d.insert(s("department"), e.value(s("serviceType")).toObject().value(s("text")));
    if (e.contains(s("participant")))
        d.insert(s("registeredBy"), e.value(s("participant")).toArray().first().toObject().value(s("individual")).toObject().value(s("display")));
    QJsonObject vitals;
    for (const QJsonValue &r : others) {
        const QJsonObject o = r.toObject();
        if (o.value(s("resourceType")).toString() != QLatin1String("Observation"))
            continue;
        const QString code = o.value(s("code")).toObject().value(s("coding")).toArray().first().toObject().value(s("code")).toString();
        if (const Vital *v = vitalByLoinc(code)) {
            vitals.insert(QLatin1String(v->field), o.value(s("valueQuantity")).toObject().value(s("value")));
        }
    }
    if (wasMapped(e, s("vitals")))
        d.insert(s("vitals"), vitals);
    return d;
}

// ---- outpatient_note ↔ Composition + Conditions --------------------------------------------
QJsonArray compositionFrom(const QString &id, QJsonObject rest)
{
    const QString status = rest.value(s("status")).toString();
    QJsonObject c{{s("resourceType"), s("Composition")},
                  {s("id"), id},
                  {s("status"), status == QLatin1String("signed") ? s("final") : s("preliminary")},
                  {s("type"), QJsonObject{{s("coding"), QJsonArray{QJsonObject{{s("system"), s(kLoincSystem)}, {s("code"), s("34108-1")},
                                                                               {s("display"), s("Outpatient Note")}}}}}},
                  {s("title"), QStringLiteral("门诊病历")}};
    const QString resident = rest.value(s("residentId")).toString();
    const QString visit = rest.value(s("visitId")).toString();
    if (auto v = take(rest, "residentId", isString))
        c.insert(s("subject"), ref(s("Patient"), v->toString()));
    if (auto v = take(rest, "visitId", isString))
        c.insert(s("encounter"), ref(s("Encounter"), v->toString()));
    if (auto v = take(rest, "signedAt", isString))
        c.insert(s("date"), *v);
    if (auto v = take(rest, "signedBy", isString))
        c.insert(s("author"), QJsonArray{QJsonObject{{s("display"), *v}}});
    const auto textSections = [](const QJsonValue &v) {
        if (!v.isObject())
            return false;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!it.value().isString())
                return false;
        return true;
    };
    if (auto v = take(rest, "sections", textSections)) {
        QJsonArray sections;
        const QJsonObject o = v->toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            sections.append(QJsonObject{{s("title"), it.key()},
                                        {s("text"), QJsonObject{{s("status"), s("generated")},
                                                                {s("div"), kDivOpen + escapeXhtml(it.value().toString()) + kDivClose}}}});
        c.insert(s("section"), sections);
        markMapped(c, s("sections"));
    }
    QJsonArray out{c};
    const auto codedList = [](const QJsonValue &v) {
        if (!v.isArray())
            return false;
        for (const QJsonValue &d : v.toArray()) {
            const QJsonObject o = d.toObject();
            if (!d.isObject() || o.size() != 5 || !o.value(s("system")).isString() || !o.value(s("version")).isString()
                || !o.value(s("code")).isString() || !o.value(s("name")).isString() || !o.value(s("primary")).isBool())
                return false;
        }
        return true;
    };
    if (auto v = take(rest, "diagnoses", codedList)) {
        int n = 0;
        for (const QJsonValue &dv : v->toArray()) {
            const QJsonObject dx = dv.toObject();
            QJsonObject cond{{s("resourceType"), s("Condition")},
                             {s("id"), id + QStringLiteral(".dx%1").arg(n++)},
                             {s("category"), QJsonArray{QJsonObject{{s("coding"), QJsonArray{QJsonObject{
                                  {s("system"), s("http://terminology.hl7.org/CodeSystem/condition-category")},
                                  {s("code"), s("encounter-diagnosis")}}}}}}},
                             {s("code"), QJsonObject{{s("coding"), QJsonArray{QJsonObject{{s("system"), s(kIcd10System)},
                                                                                         {s("version"), dx.value(s("version"))},
                                                                                         {s("code"), dx.value(s("code"))},
                                                                                         {s("display"), dx.value(s("name"))}}}},
                                                     {s("text"), dx.value(s("name"))}}},
                             {s("extension"), QJsonArray{QJsonObject{{s("url"), kPrimaryExt}, {s("valueBoolean"), dx.value(s("primary"))}},
                                                         QJsonObject{{s("url"), kCodeLabelExt}, {s("valueString"), dx.value(s("system"))}}}}};
            if (!resident.isEmpty())
                cond.insert(s("subject"), ref(s("Patient"), resident));
            if (!visit.isEmpty())
                cond.insert(s("encounter"), ref(s("Encounter"), visit));
            out.append(cond);
        }
        markMapped(c, s("diagnoses"));
    }
    attachRest(c, rest);
    out[0] = c;
    return out;
}
QJsonObject compositionTo(const QJsonObject &c, const QJsonArray &others)
{
    QJsonObject d = restOf(c);
    if (c.contains(s("subject")))
        d.insert(s("residentId"), refId(c.value(s("subject"))));
    if (c.contains(s("encounter")))
        d.insert(s("visitId"), refId(c.value(s("encounter"))));
    if (c.contains(s("date")))
        d.insert(s("signedAt"), c.value(s("date")));
    if (c.contains(s("author")))
        d.insert(s("signedBy"), c.value(s("author")).toArray().first().toObject().value(s("display")));
    if (wasMapped(c, s("sections"))) {
        QJsonObject sections;
        for (const QJsonValue &sv : c.value(s("section")).toArray()) {
            const QString div = sv.toObject().value(s("text")).toObject().value(s("div")).toString();
            sections.insert(sv.toObject().value(s("title")).toString(),
                            unescapeXhtml(div.mid(kDivOpen.size(), div.size() - kDivOpen.size() - kDivClose.size())));
        }
        d.insert(s("sections"), sections);
    }
    if (wasMapped(c, s("diagnoses"))) {
        QJsonArray dx;
        for (const QJsonValue &r : others) {
            const QJsonObject o = r.toObject();
            if (o.value(s("resourceType")).toString() != QLatin1String("Condition"))
                continue;
            const QJsonObject coding = o.value(s("code")).toObject().value(s("coding")).toArray().first().toObject();
            dx.append(QJsonObject{{s("system"), extensionValue(o, kCodeLabelExt)},
                                  {s("version"), coding.value(s("version"))},
                                  {s("code"), coding.value(s("code"))},
                                  {s("name"), coding.value(s("display"))},
                                  {s("primary"), extensionValue(o, kPrimaryExt)}});
        }
        d.insert(s("diagnoses"), dx);
    }
    return d;
}

// ---- prescription ↔ MedicationRequests -------------------------------------------------------
QJsonArray medicationRequestsFrom(const QString &id, QJsonObject rest)
{
    const QString status = rest.value(s("status")).toString();
    const QString fhirStatus = status == QLatin1String("draft") ? s("draft")
        : status == QLatin1String("signed") || status == QLatin1String("dispensed") ? s("active") : s("unknown");
    QJsonObject common{{s("resourceType"), s("MedicationRequest")}, {s("status"), fhirStatus}, {s("intent"), s("order")},
                       {s("groupIdentifier"), QJsonObject{{s("value"), id}}}};
    if (auto v = take(rest, "residentId", isString))
        common.insert(s("subject"), ref(s("Patient"), v->toString()));
    if (auto v = take(rest, "visitId", isString))
        common.insert(s("encounter"), ref(s("Encounter"), v->toString()));
    if (auto v = take(rest, "createdAt", isString))
        common.insert(s("authoredOn"), *v);
    if (auto v = take(rest, "prescriber", isString))
        common.insert(s("requester"), QJsonObject{{s("display"), *v}});
    QJsonArray requests;
    const auto mappableItems = [](const QJsonValue &v) {
        if (!v.isArray() || v.toArray().isEmpty())
            return false;
        for (const QJsonValue &i : v.toArray()) {
            const QJsonObject o = i.toObject();
            static const QStringList keys = {s("drugId"), s("dose"), s("route"), s("frequency"), s("days"), s("quantity"), s("note"), s("dispensed")};
            if (!i.isObject() || o.keys() != [&] { QStringList k = keys; k.sort(); return k; }())
                return false;
            if (!o.value(s("drugId")).isString() || !o.value(s("dose")).isDouble() || !o.value(s("route")).isString()
                || !o.value(s("frequency")).isString() || !o.value(s("days")).isDouble() || !o.value(s("quantity")).isDouble()
                || !o.value(s("note")).isString() || !o.value(s("dispensed")).isDouble())
                return false;
        }
        return true;
    };
    const auto items = take(rest, "items", mappableItems);
    if (items) {
        int n = 0;
        for (const QJsonValue &iv : items->toArray()) {
            const QJsonObject i = iv.toObject();
            QJsonObject mr = common;
            mr.insert(s("id"), n == 0 ? id : id + QStringLiteral(".%1").arg(n));
            ++n;
            mr.insert(s("medicationCodeableConcept"),
                      QJsonObject{{s("coding"), QJsonArray{QJsonObject{{s("system"), kDrugSystem}, {s("code"), i.value(s("drugId"))}}}}});
            mr.insert(s("dosageInstruction"),
                      QJsonArray{QJsonObject{{s("route"), QJsonObject{{s("text"), i.value(s("route"))}}},
                                             {s("timing"), QJsonObject{{s("code"), QJsonObject{{s("text"), i.value(s("frequency"))}}}}},
                                             {s("doseAndRate"), QJsonArray{QJsonObject{{s("doseQuantity"), QJsonObject{{s("value"), i.value(s("dose"))}}}}}}}});
            mr.insert(s("dispenseRequest"),
                      QJsonObject{{s("quantity"), QJsonObject{{s("value"), i.value(s("quantity"))}}},
                                  {s("expectedSupplyDuration"), QJsonObject{{s("value"), i.value(s("days"))}, {s("unit"), s("d")},
                                                                            {s("system"), s(kUcumSystem)}, {s("code"), s("d")}}}});
            mr.insert(s("note"), QJsonArray{QJsonObject{{s("text"), i.value(s("note"))}}});
            mr.insert(s("extension"), QJsonArray{QJsonObject{{s("url"), kDispensedExt}, {s("valueDecimal"), i.value(s("dispensed"))}}});
            requests.append(mr);
        }
    } else {
        QJsonObject mr = common;
        mr.insert(s("id"), id);
        requests.append(mr);
    }
    QJsonObject first = requests.first().toObject();
    attachRest(first, rest);
    if (items)
        markMapped(first, s("items"));
    requests[0] = first;
    return requests;
}
QJsonObject medicationRequestsTo(const QJsonArray &resources)
{
    const QJsonObject first = resources.first().toObject();
    QJsonObject d = restOf(first);
    if (first.contains(s("subject")))
        d.insert(s("residentId"), refId(first.value(s("subject"))));
    if (first.contains(s("encounter")))
        d.insert(s("visitId"), refId(first.value(s("encounter"))));
    if (first.contains(s("authoredOn")))
        d.insert(s("createdAt"), first.value(s("authoredOn")));
    if (first.contains(s("requester")))
        d.insert(s("prescriber"), first.value(s("requester")).toObject().value(s("display")));
    if (wasMapped(first, s("items"))) {
        QJsonArray items;
        for (const QJsonValue &r : resources) {
            const QJsonObject mr = r.toObject();
            const QJsonObject dosage = mr.value(s("dosageInstruction")).toArray().first().toObject();
            const QJsonObject dispense = mr.value(s("dispenseRequest")).toObject();
            items.append(QJsonObject{
                {s("drugId"), mr.value(s("medicationCodeableConcept")).toObject().value(s("coding")).toArray().first().toObject().value(s("code"))},
                {s("dose"), dosage.value(s("doseAndRate")).toArray().first().toObject().value(s("doseQuantity")).toObject().value(s("value"))},
                {s("route"), dosage.value(s("route")).toObject().value(s("text"))},
                {s("frequency"), dosage.value(s("timing")).toObject().value(s("code")).toObject().value(s("text"))},
                {s("days"), dispense.value(s("expectedSupplyDuration")).toObject().value(s("value"))},
                {s("quantity"), dispense.value(s("quantity")).toObject().value(s("value"))},
                {s("note"), mr.value(s("note")).toArray().first().toObject().value(s("text"))},
                {s("dispensed"), extensionValue(mr, kDispensedExt)}});
        }
        d.insert(s("items"), items);
    }
    return d;
}

// ---- ph_form ↔ QuestionnaireResponse ---------------------------------------------------------
QJsonArray questionnaireResponseFrom(const QString &id, QJsonObject rest)
{
    const QString status = rest.value(s("status")).toString();
    QJsonObject q{{s("resourceType"), s("QuestionnaireResponse")},
                  {s("id"), id},
                  {s("status"), status == QLatin1String("signed") ? s("completed") : s("in-progress")}};
    const QJsonValue formId = rest.value(s("formId")), formVersion = rest.value(s("formVersion"));
    if (formId.isString() && formVersion.isDouble() && !formId.toString().contains(QLatin1Char('|'))) {
        q.insert(s("questionnaire"), kQuestionnaireBase + formId.toString() + QLatin1Char('|') + QString::number(formVersion.toInteger()));
        rest.remove(s("formId"));
        rest.remove(s("formVersion"));
    }
    if (auto v = take(rest, "residentId", isString))
        q.insert(s("subject"), ref(s("Patient"), v->toString()));
    if (auto v = take(rest, "createdAt", isString))
        q.insert(s("authored"), *v);
    if (auto v = take(rest, "createdBy", isString))
        q.insert(s("author"), QJsonObject{{s("display"), *v}});
    if (rest.value(s("values")).isObject()) {
        QJsonObject values = rest.value(s("values")).toObject();
        QJsonArray items;
        for (const QString &key : values.keys()) {
            const QJsonValue v = values.value(key);
            QJsonArray answers;
            bool ok = true;
            if (v.isArray() && !v.toArray().isEmpty()) {
                for (const QJsonValue &a : v.toArray()) {
                    const auto answer = answerFor(a);
                    ok = ok && answer.has_value();
                    if (answer)
                        answers.append(*answer);
                }
            } else if (auto answer = answerFor(v)) {
                answers.append(*answer);
            } else {
                ok = false;
            }
            if (!ok)
                continue; // nested tables stay in the rest
            QJsonObject item{{s("linkId"), key}, {s("answer"), answers}};
            if (v.isArray())
                markMapped(item, s("list"));
            items.append(item);
            values.remove(key);
        }
        rest.insert(s("values"), values);
        q.insert(s("item"), items);
    }
    attachRest(q, rest);
    return {q};
}
QJsonObject questionnaireResponseTo(const QJsonObject &q)
{
    QJsonObject d = restOf(q);
    if (q.contains(s("questionnaire"))) {
        const QString canonical = q.value(s("questionnaire")).toString().mid(kQuestionnaireBase.size());
        d.insert(s("formId"), canonical.section(QLatin1Char('|'), 0, 0));
        d.insert(s("formVersion"), canonical.section(QLatin1Char('|'), 1).toLongLong());
    }
    if (q.contains(s("subject")))
        d.insert(s("residentId"), refId(q.value(s("subject"))));
    if (q.contains(s("authored")))
        d.insert(s("createdAt"), q.value(s("authored")));
    if (q.contains(s("author")))
        d.insert(s("createdBy"), q.value(s("author")).toObject().value(s("display")));
    if (q.contains(s("item"))) {
        QJsonObject values = d.value(s("values")).toObject();
        for (const QJsonValue &iv : q.value(s("item")).toArray()) {
            const QJsonObject item = iv.toObject();
            const QJsonArray answers = item.value(s("answer")).toArray();
            if (wasMapped(item, s("list"))) {
                QJsonArray list;
                for (const QJsonValue &a : answers)
                    list.append(valueOfAnswer(a.toObject()));
                values.insert(item.value(s("linkId")).toString(), list);
            } else {
                values.insert(item.value(s("linkId")).toString(), valueOfAnswer(answers.first().toObject()));
            }
        }
        d.insert(s("values"), values);
    }
    return d;
}
} // namespace

bool isMapped(const QString &recordType)
{
    return recordType == kResident || recordType == kVisit || recordType == kNote || recordType == kPrescription || recordType == kForm;
}

QStringList recordTypesFor(const QString &resourceType)
{
    if (resourceType == QLatin1String("Patient"))
        return {kResident};
    if (resourceType == QLatin1String("Encounter") || resourceType == QLatin1String("Observation"))
        return {kVisit};
    if (resourceType == QLatin1String("Composition") || resourceType == QLatin1String("Condition"))
        return {kNote};
    if (resourceType == QLatin1String("MedicationRequest"))
        return {kPrescription};
    if (resourceType == QLatin1String("QuestionnaireResponse"))
        return {kForm};
    return {};
}

QJsonObject toFhir(const QString &recordType, const QString &recordId, const QJsonObject &document)
{
    if (recordType == kResident)
        return bundleOf(patientFrom(recordId, document));
    if (recordType == kVisit)
        return bundleOf(encounterFrom(recordId, document));
    if (recordType == kNote)
        return bundleOf(compositionFrom(recordId, document));
    if (recordType == kPrescription)
        return bundleOf(medicationRequestsFrom(recordId, document));
    if (recordType == kForm)
        return bundleOf(questionnaireResponseFrom(recordId, document));
    return {};
}

Result<QJsonObject> fromFhir(const QString &recordType, const QJsonObject &bundle)
{
    QJsonArray resources;
    for (const QJsonValue &e : bundle.value(s("entry")).toArray())
        resources.append(e.toObject().value(s("resource")));
    if (bundle.value(s("resourceType")).toString() != QLatin1String("Bundle") || resources.isEmpty() || !isMapped(recordType))
        return fail(ErrorCode::PlatformProtocolError, QStringLiteral("not a ClinicLink FHIR bundle"));
    const QJsonObject primary = resources.first().toObject();
    if (recordType == kResident)
        return patientTo(primary);
    if (recordType == kVisit)
        return encounterTo(primary, resources);
    if (recordType == kNote)
        return compositionTo(primary, resources);
    if (recordType == kPrescription)
        return medicationRequestsTo(resources);
    return questionnaireResponseTo(primary);
}

QJsonObject resourceIn(const QJsonObject &bundle, const QString &resourceType, const QString &id)
{
    for (const QJsonValue &e : bundle.value(s("entry")).toArray()) {
        const QJsonObject r = e.toObject().value(s("resource")).toObject();
        if (r.value(s("resourceType")).toString() == resourceType && r.value(s("id")).toString() == id)
            return r;
    }
    return {};
}

} // namespace cliniclink::protocol::fhir
