// Requirement: an archive is created, updated, transferred out and in, merged with a duplicate
// (both histories and a merge record kept), registered as deceased and closed; every save goes
// through change capture (an outbox entry and an audit event per record version); reads are
// audited; writing needs WritePatients.
#include "cliniclink/registry/residentfields.h"
#include "registryfixture.h"

#include <QJsonArray>
#include <QTest>

using namespace cliniclink;
using namespace cliniclink::registry;

class TestResidentLifecycle : public QObject {
    Q_OBJECT
    test::RegistryFixture f;

    // Outbox entries of one record, oldest first.
    QList<store::OutboxEntry> outboxOf(const QString &type, const QString &id)
    {
        QList<store::OutboxEntry> out;
        auto all = f.store().outbox(QStringLiteral("pending"), 100000);
        if (!all)
            return out;
        for (const auto &e : *all)
            if (e.recordType == type && e.recordId == id)
                out << e;
        return out;
    }
    qint64 auditCount(const QString &action, const QString &objectId)
    {
        auto n = f.store().db().scalar(QStringLiteral("SELECT count(*) FROM audit WHERE action = ? AND object_id = ?"),
                                       {action, objectId});
        return n ? n->toLongLong() : -1;
    }
    QStringList eventTypes(const Resident &r)
    {
        QStringList types;
        for (const QJsonValue &e : r.payload.value(QStringLiteral("events")).toArray())
            types << e.toObject().value(QStringLiteral("type")).toString();
        return types;
    }
    Resident make(const QString &name, const QString &idNumber = {})
    {
        auto r = f.registry->create(test::RegistryFixture::resident(name, idNumber));
        if (!r)
            qWarning() << r.error().toString();
        return r.value_or(Resident{});
    }

private slots:
    void initTestCase() { f.setUp(); }

    void everySave_producesOutboxEntryAndAudit_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::newRow("create") << QStringLiteral("create");
        QTest::newRow("update") << QStringLiteral("update");
        QTest::newRow("transfer out") << QStringLiteral("transferOut");
        QTest::newRow("death") << QStringLiteral("death");
        QTest::newRow("close") << QStringLiteral("close");
    }
    void everySave_producesOutboxEntryAndAudit()
    {
        QFETCH(QString, operation);
        Resident r = make(QStringLiteral("赵一"));
        QVERIFY(!r.id.isEmpty());
        Result<Resident> after = r;
        if (operation == QLatin1String("update")) {
            QJsonObject p = r.payload;
            p.insert(QStringLiteral("phone"), QStringLiteral("13900139000"));
            after = f.registry->update(r.id, r.version, p);
        } else if (operation == QLatin1String("transferOut")) {
            after = f.registry->transferOut(r.id, QDate(2025, 12, 1), QStringLiteral("450103001101"), QStringLiteral("搬迁"));
        } else if (operation == QLatin1String("death")) {
            after = f.registry->registerDeath(r.id, QDate(2025, 12, 1), QStringLiteral("脑卒中"));
        } else if (operation == QLatin1String("close")) {
            after = f.registry->close(r.id, QStringLiteral("失访"));
        }
        QVERIFY2(after.has_value(), after ? "" : qPrintable(after.error().toString()));
        const auto entries = outboxOf(QLatin1String(kResidentRecord), r.id);
        QCOMPARE(entries.size(), int(after->version));
        QCOMPARE(entries.last().version, after->version);
        QCOMPARE(entries.last().author, QStringLiteral("wang"));
        QCOMPARE(auditCount(QStringLiteral("record.create"), r.id), 1);
        QCOMPARE(auditCount(QStringLiteral("record.update"), r.id), after->version - 1);
        QVERIFY(f.store().verify().intact);
    }

    void update_keepsManagedFields_andNamesChangedFields()
    {
        Resident r = make(QStringLiteral("钱二"));
        QJsonObject p{{QStringLiteral("name"), QStringLiteral("钱二")}, {QStringLiteral("sex"), QStringLiteral("1")},
                      {QStringLiteral("birthDate"), QStringLiteral("1960-05-01")}, {QStringLiteral("bloodType"), QStringLiteral("O")},
                      {QStringLiteral("archiveNumber"), QStringLiteral("99999999999999999")}, {QStringLiteral("status"), QStringLiteral("closed")}};
        auto u = f.registry->update(r.id, r.version, p);
        QVERIFY2(u.has_value(), u ? "" : qPrintable(u.error().toString()));
        QCOMPARE(u->archiveNumber(), r.archiveNumber());
        QCOMPARE(u->status(), ResidentStatus::Active);
        QCOMPARE(u->payload.value(QStringLiteral("bloodType")).toString(), QStringLiteral("3"));
        const QJsonObject last = u->payload.value(QStringLiteral("events")).toArray().last().toObject();
        QCOMPARE(last.value(QStringLiteral("type")).toString(), QStringLiteral("updated"));
        QVERIFY(last.value(QStringLiteral("fields")).toArray().contains(QStringLiteral("bloodType")));
        // Stale base version.
        auto stale = f.registry->update(r.id, r.version, p);
        QVERIFY(!stale.has_value());
        QCOMPARE(stale.error().code, ErrorCode::VersionConflict);
    }

    void create_duplicateIdNumber_isRefused()
    {
        const QString id = test::makeIdNumber(QStringLiteral("450102"), QDate(1980, 1, 1), 21);
        QVERIFY(!make(QStringLiteral("孙三"), id).id.isEmpty());
        auto again = f.registry->create(test::RegistryFixture::resident(QStringLiteral("孙叁"), id));
        QVERIFY(!again.has_value());
        QCOMPARE(again.error().code, ErrorCode::DuplicateIdNumber);
    }

    void inactiveArchive_refusesUpdates_data()
    {
        QTest::addColumn<QString>("state");
        QTest::newRow("transferred out") << QStringLiteral("transferred_out");
        QTest::newRow("deceased") << QStringLiteral("deceased");
        QTest::newRow("closed") << QStringLiteral("closed");
    }
    void inactiveArchive_refusesUpdates()
    {
        QFETCH(QString, state);
        Resident r = make(QStringLiteral("李四"));
        Result<Resident> s = state == QLatin1String("deceased") ? f.registry->registerDeath(r.id, QDate(2025, 6, 1), QString())
            : state == QLatin1String("closed")                   ? f.registry->close(r.id, QStringLiteral("重复建档"))
                                                                 : f.registry->transferOut(r.id, QDate(2025, 6, 1), QStringLiteral("外省"), QString());
        QVERIFY(s.has_value());
        QCOMPARE(statusKey(s->status()), state);
        auto u = f.registry->update(r.id, s->version, r.payload);
        QVERIFY(!u.has_value());
        QCOMPARE(u.error().code, ErrorCode::ArchiveNotActive);
        auto again = f.registry->close(r.id, QStringLiteral("x"));
        QCOMPARE(again.error().code, ErrorCode::ArchiveNotActive);
    }

    void registerDeath_futureDate_isRefused()
    {
        Resident r = make(QStringLiteral("周五"));
        auto d = f.registry->registerDeath(r.id, f.clinic.clock.nowUtc().date().addDays(2), QString());
        QVERIFY(!d.has_value());
        QCOMPARE(d.error().code, ErrorCode::InvalidDate);
    }

    void transferIn_returningResident_reactivatesSameArchive()
    {
        const QString id = test::makeIdNumber(QStringLiteral("450102"), QDate(1975, 7, 7), 31);
        Resident r = make(QStringLiteral("吴六"), id);
        QVERIFY(f.registry->transferOut(r.id, QDate(2025, 3, 1), QStringLiteral("南宁市"), QStringLiteral("务工")).has_value());
        auto back = f.registry->transferIn(test::RegistryFixture::resident(QStringLiteral("吴六"), id), QStringLiteral("南宁市某社区"),
                                           QDate(2025, 11, 1));
        QVERIFY2(back.has_value(), back ? "" : qPrintable(back.error().toString()));
        QCOMPARE(back->id, r.id);
        QCOMPARE(back->status(), ResidentStatus::Active);
        QCOMPARE(eventTypes(*back), (QStringList{QStringLiteral("created"), QStringLiteral("transferred_out"), QStringLiteral("transferred_in")}));
    }

    void transferIn_newResident_keepsArchiveNumberFromOtherClinic()
    {
        QJsonObject in = test::RegistryFixture::resident(QStringLiteral("郑七"), test::makeIdNumber(QStringLiteral("450103"), QDate(1965, 1, 1), 41));
        in.insert(QStringLiteral("archiveNumber"), QStringLiteral("45010300210100123"));
        auto r = f.registry->transferIn(in, QStringLiteral("邻村卫生室"), QDate(2025, 10, 1));
        QVERIFY2(r.has_value(), r ? "" : qPrintable(r.error().toString()));
        QCOMPARE(r->archiveNumber(), QStringLiteral("45010300210100123"));
        QCOMPARE(eventTypes(*r), QStringList{QStringLiteral("transferred_in")});
        QCOMPARE(r->payload.value(QStringLiteral("events")).toArray().first().toObject().value(QStringLiteral("from")).toString(),
                 QStringLiteral("邻村卫生室"));
    }

    void merge_keepsBothHistories_andWritesMergeRecord()
    {
        const QString id = test::makeIdNumber(QStringLiteral("450102"), QDate(1950, 2, 2), 51);
        Resident survivor = make(QStringLiteral("王八")); // entered without ID number
        QJsonObject dupIn = test::RegistryFixture::resident(QStringLiteral("王八"), id, QStringLiteral("13712345678"));
        auto dup = f.registry->create(dupIn);
        QVERIFY(dup.has_value());
        QJsonObject dp = dup->payload;
        dp.insert(QStringLiteral("bloodType"), QStringLiteral("A"));
        auto dupV2 = f.registry->update(dup->id, dup->version, dp);
        QVERIFY(dupV2.has_value());

        auto m = f.registry->merge(survivor.id, dup->id, QStringLiteral("同一人重复建档"));
        QVERIFY2(m.has_value(), m ? "" : qPrintable(m.error().toString()));
        // Survivor: its own history, then the duplicate's (tagged), then the merge event.
        const QStringList types = eventTypes(m->survivor);
        QCOMPARE(types, (QStringList{QStringLiteral("created"), QStringLiteral("created"), QStringLiteral("updated"), QStringLiteral("merged")}));
        const QJsonArray events = m->survivor.payload.value(QStringLiteral("events")).toArray();
        QCOMPARE(events.at(1).toObject().value(QStringLiteral("fromResident")).toString(), dup->id);
        QCOMPARE(m->survivor.idNumber(), id);
        QCOMPARE(m->survivor.payload.value(QStringLiteral("phone")).toString(), QStringLiteral("13712345678"));
        QCOMPARE(m->survivor.payload.value(QStringLiteral("bloodType")).toString(), QStringLiteral("1"));
        // Duplicate: kept with its full history, marked merged.
        auto kept = f.registry->resident(dup->id);
        QVERIFY(kept.has_value() && kept->has_value());
        QCOMPARE((*kept)->status(), ResidentStatus::Merged);
        QCOMPARE((*kept)->payload.value(QStringLiteral("mergedInto")).toString(), survivor.id);
        QCOMPARE(eventTypes(**kept), (QStringList{QStringLiteral("created"), QStringLiteral("updated"), QStringLiteral("merged_into")}));
        // Merge record with the duplicate's snapshot, through change capture.
        auto rec = f.store().record(QLatin1String(kMergeRecord), m->mergeRecordId);
        QVERIFY(rec.has_value() && rec->has_value());
        QCOMPARE((*rec)->payload.value(QStringLiteral("duplicateSnapshot")).toObject(), dupV2->payload);
        QCOMPARE(outboxOf(QLatin1String(kMergeRecord), m->mergeRecordId).size(), 1);
        QCOMPARE(outboxOf(QLatin1String(kResidentRecord), dup->id).size(), 3);
        // Search finds the survivor by the duplicate's ID number; the duplicate is hidden.
        auto hits = f.registry->search(id);
        QVERIFY(hits.has_value());
        QCOMPARE(hits->size(), 1);
        QCOMPARE(hits->first().id, survivor.id);
        QVERIFY(f.store().verify().intact);
    }

    void merge_refusals_data()
    {
        QTest::addColumn<bool>("sameArchive");
        QTest::newRow("same archive") << true;
        QTest::newRow("different ID numbers") << false;
    }
    void merge_refusals()
    {
        QFETCH(bool, sameArchive);
        const int seq = sameArchive ? 61 : 65;
        Resident a = make(QStringLiteral("冯九"), test::makeIdNumber(QStringLiteral("450102"), QDate(1951, 1, 1), seq));
        Resident b = make(QStringLiteral("冯九"), test::makeIdNumber(QStringLiteral("450102"), QDate(1951, 1, 1), seq + 2));
        QVERIFY(!a.id.isEmpty() && !b.id.isEmpty());
        auto m = f.registry->merge(a.id, sameArchive ? a.id : b.id, QString());
        QVERIFY(!m.has_value());
        QCOMPARE(m.error().code, ErrorCode::MergeNotAllowed);
    }

    void read_isAudited()
    {
        Resident r = make(QStringLiteral("陈十"));
        const qint64 before = auditCount(QStringLiteral("record.read"), r.id);
        QVERIFY(f.registry->resident(r.id).has_value());
        QCOMPARE(auditCount(QStringLiteral("record.read"), r.id), before + 1);
    }

    void permissions_areCheckedInTheModule_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<bool>("canRead");
        QTest::newRow("radiologist reads, cannot write") << int(identity::Role::Radiologist) << true;
        QTest::newRow("administrator neither") << int(identity::Role::Administrator) << false;
    }
    void permissions_areCheckedInTheModule()
    {
        QFETCH(int, role);
        QFETCH(bool, canRead);
        test::RegistryFixture other;
        other.setUp(identity::Role(role));
        auto w = other.registry->create(test::RegistryFixture::resident(QStringLiteral("褚")));
        QVERIFY(!w.has_value());
        QCOMPARE(w.error().code, ErrorCode::PermissionDenied);
        auto s = other.registry->search(QStringLiteral("c"));
        QCOMPARE(s.has_value(), canRead);
    }

    void logs_andErrors_carryNoPatientData()
    {
        auto r = f.registry->create(QJsonObject{{QStringLiteral("name"), QStringLiteral("卫十一")},
                                                {QStringLiteral("idNumber"), QStringLiteral("450102195001010010")}});
        QVERIFY(!r.has_value());
        QVERIFY(!r.error().toString().contains(QStringLiteral("4501021950")));
        QVERIFY(!r.error().toString().contains(QStringLiteral("卫十一")));
    }
};

QTEST_GUILESS_MAIN(TestResidentLifecycle)
#include "tst_residentlifecycle.moc"
