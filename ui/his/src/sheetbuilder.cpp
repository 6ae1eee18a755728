#include "cliniclink/ui/his/sheetbuilder.h"

#include "cliniclink/emr/patientage.h"
#include "cliniclink/his/frequency.h"
#include "cliniclink/identity/session.h"
#include "cliniclink/ui/his/outpatientservices.h"

namespace cliniclink::ui::his {

namespace {

QString sexLabel(const QString &code)
{
    if (code == QLatin1String("1"))
        return QStringLiteral("男");
    if (code == QLatin1String("2"))
        return QStringLiteral("女");
    return QStringLiteral("未说明");
}

// The printed signature is the doctor's name, not the login, when the signer is at this PC.
QString signatureOf(OutpatientServices &services, const QString &username)
{
    if (username == services.session.user().username && !services.session.user().displayName.isEmpty())
        return services.session.user().displayName;
    return username;
}

QString shownValue(const QJsonValue &v)
{
    if (!v.isArray())
        return v.toString();
    QStringList parts;
    for (const QJsonValue &d : v.toArray())
        parts << d.toObject().value(QLatin1String("code")).toString() + QLatin1Char(' ') + d.toObject().value(QLatin1String("name")).toString();
    return parts.join(QStringLiteral("；"));
}

QString number(double value)
{
    return QString::number(value, 'g', 6);
}

} // namespace

Result<PrescriptionSheet> buildPrescriptionSheet(OutpatientServices &services, const QString &prescriptionId)
{
    auto p = services.prescribing->prescription(prescriptionId);
    if (!p)
        return fail(p.error());
    auto visit = services.outpatient->visit(p->visitId);
    if (!visit)
        return fail(visit.error());
    auto resident = services.registry->resident(p->residentId);
    if (!resident)
        return fail(resident.error());
    auto drugs = services.prescribing->drugsOf(*p);
    if (!drugs)
        return fail(drugs.error());

    PrescriptionSheet s;
    s.type = p->type;
    s.clinicName = services.session.store().clinicName();
    s.feeCategory = cliniclink::emr::feeCategoryLabel(visit->feeCategory);
    s.outpatientNo = visit->id.right(12);
    s.department = visit->department;
    s.prescriptionNo = p->id.right(12);
    s.date = (p->signedUtc.isValid() ? p->signedUtc : p->createdUtc).toLocalTime().date();
    if (*resident) {
        s.patientName = (*resident)->name();
        s.sex = sexLabel((*resident)->payload.value(QStringLiteral("sex")).toString());
    }
    s.ageText = p->ageText;
    s.weightKg = p->weightKg;
    s.diagnosis = p->diagnosis;
    s.doctor = p->signedBy.isEmpty() ? QString() : signatureOf(services, p->signedBy);
    for (const cliniclink::his::PrescriptionItem &item : p->items) {
        const cliniclink::his::Drug d = drugs->value(item.drugId);
        const cliniclink::his::Frequency *f = cliniclink::his::findFrequency(item.frequency);
        const QString frequency = f ? QString::fromUtf8(f->label) : item.frequency;
        s.items.append({d.genericName + (d.form.isEmpty() ? QString() : QStringLiteral("（%1）").arg(d.form)), d.strength,
                        QString::number(item.quantity) + d.unit,
                        QStringLiteral("每次 %1 %2  %3  %4  %5 天")
                            .arg(number(item.dose), d.doseUnit, item.route, frequency)
                            .arg(item.days)});
        auto amount = cliniclink::his::multiplyFen(d.priceFen, item.quantity);
        if (amount)
            s.amountFen += *amount;
    }
    return s;
}

Result<OutpatientNotePaper> buildOutpatientNotePaper(OutpatientServices &services, const QString &noteId)
{
    auto note = services.outpatient->note(noteId);
    if (!note)
        return fail(note.error());
    auto visit = services.outpatient->visit(note->visitId);
    if (!visit)
        return fail(visit.error());
    auto resident = services.registry->resident(note->residentId);
    if (!resident)
        return fail(resident.error());

    OutpatientNotePaper paper;
    paper.clinicName = services.session.store().clinicName();
    paper.department = visit->department;
    paper.outpatientNo = visit->id.right(12);
    paper.visitKind = cliniclink::emr::visitKindLabel(visit->kind);
    paper.feeCategory = cliniclink::emr::feeCategoryLabel(visit->feeCategory);
    paper.visitTime = visit->registeredUtc.toLocalTime();
    if (*resident) {
        const registry::Resident &r = **resident;
        paper.patientName = r.name();
        paper.sex = sexLabel(r.payload.value(QStringLiteral("sex")).toString());
        const cliniclink::emr::PatientAge age = cliniclink::emr::ageOn(QDate::fromString(r.payload.value(QStringLiteral("birthDate")).toString(), Qt::ISODate), visit->date);
        paper.ageText = age.valid ? age.text() : QString();
    }
    // The paper's Chinese names, in the order of the 门诊病历.
    static const QList<QPair<QString, QString>> labels = {
        {QStringLiteral("chiefComplaint"), QStringLiteral("主诉")},   {QStringLiteral("presentIllness"), QStringLiteral("现病史")},
        {QStringLiteral("pastHistory"), QStringLiteral("既往史")},    {QStringLiteral("allergyHistory"), QStringLiteral("过敏史")},
        {QStringLiteral("physicalExam"), QStringLiteral("体格检查")}, {QStringLiteral("auxiliaryExam"), QStringLiteral("辅助检查")},
        {QStringLiteral("plan"), QStringLiteral("处理")}};
    for (const auto &[key, label] : labels)
        if (!note->section(key).trimmed().isEmpty())
            paper.sections.append({label, note->section(key)});
    for (const cliniclink::emr::Diagnosis &d : note->diagnoses)
        paper.diagnoses << d.code + QLatin1Char(' ') + d.name + (d.primary ? QStringLiteral("（主要诊断）") : QString());
    if (note->status == cliniclink::emr::NoteStatus::Signed) {
        paper.doctor = signatureOf(services, note->signedBy);
        paper.signedTime = note->signedUtc.toLocalTime();
    }
    for (const cliniclink::emr::Amendment &a : note->amendments)
        for (const cliniclink::emr::FieldChange &c : a.changes) {
            QString field = c.field == QLatin1String("diagnoses") ? QStringLiteral("诊断") : c.field;
            for (const auto &[key, label] : labels)
                if (key == c.field)
                    field = label;
            paper.amendments << QStringLiteral("%1 %2 修改%3：“%4”改为“%5”，原因：%6")
                                    .arg(a.atUtc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                         signatureOf(services, a.by), field, shownValue(c.before), shownValue(c.after), a.reason);
        }
    return paper;
}

} // namespace cliniclink::ui::his
