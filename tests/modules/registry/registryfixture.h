#pragma once
// A clinic (code 450102001001) with a signed-in village doctor and a Registry on the session.
#include "../identity/identityfixture.h"
#include "cliniclink/registry/registry.h"

#include <QJsonObject>

namespace cliniclink::test {

struct RegistryFixture {
    ClinicFixture clinic;
    std::unique_ptr<identity::Session> session;
    std::unique_ptr<registry::Registry> registry;

    void setUp(identity::Role role = identity::Role::VillageDoctor)
    {
        clinic.setUp();
        clinic.addDoctor(QStringLiteral("wang"), role);
        auto s = clinic.signIn(QStringLiteral("wang"), kDoctorPassword);
        QVERIFY2(s.has_value(), s ? "" : qPrintable(s.error().toString()));
        session = std::move(*s);
        registry = std::make_unique<registry::Registry>(*session);
    }

    store::Store &store() { return session->store(); }

    // A valid resident; the ID number's check digit is computed.
    static QJsonObject resident(const QString &name, const QString &idNumber = {}, const QString &phone = {})
    {
        QJsonObject o{{QStringLiteral("name"), name}};
        if (!idNumber.isEmpty())
            o.insert(QStringLiteral("idNumber"), idNumber);
        else {
            o.insert(QStringLiteral("sex"), QStringLiteral("1"));
            o.insert(QStringLiteral("birthDate"), QStringLiteral("1960-05-01"));
        }
        if (!phone.isEmpty())
            o.insert(QStringLiteral("phone"), phone);
        return o;
    }
};

// 18-digit ID number from address code, birth date and sequence, with its check digit.
QString makeIdNumber(const QString &address, const QDate &birth, int sequence);

} // namespace cliniclink::test
