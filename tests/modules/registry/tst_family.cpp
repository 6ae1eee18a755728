// Requirement: a family archive has exactly one head of household (GB/T 4761 code 02) and
// members with a GB/T 4761 relation to the head; family and member records change together
// and through change capture.
#include "registryfixture.h"

#include <QJsonArray>
#include <QTest>

using namespace cliniclink;
using namespace cliniclink::registry;

class TestFamily : public QObject {
    Q_OBJECT
    test::RegistryFixture f;

    Resident make(const QString &name)
    {
        auto r = f.registry->create(test::RegistryFixture::resident(name));
        return r.value_or(Resident{});
    }
    Resident reload(const QString &id)
    {
        auto r = f.registry->resident(id);
        return r && r->has_value() ? **r : Resident{};
    }

private slots:
    void initTestCase() { f.setUp(); }

    void createFamily_headGetsRelation02()
    {
        Resident head = make(QStringLiteral("刘大"));
        auto fam = f.registry->createFamily(head.id);
        QVERIFY2(fam.has_value(), fam ? "" : qPrintable(fam.error().toString()));
        QCOMPARE(fam->headResidentId, head.id);
        QCOMPARE(fam->members.size(), 1);
        QCOMPARE(fam->members.first().relation, QStringLiteral("02"));
        const Resident h = reload(head.id);
        QCOMPARE(h.familyId(), fam->id);
        QCOMPARE(h.relation(), QStringLiteral("02"));
        auto again = f.registry->createFamily(head.id);
        QCOMPARE(again.error().code, ErrorCode::FamilyRelationInvalid);
    }

    void addMember_relationByCodeOrLabel_data()
    {
        QTest::addColumn<QString>("relation");
        QTest::addColumn<QString>("code");
        QTest::newRow("spouse code") << QStringLiteral("10") << QStringLiteral("10");
        QTest::newRow("wife label") << QStringLiteral("妻") << QStringLiteral("12");
        QTest::newRow("son alias") << QStringLiteral("儿子") << QStringLiteral("20");
        QTest::newRow("mother") << QStringLiteral("母亲") << QStringLiteral("52");
        QTest::newRow("grandson") << QStringLiteral("41") << QStringLiteral("41");
        QTest::newRow("non-relative") << QStringLiteral("非亲属") << QStringLiteral("99");
    }
    void addMember_relationByCodeOrLabel()
    {
        QFETCH(QString, relation);
        QFETCH(QString, code);
        Resident head = make(QStringLiteral("户主"));
        Resident member = make(QStringLiteral("成员"));
        auto fam = f.registry->createFamily(head.id);
        QVERIFY(fam.has_value());
        auto added = f.registry->addFamilyMember(fam->id, member.id, relation);
        QVERIFY2(added.has_value(), added ? "" : qPrintable(added.error().toString()));
        QCOMPARE(added->members.size(), 2);
        QCOMPARE(added->members.last().relation, code);
        QCOMPARE(reload(member.id).relation(), code);
        QCOMPARE(reload(member.id).familyId(), fam->id);
        auto stored = f.registry->family(fam->id);
        QVERIFY(stored.has_value() && stored->has_value());
        QCOMPARE((*stored)->members.size(), 2);
    }

    void addMember_invalid_isRefused_data()
    {
        QTest::addColumn<QString>("relation");
        QTest::addColumn<ErrorCode>("code");
        QTest::newRow("second head") << QStringLiteral("02") << ErrorCode::FamilyRelationInvalid;
        QTest::newRow("self") << QStringLiteral("本人") << ErrorCode::FamilyRelationInvalid;
        QTest::newRow("unknown code") << QStringLiteral("98") << ErrorCode::InvalidCode;
        QTest::newRow("free text") << QStringLiteral("邻居") << ErrorCode::InvalidCode;
    }
    void addMember_invalid_isRefused()
    {
        QFETCH(QString, relation);
        QFETCH(ErrorCode, code);
        Resident head = make(QStringLiteral("户主乙"));
        Resident member = make(QStringLiteral("成员乙"));
        auto fam = f.registry->createFamily(head.id);
        QVERIFY(fam.has_value());
        auto added = f.registry->addFamilyMember(fam->id, member.id, relation);
        QVERIFY(!added.has_value());
        QCOMPARE(added.error().code, code);
        QVERIFY(reload(member.id).familyId().isEmpty());
    }

    void member_ofTwoFamilies_isRefused_andRemoveFreesThem()
    {
        Resident h1 = make(QStringLiteral("甲户主"));
        Resident h2 = make(QStringLiteral("乙户主"));
        Resident m = make(QStringLiteral("丙成员"));
        auto f1 = f.registry->createFamily(h1.id);
        auto f2 = f.registry->createFamily(h2.id);
        QVERIFY(f1 && f2);
        QVERIFY(f.registry->addFamilyMember(f1->id, m.id, QStringLiteral("20")).has_value());
        auto twice = f.registry->addFamilyMember(f2->id, m.id, QStringLiteral("20"));
        QCOMPARE(twice.error().code, ErrorCode::FamilyRelationInvalid);
        auto headLeaves = f.registry->removeFamilyMember(f1->id, h1.id);
        QCOMPARE(headLeaves.error().code, ErrorCode::FamilyRelationInvalid);
        QVERIFY(f.registry->removeFamilyMember(f1->id, m.id).has_value());
        QVERIFY(reload(m.id).familyId().isEmpty());
        QVERIFY(f.registry->addFamilyMember(f2->id, m.id, QStringLiteral("30")).has_value());
    }

    void familyChanges_goThroughChangeCapture()
    {
        Resident head = make(QStringLiteral("钟户主"));
        Resident member = make(QStringLiteral("钟成员"));
        auto fam = f.registry->createFamily(head.id);
        QVERIFY(fam.has_value());
        QVERIFY(f.registry->addFamilyMember(fam->id, member.id, QStringLiteral("10")).has_value());
        auto n = f.store().db().scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE record_type = 'family' AND record_id = ?"), {fam->id});
        QVERIFY(n.has_value());
        QCOMPARE(n->toInt(), 2);
        auto idx = f.store().db().scalar(QStringLiteral("SELECT relation FROM resident_index WHERE id = ?"), {member.id});
        QCOMPARE(idx->toString(), QStringLiteral("10"));
        QVERIFY(f.store().verify().intact);
    }

    // 户主变更: the son becomes head after the father dies; the mother's relation is restated
    // relative to the new head; the dead father leaves the family; every archive says why.
    void changeHead_newHeadAndRelations()
    {
        Resident father = make(QStringLiteral("王父"));
        Resident mother = make(QStringLiteral("王母"));
        Resident son = make(QStringLiteral("王子"));
        auto fam = f.registry->createFamily(father.id);
        QVERIFY(fam);
        QVERIFY(f.registry->addFamilyMember(fam->id, mother.id, QStringLiteral("10")));
        QVERIFY(f.registry->addFamilyMember(fam->id, son.id, QStringLiteral("20")));

        // Every remaining member needs a relation to the new head.
        auto missing = f.registry->changeHead(fam->id, son.id, {{father.id, QStringLiteral("50")}});
        QCOMPARE(missing.error().code, ErrorCode::InvalidCode);
        auto notMember = f.registry->changeHead(fam->id, make(QStringLiteral("外人")).id, {});
        QCOMPARE(notMember.error().code, ErrorCode::NotFound);
        auto headAsRelation = f.registry->changeHead(fam->id, son.id, {{father.id, QStringLiteral("02")}, {mother.id, QStringLiteral("52")}});
        QCOMPARE(headAsRelation.error().code, ErrorCode::FamilyRelationInvalid);

        QVERIFY(f.registry->registerDeath(father.id, QDate(2024, 1, 2), QStringLiteral("心肌梗死")));
        auto changed = f.registry->changeHead(fam->id, son.id, {{mother.id, QStringLiteral("母亲")}});
        QVERIFY2(changed.has_value(), changed ? "" : qPrintable(changed.error().toString()));
        QCOMPARE(changed->headResidentId, son.id);
        QCOMPARE(changed->members.size(), 2);
        QCOMPARE(reload(son.id).relation(), QStringLiteral("02"));
        QCOMPARE(reload(mother.id).relation(), QStringLiteral("52"));
        QVERIFY(reload(father.id).familyId().isEmpty());
        const QJsonArray events = reload(mother.id).payload.value(QStringLiteral("events")).toArray();
        QCOMPARE(events.last().toObject().value(QStringLiteral("type")).toString(), QStringLiteral("family_head_changed"));
    }
};

QTEST_GUILESS_MAIN(TestFamily)
#include "tst_family.moc"
