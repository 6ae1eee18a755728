#pragma once
// The outpatient fixture plus the catalogue, prescribing, pharmacy and billing services, with
// helpers for drugs, stock and a signed, paid prescription.
#include "../emr/emrfixture.h"
#include "cliniclink/his/billing.h"
#include "cliniclink/his/catalogue.h"
#include "cliniclink/his/pharmacy.h"
#include "cliniclink/his/prescribing.h"

namespace cliniclink::test {

struct HisServices {
    std::unique_ptr<his::Catalogue> catalogue;
    std::unique_ptr<his::Prescribing> prescribing;
    std::unique_ptr<his::Pharmacy> pharmacy;
    std::unique_ptr<his::Billing> billing;

    void setUp(identity::Session &session, registry::Registry &registry, emr::Outpatient &outpatient)
    {
        catalogue = std::make_unique<his::Catalogue>(session);
        prescribing = std::make_unique<his::Prescribing>(session, registry, outpatient, *catalogue);
        pharmacy = std::make_unique<his::Pharmacy>(session, *prescribing);
        billing = std::make_unique<his::Billing>(session, outpatient, *catalogue, *prescribing);
    }
};

struct HisFixture : EmrFixture, HisServices {
    void setUp(identity::Role role = identity::Role::VillageDoctor)
    {
        EmrFixture::setUp(role);
        HisServices::setUp(*reg.session, *reg.registry, *outpatient);
    }

    // A western drug in mg with a dispensing unit of `perUnit` mg.
    his::Drug saveDrug(const QString &name, double perUnit, his::Fen price, double maxSingle = 0, double maxDaily = 0,
                       const QStringList &allergyClasses = {}, his::DrugCategory category = his::DrugCategory::Western,
                       his::ControlClass control = his::ControlClass::None)
    {
        his::Drug d;
        d.genericName = name;
        d.form = QStringLiteral("片剂");
        d.strength = QString::number(perUnit) + QStringLiteral("mg");
        d.unit = category == his::DrugCategory::HerbalPieces ? QStringLiteral("g") : QStringLiteral("片");
        d.packageSize = 24;
        d.packageUnit = QStringLiteral("盒");
        d.priceFen = price;
        d.doseUnit = category == his::DrugCategory::HerbalPieces ? QStringLiteral("g") : QStringLiteral("mg");
        d.dosePerUnit = perUnit;
        d.maxSingleDose = maxSingle;
        d.maxDailyDose = maxDaily;
        d.allergyClasses = allergyClasses;
        d.category = category;
        d.control = control;
        auto r = catalogue->saveDrug(d);
        if (!r)
            qFatal("drug: %s", qPrintable(r.error().toString()));
        return *r;
    }

    QString receive(const QString &drugId, qint64 quantity, const QDate &expiry, const QString &batchNo = QStringLiteral("B1"))
    {
        auto b = pharmacy->receive({drugId, batchNo, expiry, QStringLiteral("县医药公司"), quantity, 10});
        if (!b)
            qFatal("receive: %s", qPrintable(b.error().toString()));
        return b->id;
    }

    static his::PrescriptionItem item(const QString &drugId, double dose, const QString &frequency, int days)
    {
        his::PrescriptionItem i;
        i.drugId = drugId;
        i.dose = dose;
        i.route = QStringLiteral("口服");
        i.frequency = frequency;
        i.days = days;
        return i;
    }

    // Registers a visit and saves a draft with these items.
    Result<his::Prescription> draft(const QString &resident, const QList<his::PrescriptionItem> &items,
                                    his::PrescriptionType type = his::PrescriptionType::Ordinary)
    {
        auto v = outpatient->registerVisit(resident, emr::VisitKind::First, emr::FeeCategory::SelfPay);
        if (!v)
            return fail(v.error());
        auto p = prescribing->create(v->id, type);
        if (!p)
            return fail(p.error());
        his::Prescription edit = *p;
        edit.items = items;
        return prescribing->save(edit);
    }

    // Draft → sign (confirming any finding) → charge → pay in cash.
    Result<his::Prescription> signedAndPaid(const QString &resident, const QList<his::PrescriptionItem> &items)
    {
        auto p = draft(resident, items);
        if (!p)
            return p;
        auto found = prescribing->findings(p->id);
        if (!found)
            return fail(found.error());
        QList<his::Acknowledgement> acks;
        for (const his::CheckFinding &f : *found)
            acks.append({f.kind, f.item, QStringLiteral("已告知患者")});
        auto s = prescribing->sign(p->id, p->version, acks);
        if (!s)
            return s;
        auto lines = billing->chargePrescription(s->id);
        if (!lines)
            return fail(lines.error());
        auto due = billing->amountDue(s->visitId);
        if (!due)
            return fail(due.error());
        auto paid = billing->pay(s->visitId, his::PaymentMethod::Cash, *due);
        if (!paid)
            return fail(paid.error());
        return s;
    }
};

} // namespace cliniclink::test
