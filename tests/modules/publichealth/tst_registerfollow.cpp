// Requirement: key-population registers follow every archive write the registry makes — new
// archives, edits, lifecycle changes and CSV imports — not only saves from the archive card.
#include "cliniclink/registry/residentimport.h"
#include "publichealthfixture.h"

#include <QTest>

using namespace cliniclink;
using namespace cliniclink::publichealth;

class TestRegisterFollow : public QObject {
    Q_OBJECT
    test::PublicHealthFixture f;

    QStringList populationsOf(const QString &residentId)
    {
        auto entries = f.registers->entriesFor(residentId);
        if (!entries)
            return {QStringLiteral("error")};
        QStringList out;
        for (const RegisterEntry &e : *entries)
            out << populationKey(e.population);
        out.sort();
        return out;
    }

private slots:
    void initTestCase()
    {
        f.setUpPublicHealth();
        followRegisters(*f.registry);
    }

    void createUpdateAndDeath_keepRegistersCurrent()
    {
        const QDate birth = f.today().addYears(-70);
        auto r = f.registry->create({{QStringLiteral("name"), QStringLiteral("黄老伯")},
                                     {QStringLiteral("sex"), QStringLiteral("1")},
                                     {QStringLiteral("birthDate"), birth.toString(Qt::ISODate)}});
        QVERIFY2(r.has_value(), r ? "" : qPrintable(r.error().toString()));
        QCOMPARE(populationsOf(r->id), QStringList{QStringLiteral("elderly")});

        QJsonObject fields = r->payload;
        fields.insert(QStringLiteral("pastDiseases"),
                      QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("2")}, {QStringLiteral("diagnosedOn"), QStringLiteral("2021-06")}}});
        auto u = f.registry->update(r->id, r->version, fields);
        QVERIFY2(u.has_value(), u ? "" : qPrintable(u.error().toString()));
        QCOMPARE(populationsOf(r->id), (QStringList{QStringLiteral("elderly"), QStringLiteral("hypertension")}));

        QVERIFY(f.registry->registerDeath(r->id, f.today(), QStringLiteral("脑卒中")));
        QCOMPARE(populationsOf(r->id), QStringList{});
    }

    void csvImport_putsImportedResidentsOnRegisters()
    {
        const QDate old = f.today().addYears(-80);
        const QDate child = f.today().addYears(-3);
        const QString csv = QStringLiteral("姓名,性别,出生日期\n覃阿婆,女,%1\n覃小宝,男,%2\n")
                                .arg(old.toString(Qt::ISODate), child.toString(Qt::ISODate));
        registry::ResidentImporter importer(*f.registry);
        auto report = importer.importCsv(csv.toUtf8());
        QVERIFY2(report.has_value(), report ? "" : qPrintable(report.error().toString()));
        QCOMPARE(report->imported, 2);
        auto elderly = f.registers->members(Population::Elderly, f.today());
        auto children = f.registers->members(Population::Child, f.today());
        QVERIFY(elderly && children);
        auto nameOf = [&](const RegisterEntry &e) {
            auto r = f.registry->resident(e.residentId);
            return r && *r ? (*r)->name() : QString();
        };
        QStringList elderlyNames, childNames;
        for (const RegisterEntry &e : *elderly)
            elderlyNames << nameOf(e);
        for (const RegisterEntry &e : *children)
            childNames << nameOf(e);
        QVERIFY2(elderlyNames.contains(QStringLiteral("覃阿婆")), qPrintable(elderlyNames.join(u',')));
        QVERIFY2(childNames.contains(QStringLiteral("覃小宝")), qPrintable(childNames.join(u',')));
        QVERIFY(!elderlyNames.contains(QStringLiteral("覃小宝")));
    }

    // An observer error rolls the archive write back: nothing half-saved.
    void observerError_rollsBackTheWrite()
    {
        registry::Registry reg(*f.session);
        reg.addObserver([](const registry::Resident &) -> Result<void> { return fail(ErrorCode::Internal, QStringLiteral("test")); });
        auto before = f.store().recordCountsByType();
        QVERIFY(before);
        auto r = reg.create(test::RegistryFixture::resident(QStringLiteral("回滚")));
        QVERIFY(!r);
        auto after = f.store().recordCountsByType();
        QVERIFY(after);
        QCOMPARE(after->value(QStringLiteral("resident")), before->value(QStringLiteral("resident")));
        auto hits = f.registry->search(QStringLiteral("回滚"));
        QVERIFY(hits && hits->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRegisterFollow)
#include "tst_registerfollow.moc"
