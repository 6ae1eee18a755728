// Requirement (issue 6, pulled records): deleting a hypertension or diabetes follow-up that put a
// resident on a key-population register takes the resident off it again — for a tombstone pulled
// from the platform and for a local delete (the sync merge and conflict resolution write it with
// Store::deleteRecord and index it with Store::indexRecord) — while an entry the archive itself
// gives (既往史 with its date) stays, and the resident's other forms still count.
#include "../store/storefixture.h"
#include "cliniclink/publichealth/remoteindexing.h"
#include "cliniclink/registry/remoteindexing.h"
#include "publichealthfixture.h"

#include <QTest>

using namespace cliniclink;
using namespace cliniclink::publichealth;

namespace {
void installAll(store::Store &s)
{
    registry::installIndexers(s);
    publichealth::installIndexers(s);
}

// population|since|source of one resident's hypertension and diabetes entries, sorted (age
// entries, e.g. 65 and over in the future, are left out).
QStringList entries(store::Store &s, const QString &residentId)
{
    auto rows = s.db().query(QStringLiteral("SELECT population, since, source FROM ph_register WHERE resident_id = ? "
                                            "AND population IN ('hypertension', 'diabetes') ORDER BY population"),
                             {residentId});
    if (!rows)
        qFatal("ph_register: %s", qPrintable(rows.error().toString()));
    QStringList out;
    for (const store::Row &r : *rows)
        out << r.at(0).toString() + QLatin1Char('|') + r.at(1).toString() + QLatin1Char('|') + r.at(2).toString();
    return out;
}

QString entry(const QString &population, const QDate &since, const QString &source)
{
    return population + QLatin1Char('|') + since.toString(Qt::ISODate) + QLatin1Char('|') + source;
}
} // namespace

class TestFormDeleteRegisters : public QObject {
    Q_OBJECT
    test::PublicHealthFixture f;

    // Every record of the source PC in save order (the platform's feed order).
    QList<store::Record> saved()
    {
        auto changes = f.store().db().query(
            QStringLiteral("SELECT record_type, record_id FROM outbox GROUP BY record_type, record_id ORDER BY MIN(seq)"));
        if (!changes)
            qFatal("outbox: %s", qPrintable(changes.error().toString()));
        QList<store::Record> out;
        for (const store::Row &r : *changes)
            out << **f.store().record(r[0].toString(), r[1].toString());
        return out;
    }

    // A fresh receiving PC with the modules' indexers and everything the source saved.
    std::unique_ptr<test::StoreFixture> pulledCopy()
    {
        auto target = std::make_unique<test::StoreFixture>();
        target->create();
        target->clock.set(f.clinic.clock.nowUtc());
        installAll(*target->store);
        for (const store::Record &r : saved()) {
            auto a = target->store->applyRemoteVersion(r.type, r.id, r.payload, r.deleted, r.author, r.device);
            if (!a)
                qFatal("apply: %s", qPrintable(a.error().toString()));
        }
        return target;
    }

    static bool pullTombstone(store::Store &target, const FormRecord &form)
    {
        return target.applyRemoteVersion(QLatin1String(kFormRecord), form.id, form.payload, true, QStringLiteral("doctor"),
                                         QStringLiteral("other-pc"))
            .has_value();
    }

    // A local delete as the sync merge / conflict resolution writes it.
    bool deleteLocally(const FormRecord &form)
    {
        auto current = f.store().record(QLatin1String(kFormRecord), form.id);
        if (!current || !current->has_value())
            return false;
        return f.store()
            .db()
            .transaction([&]() -> Result<void> {
                auto w = f.store().deleteRecord(QLatin1String(kFormRecord), form.id, (**current).version);
                if (!w)
                    return fail(w.error());
                return f.store().indexRecord(*w);
            })
            .has_value();
    }

private slots:
    void initTestCase()
    {
        f.setUpPublicHealth();
        followRegisters(*f.registry);
        installAll(f.store()); // as the workstation does for the session's store (syncwiring.cpp)
    }

    void followUpOnly_deleted_residentLeavesTheRegister()
    {
        const registry::Resident r = f.file(QStringLiteral("韦国强"), f.today().addYears(-50));
        const FormRecord htn = f.htnVisit(r.id, f.today(), 150, 95);
        const FormRecord dm = f.dmVisit(r.id, f.today(), 8.2);
        const QStringList both = {entry(QStringLiteral("diabetes"), f.today(), QStringLiteral("form")),
                                  entry(QStringLiteral("hypertension"), f.today(), QStringLiteral("form"))};
        QCOMPARE(entries(f.store(), r.id), both);

        auto target = pulledCopy();
        QCOMPARE(entries(*target->store, r.id), both);
        QVERIFY(pullTombstone(*target->store, htn));
        QCOMPARE(entries(*target->store, r.id), QStringList{entry(QStringLiteral("diabetes"), f.today(), QStringLiteral("form"))});
        QVERIFY(pullTombstone(*target->store, dm));
        QCOMPARE(entries(*target->store, r.id), QStringList{});
        auto indexRows = target->store->db().scalar(QStringLiteral("SELECT count(*) FROM ph_form_index WHERE resident_id = ?"), {r.id});
        QCOMPARE(indexRows->toLongLong(), 0);

        QVERIFY(deleteLocally(htn));
        QVERIFY(deleteLocally(dm));
        QCOMPARE(entries(f.store(), r.id), QStringList{});
    }

    void archiveDisease_staysAsArchiveEntry()
    {
        // 既往史 高血压 since 2020-03: the follow-up took the entry over (source form, the earlier
        // since kept); without the follow-up the archive's entry is back.
        const registry::Resident r = f.file(QStringLiteral("蒙秀兰"), f.today().addYears(-55), {QStringLiteral("2")});
        const QDate diagnosed(2020, 3, 1);
        const FormRecord htn = f.htnVisit(r.id, f.today(), 130, 80);
        QCOMPARE(entries(f.store(), r.id), QStringList{entry(QStringLiteral("hypertension"), diagnosed, QStringLiteral("form"))});

        auto target = pulledCopy();
        QVERIFY(pullTombstone(*target->store, htn));
        QCOMPARE(entries(*target->store, r.id), QStringList{entry(QStringLiteral("hypertension"), diagnosed, QStringLiteral("archive"))});

        QVERIFY(deleteLocally(htn));
        QCOMPARE(entries(f.store(), r.id), QStringList{entry(QStringLiteral("hypertension"), diagnosed, QStringLiteral("archive"))});
    }

    void otherFollowUps_stillCount()
    {
        const registry::Resident r = f.file(QStringLiteral("覃志明"), f.today().addYears(-48));
        const FormRecord first = f.htnVisit(r.id, f.today().addDays(-60), 150, 95);
        const FormRecord second = f.htnVisit(r.id, f.today().addDays(-10), 138, 86);
        QCOMPARE(entries(f.store(), r.id), QStringList{entry(QStringLiteral("hypertension"), f.today().addDays(-60), QStringLiteral("form"))});

        // Without the first visit the register starts at the second one.
        auto target = pulledCopy();
        QVERIFY(pullTombstone(*target->store, first));
        QCOMPARE(entries(*target->store, r.id),
                 QStringList{entry(QStringLiteral("hypertension"), f.today().addDays(-10), QStringLiteral("form"))});
        QVERIFY(deleteLocally(first));
        QCOMPARE(entries(f.store(), r.id), QStringList{entry(QStringLiteral("hypertension"), f.today().addDays(-10), QStringLiteral("form"))});
        QVERIFY(deleteLocally(second));
        QCOMPARE(entries(f.store(), r.id), QStringList{});
    }

    void otherResidents_untouched()
    {
        // A delete re-derives only the deleted form's resident and register.
        const registry::Resident a = f.file(QStringLiteral("黄海燕"), f.today().addYears(-70)); // elderly by age
        const registry::Resident b = f.file(QStringLiteral("黄德明"), f.today().addYears(-60));
        const FormRecord formA = f.htnVisit(a.id, f.today(), 145, 92);
        f.htnVisit(b.id, f.today(), 145, 92);
        const QStringList bBefore = entries(f.store(), b.id);
        QCOMPARE(bBefore.size(), 1);
        QVERIFY(deleteLocally(formA));
        QCOMPARE(entries(f.store(), a.id), QStringList{});
        auto elderly = f.store().db().scalar(QStringLiteral("SELECT count(*) FROM ph_register WHERE resident_id = ? AND "
                                                            "population = 'elderly' AND source = 'age'"),
                                             {a.id});
        QCOMPARE(elderly->toLongLong(), 1); // the archive's own entries are derived again, not lost
        QCOMPARE(entries(f.store(), b.id), bBefore);
    }
};

QTEST_GUILESS_MAIN(TestFormDeleteRegisters)
#include "tst_formdeleteregisters.moc"
