#pragma once
// A clinic with a signed-in village doctor, the registry, form records and registers, and
// helpers to file residents and fill forms from the definitions' example values.
#include "../registry/registryfixture.h"
#include "cliniclink/publichealth/formrecords.h"
#include "cliniclink/publichealth/registers.h"

#include <QJsonArray>

namespace cliniclink::test {

struct PublicHealthFixture : RegistryFixture {
    std::unique_ptr<publichealth::FormRecords> forms;
    std::unique_ptr<publichealth::Registers> registers;

    void setUpPublicHealth()
    {
        setUp();
        forms = std::make_unique<publichealth::FormRecords>(*session);
        registers = std::make_unique<publichealth::Registers>(*session);
    }

    QDate today() const { return clinic.clock.nowUtc().toLocalTime().date(); }

    // A resident born on `birth`; `diseases` are 既往史 codes (2 高血压, 3 糖尿病 …).
    registry::Resident file(const QString &name, const QDate &birth, const QStringList &diseases = {},
                            const QJsonObject &extra = {})
    {
        QJsonObject o{{QStringLiteral("name"), name},
                      {QStringLiteral("sex"), QStringLiteral("1")},
                      {QStringLiteral("birthDate"), birth.toString(Qt::ISODate)}};
        QJsonArray past;
        for (const QString &d : diseases)
            past.append(QJsonObject{{QStringLiteral("code"), d}, {QStringLiteral("diagnosedOn"), QStringLiteral("2020-03")}});
        if (!past.isEmpty())
            o.insert(QStringLiteral("pastDiseases"), past);
        for (auto it = extra.begin(); it != extra.end(); ++it)
            o.insert(it.key(), it.value());
        auto r = registry->create(o);
        if (!r)
            qFatal("create resident: %s", qPrintable(r.error().toString()));
        auto n = registers->noteResident(*r);
        if (!n)
            qFatal("register: %s", qPrintable(n.error().toString()));
        return *r;
    }

    QJsonObject example(const QString &formId, const QString &residentId)
    {
        auto ctx = forms->context(residentId);
        if (!ctx)
            qFatal("context: %s", qPrintable(ctx.error().toString()));
        return publichealth::exampleValues(*forms->library().form(formId), *ctx);
    }

    // A hypertension follow-up on `date` with this blood pressure; next visit as given or +90 days.
    publichealth::FormRecord htnVisit(const QString &residentId, const QDate &date, int sbp, int dbp,
                                      const QString &mode = QStringLiteral("1"), QDate next = {})
    {
        QJsonObject v = example(QStringLiteral("hypertension-followup"), residentId);
        v.insert(QStringLiteral("visitDate"), date.toString(Qt::ISODate));
        v.insert(QStringLiteral("nextVisitDate"), (next.isValid() ? next : date.addDays(90)).toString(Qt::ISODate));
        v.insert(QStringLiteral("sbp"), sbp);
        v.insert(QStringLiteral("dbp"), dbp);
        v.insert(QStringLiteral("visitMode"), mode);
        auto r = forms->save(QStringLiteral("hypertension-followup"), residentId, v, true);
        if (!r)
            qFatal("save: %s", qPrintable(r.error().toString()));
        return *r;
    }

    publichealth::FormRecord dmVisit(const QString &residentId, const QDate &date, double glucose,
                                     const QString &mode = QStringLiteral("1"))
    {
        QJsonObject v = example(QStringLiteral("diabetes-followup"), residentId);
        v.insert(QStringLiteral("visitDate"), date.toString(Qt::ISODate));
        v.insert(QStringLiteral("nextVisitDate"), date.addDays(90).toString(Qt::ISODate));
        v.insert(QStringLiteral("fastingGlucose"), glucose);
        v.insert(QStringLiteral("visitMode"), mode);
        auto r = forms->save(QStringLiteral("diabetes-followup"), residentId, v, true);
        if (!r)
            qFatal("save: %s", qPrintable(r.error().toString()));
        return *r;
    }
};

} // namespace cliniclink::test
