#include "cliniclink/ui/his/sheetbuilder.h"

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
    s.feeCategory = emr::feeCategoryLabel(visit->feeCategory);
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
    s.doctor = p->signedBy;
    // The printed signature is the doctor's name, not the login, when the signer is at this PC.
    if (p->signedBy == services.session.user().username && !services.session.user().displayName.isEmpty())
        s.doctor = services.session.user().displayName;
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

} // namespace cliniclink::ui::his
