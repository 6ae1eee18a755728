#include "cliniclink/emr/note.h"

using namespace Qt::StringLiterals;

namespace cliniclink::emr {

const QStringList &noteSectionKeys()
{
    static const QStringList keys = {u"chiefComplaint"_s, u"presentIllness"_s, u"pastHistory"_s, u"allergyHistory"_s,
                                     u"physicalExam"_s,   u"auxiliaryExam"_s,  u"plan"_s};
    return keys;
}

QJsonObject Diagnosis::toJson() const
{
    return {{u"system"_s, system}, {u"version"_s, version}, {u"code"_s, code}, {u"name"_s, name}, {u"primary"_s, primary}};
}

Diagnosis Diagnosis::fromJson(const QJsonObject &o)
{
    return {o.value(u"system"_s).toString(), o.value(u"version"_s).toString(), o.value(u"code"_s).toString(),
            o.value(u"name"_s).toString(), o.value(u"primary"_s).toBool()};
}

QJsonObject Amendment::toJson() const
{
    QJsonArray list;
    for (const FieldChange &c : changes)
        list.append(QJsonObject{{u"field"_s, c.field}, {u"before"_s, c.before}, {u"after"_s, c.after}});
    return {{u"at"_s, atUtc.toString(Qt::ISODateWithMs)}, {u"by"_s, by}, {u"reason"_s, reason}, {u"changes"_s, list}};
}

Amendment Amendment::fromJson(const QJsonObject &o)
{
    Amendment a;
    a.atUtc = QDateTime::fromString(o.value(u"at"_s).toString(), Qt::ISODateWithMs);
    a.by = o.value(u"by"_s).toString();
    a.reason = o.value(u"reason"_s).toString();
    for (const QJsonValue &v : o.value(u"changes"_s).toArray()) {
        const QJsonObject c = v.toObject();
        a.changes.append({c.value(u"field"_s).toString(), c.value(u"before"_s), c.value(u"after"_s)});
    }
    return a;
}

const Diagnosis *OutpatientNote::primaryDiagnosis() const
{
    for (const Diagnosis &d : diagnoses)
        if (d.primary)
            return &d;
    return nullptr;
}

QJsonObject OutpatientNote::toJson() const
{
    QJsonArray dx;
    for (const Diagnosis &d : diagnoses)
        dx.append(d.toJson());
    QJsonArray am;
    for (const Amendment &a : amendments)
        am.append(a.toJson());
    QJsonObject o{{u"visitId"_s, visitId},   {u"residentId"_s, residentId},
                  {u"sections"_s, sections}, {u"diagnoses"_s, dx},
                  {u"status"_s, status == NoteStatus::Signed ? u"signed"_s : u"draft"_s},
                  {u"amendments"_s, am}};
    if (createdUtc.isValid())
        o.insert(u"createdAt"_s, createdUtc.toUTC().toString(Qt::ISODateWithMs));
    if (status == NoteStatus::Signed) {
        o.insert(u"signedBy"_s, signedBy);
        o.insert(u"signedAt"_s, signedUtc.toString(Qt::ISODateWithMs));
    }
    return o;
}

OutpatientNote OutpatientNote::fromJson(const QString &id, qint64 version, const QJsonObject &o)
{
    OutpatientNote n;
    n.id = id;
    n.version = version;
    n.visitId = o.value(u"visitId"_s).toString();
    n.residentId = o.value(u"residentId"_s).toString();
    n.sections = o.value(u"sections"_s).toObject();
    for (const QJsonValue &v : o.value(u"diagnoses"_s).toArray())
        n.diagnoses.append(Diagnosis::fromJson(v.toObject()));
    n.status = o.value(u"status"_s).toString() == u"signed"_s ? NoteStatus::Signed : NoteStatus::Draft;
    n.createdUtc = QDateTime::fromString(o.value(u"createdAt"_s).toString(), Qt::ISODateWithMs);
    n.signedBy = o.value(u"signedBy"_s).toString();
    n.signedUtc = QDateTime::fromString(o.value(u"signedAt"_s).toString(), Qt::ISODateWithMs);
    for (const QJsonValue &v : o.value(u"amendments"_s).toArray())
        n.amendments.append(Amendment::fromJson(v.toObject()));
    return n;
}

} // namespace cliniclink::emr
