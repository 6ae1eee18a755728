#pragma once
// A clinic with a signed-in village doctor, the registry and the outpatient service, and one
// resident (allergic to penicillin, with hypertension in the archive).
#include "../registry/registryfixture.h"
#include "cliniclink/emr/outpatient.h"

#include <QJsonArray>

namespace cliniclink::test {

struct EmrFixture {
    RegistryFixture reg;
    std::unique_ptr<emr::Outpatient> outpatient;
    QString residentId;

    void setUp(identity::Role role = identity::Role::VillageDoctor)
    {
        reg.setUp(role);
        outpatient = std::make_unique<emr::Outpatient>(*reg.session, *reg.registry);
    }

    // A resident born on `birth`; allergies are drugAllergy codes ("2" = 青霉素).
    QString addResident(const QString &name, const QDate &birth, const QStringList &allergies = {},
                        const QString &allergyOther = {}, bool withIdNumber = true)
    {
        QJsonObject o{{QStringLiteral("name"), name}};
        if (withIdNumber)
            o.insert(QStringLiteral("idNumber"), makeIdNumber(QStringLiteral("450102"), birth, 100 + int(++m_sequence)));
        else {
            o.insert(QStringLiteral("sex"), QStringLiteral("1"));
            o.insert(QStringLiteral("birthDate"), birth.toString(Qt::ISODate));
        }
        if (!allergies.isEmpty())
            o.insert(QStringLiteral("drugAllergies"), QJsonArray::fromStringList(allergies));
        if (!allergyOther.isEmpty())
            o.insert(QStringLiteral("drugAllergyOther"), allergyOther);
        o.insert(QStringLiteral("pastDiseases"), QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("2")},
                                                                        {QStringLiteral("diagnosedOn"), QStringLiteral("2015-03-01")}}});
        auto r = reg.registry->create(o);
        if (!r)
            qWarning("resident not created: %s", qPrintable(r.error().toString()));
        return r ? r->id : QString();
    }

    store::Store &store() { return reg.store(); }
    QDate today() const { return reg.clinic.clock.nowUtc().toLocalTime().date(); }

private:
    int m_sequence = 0;
};

} // namespace cliniclink::test
