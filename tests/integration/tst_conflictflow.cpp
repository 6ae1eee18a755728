// Requirement (issue 6): a conflict between a village PC and the township is listed with both
// values, who and when; a person's decision becomes a new local version that syncs like any
// save, is audited locally and on the platform (sync.conflict_resolved), and afterwards both PCs
// agree. A record the platform refuses (too large) is listed with its reason without blocking the
// others; after the cause is fixed it is sent again, or kept local. `status --json` reports
// pending, in flight, rejected, conflicts, last success and records by type.
#include "cliniclink/platform/pgconnection.h"
#include "cliniclink/sync/conflictresolution.h"
#include "cliniclink/sync/rejectedchanges.h"
#include "cliniclink/sync/syncengine.h"
#include "syncfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace cliniclink;
using namespace cliniclink::test;

namespace {
const QString kCounty = QStringLiteral("450102");
const QString kTownship = QStringLiteral("450102001");
const QString kVillage = QStringLiteral("450102001001");
const QString kResident = QStringLiteral("resident");
} // namespace

class TestConflictFlow : public QObject {
    Q_OBJECT
    QTemporaryDir m_tmp;
    PgCluster m_pg;
    std::unique_ptr<PlatformInstance> m_platform;
    std::unique_ptr<ClinicPc> m_village, m_town;

    qint64 pgCount(const QString &sql, const QVariantList &params = {})
    {
        auto db = platform::PgConnection::connect(m_pg.url());
        if (!db)
            return -1;
        auto row = (*db)->queryOne(sql, params);
        return row && row->has_value() ? (**row)[0].toLongLong() : -1;
    }
    bool syncBoth()
    {
        const bool v = m_village->sync(m_platform->url()).exitCode == 0;
        const bool t = m_town->sync(m_platform->url()).exitCode == 0;
        return v && t;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_pg.start(&error), qPrintable(error));
        const QString db = m_pg.url();
        QVERIFY(addOrgTree(db, kCounty, kTownship, {kVillage}));
        m_platform = std::make_unique<PlatformInstance>(db, QStringLiteral("one"));
        QVERIFY2(m_platform->start(&error), qPrintable(error));
        m_village = std::make_unique<ClinicPc>(m_tmp.path(), QStringLiteral("village"), kVillage);
        m_town = std::make_unique<ClinicPc>(m_tmp.path(), QStringLiteral("township"), QStringLiteral("450102001000"));
        QVERIFY(m_village->enrol(m_platform->url(), QString::fromLatin1(platformAdmin(db, {QStringLiteral("enroll-code"), QStringLiteral("--org"), kVillage}))));
        QVERIFY(m_town->enrol(m_platform->url(), QString::fromLatin1(platformAdmin(db, {QStringLiteral("enroll-code"), QStringLiteral("--org"), kTownship}))));
    }

    void conflict_resolvedByAPerson_bothPcsAgree()
    {
        const QString id = m_village->create(kResident, QJsonObject{{QStringLiteral("name"), QString::fromUtf8("韦秀英")},
                                                                    {QStringLiteral("phone"), QStringLiteral("13800000000")},
                                                                    {QStringLiteral("address"), QStringLiteral("那马屯")}});
        QVERIFY(syncBoth());
        QVERIFY(m_town->record(kResident, id).has_value());
        // Both change the phone (and the township also the address) while apart.
        QVERIFY(m_town->update(kResident, id, {{QStringLiteral("phone"), QStringLiteral("13800000001")},
                                               {QStringLiteral("address"), QStringLiteral("那马屯3号")}}));
        QVERIFY(m_village->update(kResident, id, {{QStringLiteral("phone"), QStringLiteral("13900000002")}}));
        QVERIFY(m_town->sync(m_platform->url()).exitCode == 0);
        QVERIFY(m_village->sync(m_platform->url()).exitCode == 0); // push → conflict → merge

        auto s = m_village->signIn();
        auto open = sync::openConflicts(s->store());
        QVERIFY(open);
        QCOMPARE(open->size(), 1);
        const sync::OpenConflict c = open->first();
        QCOMPARE(c.recordId, id);
        QCOMPARE(c.fields.size(), 1);
        QCOMPARE(c.fields[0].field, QStringLiteral("phone"));
        QCOMPARE(c.fields[0].base.toString(), QStringLiteral("13800000000"));
        QCOMPARE(c.fields[0].local.toString(), QStringLiteral("13900000002"));
        QCOMPARE(c.fields[0].remote.toString(), QStringLiteral("13800000001"));
        // Who and when on both sides, the platform's side from the conflict answer.
        QCOMPARE(c.local.author, QStringLiteral("admin"));
        QVERIFY(c.local.time.isValid());
        QCOMPARE(c.remote.author, QStringLiteral("admin"));
        QVERIFY2(c.remote.time.isValid(), "platform side's time missing");
        QVERIFY(c.remote.time <= c.detectedAt);

        QMap<QString, sync::FieldResolution> choice{{QStringLiteral("phone"), {sync::ConflictChoice::Local, {}}}};
        QVERIFY(sync::resolveConflict(s->store(), c.conflictId, choice));
        s->signOut();
        QVERIFY(m_village->status().value(QStringLiteral("pending")).toInt() >= 2); // record + decision, unsent
        QCOMPARE(m_village->status().value(QStringLiteral("conflicts")).toInt(), 0);

        QVERIFY(syncBoth());
        for (ClinicPc *pc : {m_village.get(), m_town.get()}) {
            const auto rec = pc->record(kResident, id);
            QCOMPARE(rec->payload.value(QStringLiteral("phone")).toString(), QStringLiteral("13900000002"));
            QCOMPARE(rec->payload.value(QStringLiteral("address")).toString(), QStringLiteral("那马屯3号"));
            QCOMPARE(pc->status().value(QStringLiteral("conflicts")).toInt(), 0);
            const auto conflicts = pc->records(QLatin1String(sync::kConflictType));
            QCOMPARE(conflicts.size(), 1);
            QCOMPARE(conflicts.first().payload.value(QStringLiteral("status")).toString(), QStringLiteral("resolved"));
        }
        QCOMPARE(m_village->record(kResident, id)->payload, m_town->record(kResident, id)->payload);
        // Audited on the platform (as a normal change of the conflict record) and locally.
        QCOMPARE(pgCount(QStringLiteral("SELECT count(*) FROM audit WHERE action = 'sync.conflict_resolved' AND object_id = ?"), {id}), 1);
        QCOMPARE(pgCount(QStringLiteral("SELECT count(*) FROM documents WHERE record_id = ? AND payload::jsonb->>'phone' = '13900000002'"), {id}), 1);
        auto v = m_village->signIn();
        QCOMPARE(v->store().db().scalar(QStringLiteral("SELECT count(*) FROM audit WHERE action = 'sync.conflict_resolve'"))->toLongLong(), 1);
        v->signOut();
    }

    void rejected_neverBlocks_retryAfterFix_discardKeepsLocal()
    {
        const QString tooBig = QString(1100 * 1024, QLatin1Char('x'));
        const QString big = m_village->create(kResident, QJsonObject{{QStringLiteral("name"), QStringLiteral("big")}, {QStringLiteral("scan"), tooBig}});
        const QString ok = m_village->create(kResident, QJsonObject{{QStringLiteral("name"), QStringLiteral("ok")}});
        const QString big2 = m_village->create(kResident, QJsonObject{{QStringLiteral("name"), QStringLiteral("big2")}, {QStringLiteral("scan"), tooBig}});
        QVERIFY(m_village->sync(m_platform->url()).exitCode == 0);
        QCOMPARE(pgCount(QStringLiteral("SELECT count(*) FROM documents WHERE record_id = ?"), {ok}), 1); // not blocked
        const QJsonObject status = m_village->status();
        const QJsonArray rejected = status.value(QStringLiteral("rejected")).toArray();
        QCOMPARE(rejected.size(), 2);
        QCOMPARE(rejected.at(0).toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("too_large"));
        for (const char *key : {"pending", "inFlight", "rejected", "conflicts", "lastSuccess", "records", "allSent"})
            QVERIFY2(status.contains(QLatin1String(key)), key);
        QVERIFY(!status.value(QStringLiteral("lastSuccess")).toString().isEmpty());
        QVERIFY(status.value(QStringLiteral("records")).toObject().value(kResident).toInt() >= 4);

        // The person removes the attachment and sends it again; the other is kept local.
        QVERIFY(m_village->update(kResident, big, {{QStringLiteral("scan"), QStringLiteral("see paper file")}}));
        auto s = m_village->signIn();
        QVERIFY(sync::retryRejected(s->store(), kResident, big));
        QVERIFY(sync::discardRejected(s->store(), kResident, big2));
        QVERIFY(sync::rejectedRecords(s->store())->isEmpty());
        s->signOut();
        QVERIFY(m_village->sync(m_platform->url()).exitCode == 0);
        QCOMPARE(pgCount(QStringLiteral("SELECT count(*) FROM documents WHERE record_id = ?"), {big}), 1);
        QCOMPARE(pgCount(QStringLiteral("SELECT count(*) FROM documents WHERE record_id = ?"), {big2}), 0);
        QVERIFY(m_village->record(kResident, big2).has_value());
        const QJsonObject after = m_village->status();
        QCOMPARE(after.value(QStringLiteral("rejected")).toArray().size(), 0);
        QCOMPARE(after.value(QStringLiteral("allSent")).toBool(), true);
    }
};

QTEST_GUILESS_MAIN(TestConflictFlow)
#include "tst_conflictflow.moc"
