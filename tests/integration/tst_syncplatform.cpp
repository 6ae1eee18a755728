// Requirement (issue 6): two village clinics and a township PC sync through two platform
// instances on one PostgreSQL database. Records created offline on each PC reach the platform
// once and appear on the right PCs and nowhere else; a cross-scope read is refused and audited;
// a lost response is answered from the stored result (applied once); concurrent edits of the
// same field become a conflict record with both values; different fields merge.
#include "cliniclink/platform/pgconnection.h"
#include "cliniclink/sync/syncengine.h"
#include "syncfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>

using namespace cliniclink;
using namespace cliniclink::test;

namespace {
const QString kCounty = QStringLiteral("450102");
const QString kTownship = QStringLiteral("450102001");
const QString kVillageA = QStringLiteral("450102001001");
const QString kVillageB = QStringLiteral("450102001002");
const QString kResident = QStringLiteral("resident");
} // namespace

class TestSyncPlatform : public QObject {
    Q_OBJECT
    QTemporaryDir m_tmp;
    PgCluster m_pg;
    std::unique_ptr<PlatformInstance> m_one, m_two;
    std::unique_ptr<ClinicPc> m_a, m_b, m_town;
    QString m_residentA, m_residentB, m_residentTown;

    qint64 pgCount(const QString &sql, const QVariantList &params = {})
    {
        auto db = platform::PgConnection::connect(m_pg.url());
        if (!db)
            return -1;
        auto row = (*db)->queryOne(sql, params);
        return row && row->has_value() ? (**row)[0].toLongLong() : -1;
    }
    QString tokenOf(ClinicPc &pc)
    {
        auto s = pc.signIn();
        auto t = s->store().meta(QLatin1String(sync::metakey::Token));
        s->signOut();
        return t && t->has_value() ? **t : QString();
    }
    int httpStatus(const QString &url, const QString &token, QByteArray *body = nullptr)
    {
        QNetworkAccessManager nam;
        QNetworkRequest req{QUrl(url)};
        req.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        std::unique_ptr<QNetworkReply> reply(nam.get(req));
        QSignalSpy done(reply.get(), &QNetworkReply::finished);
        done.wait(10000);
        if (body)
            *body = reply->readAll();
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_pg.start(&error), qPrintable(error));
        const QString db = m_pg.url();
        QVERIFY(addOrgTree(db, kCounty, kTownship, {kVillageA, kVillageB}));
        // The same code again is refused; a village with the wrong parent too.
        QVERIFY(platformAdmin(db, {QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("--code"), kVillageA,
                                   QStringLiteral("--name"), QStringLiteral("x"), QStringLiteral("--parent"), kTownship}).isEmpty());
        QVERIFY(platformAdmin(db, {QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("--code"), QStringLiteral("450102002001"),
                                   QStringLiteral("--name"), QStringLiteral("x"), QStringLiteral("--parent"), kTownship}).isEmpty());
        QVERIFY(!platformAdmin(db, {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("dr.wei"), QStringLiteral("--role"),
                                    QStringLiteral("radiologist"), QStringLiteral("--org"), kCounty}, "Radiology#2026\n").isEmpty());

        m_one = std::make_unique<PlatformInstance>(db, QStringLiteral("one"));
        m_two = std::make_unique<PlatformInstance>(db, QStringLiteral("two"));
        QVERIFY2(m_one->start(&error), qPrintable(error));
        QVERIFY2(m_two->start(&error), qPrintable(error));

        m_a = std::make_unique<ClinicPc>(m_tmp.path(), QStringLiteral("village-a"), kVillageA);
        m_b = std::make_unique<ClinicPc>(m_tmp.path(), QStringLiteral("village-b"), kVillageB);
        m_town = std::make_unique<ClinicPc>(m_tmp.path(), QStringLiteral("township"), QStringLiteral("450102001000"));
    }

    void enrolment_oneTimeCode_yieldsCredential()
    {
        const QString db = m_pg.url();
        const QString codeA = QString::fromLatin1(platformAdmin(db, {QStringLiteral("enroll-code"), QStringLiteral("--org"), kVillageA}));
        const QString codeB = QString::fromLatin1(platformAdmin(db, {QStringLiteral("enroll-code"), QStringLiteral("--org"), kVillageB}));
        const QString codeT = QString::fromLatin1(platformAdmin(db, {QStringLiteral("enroll-code"), QStringLiteral("--org"), kTownship}));
        QCOMPARE(codeA.size(), 14);
        QVERIFY(m_a->enrol(m_one->url(), codeA));
        QVERIFY(m_b->enrol(m_two->url(), codeB));
        QVERIFY(m_town->enrol(m_two->url(), codeT.toLower())); // typed in lower case: still accepted
        // One-time: the same code cannot enrol a second PC.
        const ProcessResult again = m_b->ctl({QStringLiteral("enroll"), QStringLiteral("--platform"), m_one->url(),
                                              QStringLiteral("--code"), codeA});
        QVERIFY(again.exitCode != 0);
        QVERIFY2(again.err.contains("EnrolmentCodeInvalid"), again.err.constData());
        QCOMPARE(m_a->status().value(QStringLiteral("org")).toString(), kVillageA);
    }

    void plainHttp_toNonLoopback_isRefused()
    {
        const ProcessResult r = m_a->sync(QStringLiteral("http://192.0.2.10:8443"));
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains("InsecureTransport"), r.err.constData());
    }

    void offlineRecords_reachTheRightPcsOnly()
    {
        // Created while offline (nothing synced yet).
        m_residentA = m_a->create(kResident, {{QStringLiteral("name"), QStringLiteral("韦秀英")}, {QStringLiteral("phone"), QStringLiteral("1")}});
        const QString visitA = m_a->create(QStringLiteral("visit"), {{QStringLiteral("resident"), m_residentA}, {QStringLiteral("sbp"), 150}});
        m_residentB = m_b->create(kResident, {{QStringLiteral("name"), QStringLiteral("黄建国")}});
        m_residentTown = m_town->create(kResident, {{QStringLiteral("name"), QStringLiteral("陆明")}});
        QVERIFY(!m_residentA.isEmpty() && !visitA.isEmpty() && !m_residentB.isEmpty() && !m_residentTown.isEmpty());
        QCOMPARE(m_a->status().value(QStringLiteral("allSent")).toBool(), false);
        QCOMPARE(m_a->status().value(QStringLiteral("unsentRecords")).toInt(), 2);

        for (ClinicPc *pc : {m_a.get(), m_b.get(), m_town.get()}) {
            const ProcessResult r = pc->sync(pc == m_a.get() ? m_one->url() : m_two->url());
            QVERIFY2(r.exitCode == 0, r.err.constData());
        }
        // Village A again, now through the other instance: stateless instances, one feed.
        QVERIFY(m_a->sync(m_two->url()).exitCode == 0);
        QVERIFY(m_b->sync(m_one->url()).exitCode == 0);

        QCOMPARE(pgCount(QStringLiteral("SELECT count(*) FROM documents")), 4);
        QCOMPARE(pgCount(QStringLiteral("SELECT count(*) FROM changes")), 4);
        // The township PC sees both villages' records and its own.
        QVERIFY(m_town->record(kResident, m_residentA).has_value());
        QVERIFY(m_town->record(QStringLiteral("visit"), visitA).has_value());
        QVERIFY(m_town->record(kResident, m_residentB).has_value());
        QCOMPARE(m_town->records(kResident).size(), 3);
        // Each village sees only its own.
        QCOMPARE(m_a->records(kResident).size(), 1);
        QVERIFY(!m_a->record(kResident, m_residentB).has_value());
        QVERIFY(!m_a->record(kResident, m_residentTown).has_value());
        QCOMPARE(m_b->records(kResident).size(), 1);
        QVERIFY(!m_b->record(kResident, m_residentA).has_value());

        const QJsonObject st = m_a->status();
        QCOMPARE(st.value(QStringLiteral("allSent")).toBool(), true);
        QCOMPARE(st.value(QStringLiteral("pending")).toInt(), 0);
        QVERIFY(!st.value(QStringLiteral("lastSuccess")).toString().isEmpty());
        QCOMPARE(st.value(QStringLiteral("records")).toObject().value(kResident).toInt(), 1);
        // Pulled records never go back out, and the store stays verifiable.
        auto s = m_town->signIn();
        QCOMPARE(s->store().outboxStats()->pending, 0);
        QVERIFY(s->store().verify().intact);
        s->signOut();
    }

    void crossScopeRead_isRefusedAndAudited()
    {
        const QString tokenA = tokenOf(*m_a);
        QVERIFY(!tokenA.isEmpty());
        const qint64 before = pgCount(QStringLiteral("SELECT count(*) FROM audit WHERE action = 'scope.read_refused'"));
        QCOMPARE(httpStatus(m_one->url() + QStringLiteral("/v1/records/resident/") + m_residentB, tokenA), 403);
        QCOMPARE(httpStatus(m_two->url() + QStringLiteral("/v1/pull?scope=") + kTownship, tokenA), 403);
        QCOMPARE(httpStatus(m_one->url() + QStringLiteral("/v1/records/resident/") + m_residentA, tokenA), 200);
        QCOMPARE(httpStatus(m_one->url() + QStringLiteral("/v1/pull"), QStringLiteral("cl1.forged")), 401);
        QCOMPARE(pgCount(QStringLiteral("SELECT count(*) FROM audit WHERE action = 'scope.read_refused'")), before + 2);
        // The township may read a village record and narrow its pull to one village.
        const QString tokenT = tokenOf(*m_town);
        QCOMPARE(httpStatus(m_two->url() + QStringLiteral("/v1/records/resident/") + m_residentA, tokenT), 200);
        QCOMPARE(httpStatus(m_two->url() + QStringLiteral("/v1/pull?scope=") + kVillageB, tokenT), 200);
    }

    // The read-only FHIR view: the document pushed by village A is a Patient (and a visit an
    // Encounter with LOINC Observations) for A and the township, refused (403, audited) for B.
    void fhirView_servesScopedResources()
    {
        const QString visit = m_a->create(QStringLiteral("outpatient_visit"),
                                          {{QStringLiteral("residentId"), m_residentA}, {QStringLiteral("department"), QStringLiteral("全科")},
                                           {QStringLiteral("vitals"), QJsonObject{{QStringLiteral("systolic"), 148}}}});
        QVERIFY(!visit.isEmpty());
        QCOMPARE(m_a->sync(m_one->url()).exitCode, 0);
        const QString tokenA = tokenOf(*m_a), tokenB = tokenOf(*m_b), tokenT = tokenOf(*m_town);
        QByteArray body;
        QCOMPARE(httpStatus(m_two->url() + QStringLiteral("/fhir/Patient/") + m_residentA, tokenA, &body), 200);
        const QJsonObject patient = QJsonDocument::fromJson(body).object();
        QCOMPARE(patient.value(QStringLiteral("resourceType")).toString(), QStringLiteral("Patient"));
        QCOMPARE(patient.value(QStringLiteral("id")).toString(), m_residentA);
        QCOMPARE(httpStatus(m_one->url() + QStringLiteral("/fhir/Observation/") + visit + QStringLiteral(".systolic"), tokenT, &body), 200);
        const QJsonObject obs = QJsonDocument::fromJson(body).object();
        QCOMPARE(obs.value(QStringLiteral("valueQuantity")).toObject().value(QStringLiteral("value")).toInt(), 148);
        QCOMPARE(obs.value(QStringLiteral("encounter")).toObject().value(QStringLiteral("reference")).toString(), QStringLiteral("Encounter/") + visit);
        const qint64 refused = pgCount(QStringLiteral("SELECT count(*) FROM audit WHERE action = 'scope.read_refused' AND object_type = 'Patient'"));
        QCOMPARE(httpStatus(m_one->url() + QStringLiteral("/fhir/Patient/") + m_residentA, tokenB), 403);
        QCOMPARE(pgCount(QStringLiteral("SELECT count(*) FROM audit WHERE action = 'scope.read_refused' AND object_type = 'Patient'")), refused + 1);
        QCOMPARE(httpStatus(m_one->url() + QStringLiteral("/fhir/Patient/") + m_residentA, QStringLiteral("cl1.forged")), 401);
        QCOMPARE(httpStatus(m_one->url() + QStringLiteral("/fhir/Encounter/") + m_residentA, tokenA), 404);
        QCOMPARE(httpStatus(m_one->url() + QStringLiteral("/fhir/Device/") + visit, tokenA), 404);
        QCOMPARE(pgCount(QStringLiteral("SELECT count(*) FROM documents WHERE fhir IS NOT NULL AND record_id IN (?, ?)"), {m_residentA, visit}), 2);
    }

    void lostResponse_resendIsAppliedOnce()
    {
        // A change frozen in flight whose response was lost: the engine resends the same
        // change id; the platform answers from the stored result.
        const QString id = m_a->create(kResident, {{QStringLiteral("name"), QStringLiteral("覃丽")}});
        {
            auto s = m_a->signIn();
            auto settings = sync::SyncEngine::transportFor(s->store(), {});
            QVERIFY(settings.has_value());
            settings->platform = QUrl(m_one->url());
            sync::PlatformClient client(*settings);
            sync::SyncEngine engine(s->store(), client);
            QVERIFY(engine.push().has_value());
            // Pretend the acknowledgement never arrived: put the change back in flight.
            auto changeId = s->store().db().scalar(QStringLiteral("SELECT change_id FROM outbox WHERE record_id = ?"), {id});
            QVERIFY(changeId.has_value());
            const QByteArray body = QJsonDocument(QJsonObject{
                {QStringLiteral("changeId"), changeId->toString()}, {QStringLiteral("recordType"), kResident},
                {QStringLiteral("recordId"), id}, {QStringLiteral("baseVersion"), 0}, {QStringLiteral("version"), 1},
                {QStringLiteral("operation"), QStringLiteral("create")},
                {QStringLiteral("payload"), QJsonObject{{QStringLiteral("name"), QStringLiteral("覃丽")}}},
                {QStringLiteral("author"), QStringLiteral("admin")}, {QStringLiteral("device"), s->store().deviceId()},
                {QStringLiteral("time"), QString()}, {QStringLiteral("scope"), kVillageA}}).toJson(QJsonDocument::Compact);
            QVERIFY(s->store().db().execute(QStringLiteral("UPDATE outbox SET state = 'in_flight' WHERE record_id = ?"), {id}).has_value());
            QVERIFY(s->store().db().execute(QStringLiteral("INSERT INTO sync_inflight(change_id, record_type, record_id, max_seq, body) "
                                                           "SELECT change_id, record_type, record_id, seq, ? FROM outbox WHERE record_id = ?"),
                                            {body, id}).has_value());
            QVERIFY(s->store().db().execute(QStringLiteral("DELETE FROM sync_state WHERE record_id = ?"), {id}).has_value());
            auto again = engine.push();
            QVERIFY(again.has_value());
            QCOMPARE(again->pushed, 1);
            QCOMPARE(s->store().outboxStats()->inFlight, 0);
            s->signOut();
        }
        QCOMPARE(pgCount(QStringLiteral("SELECT count(*) FROM changes WHERE record_id = ?"), {id}), 1);
        QCOMPARE(pgCount(QStringLiteral("SELECT version FROM documents WHERE record_id = ?"), {id}), 1);
    }

    void concurrentEdits_sameFieldConflict_otherFieldsMerge()
    {
        // Village A and the township edit A's resident while both are offline.
        QVERIFY(m_a->update(kResident, m_residentA, {{QStringLiteral("phone"), QStringLiteral("13800000001")},
                                                     {QStringLiteral("address"), QStringLiteral("那马屯")}}));
        QVERIFY(m_town->update(kResident, m_residentA, {{QStringLiteral("phone"), QStringLiteral("13900000002")},
                                                        {QStringLiteral("insurance"), QStringLiteral("新农合")}}));
        QVERIFY(m_a->sync(m_one->url()).exitCode == 0);
        const ProcessResult t = m_town->sync(m_two->url());
        QVERIFY2(t.exitCode == 0, t.err.constData());
        QCOMPARE(QJsonDocument::fromJson(t.out).object().value(QStringLiteral("conflicts")).toInt(), 1);
        QVERIFY(m_a->sync(m_one->url()).exitCode == 0);
        QVERIFY(m_town->sync(m_two->url()).exitCode == 0);

        // Different fields merged on both PCs; the contested field keeps the platform's value
        // until a person decides, and both values are in the conflict record on both PCs.
        for (ClinicPc *pc : {m_a.get(), m_town.get()}) {
            const auto rec = pc->record(kResident, m_residentA);
            QVERIFY(rec.has_value());
            QCOMPARE(rec->payload.value(QStringLiteral("address")).toString(), QStringLiteral("那马屯"));
            QCOMPARE(rec->payload.value(QStringLiteral("insurance")).toString(), QStringLiteral("新农合"));
            QCOMPARE(rec->payload.value(QStringLiteral("phone")).toString(), QStringLiteral("13800000001"));
            const auto conflicts = pc->records(QLatin1String(sync::kConflictType));
            QCOMPARE(conflicts.size(), 1);
            const QJsonArray fields = conflicts.first().payload.value(QStringLiteral("fields")).toArray();
            QCOMPARE(fields.size(), 1);
            const QJsonObject f = fields.first().toObject();
            QCOMPARE(f.value(QStringLiteral("field")).toString(), QStringLiteral("phone"));
            QCOMPARE(f.value(QStringLiteral("local")).toString(), QStringLiteral("13900000002"));
            QCOMPARE(f.value(QStringLiteral("remote")).toString(), QStringLiteral("13800000001"));
            QCOMPARE(pc->status().value(QStringLiteral("conflicts")).toInt(), 1);
        }
        // Village B never sees A's resident nor the conflict about it.
        QVERIFY(m_b->sync(m_two->url()).exitCode == 0);
        QCOMPARE(m_b->records(QLatin1String(sync::kConflictType)).size(), 0);
        // The platform holds every saved change, the conflicting one included, and audited it.
        QCOMPARE(pgCount(QStringLiteral("SELECT count(*) FROM changes WHERE record_id = ? AND outcome = 'conflict'"), {m_residentA}), 1);
        QVERIFY(pgCount(QStringLiteral("SELECT count(*) FROM audit WHERE action = 'sync.conflict_recorded'")) >= 1);
    }

    void noChangeSync_isOneSmallRequest()
    {
        QVERIFY(m_b->sync(m_two->url()).exitCode == 0);
        const ProcessResult r = m_b->sync(m_two->url());
        QVERIFY(r.exitCode == 0);
        const QJsonObject wire = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("wire")).toObject();
        QCOMPARE(wire.value(QStringLiteral("requests")).toInt(), 1);
        QVERIFY(wire.value(QStringLiteral("bytesSent")).toInt() + wire.value(QStringLiteral("bytesReceived")).toInt() < 2048);
    }

    void notify_reachesTheOtherInstance()
    {
        QNetworkAccessManager nam;
        auto health = [&](PlatformInstance &p) {
            std::unique_ptr<QNetworkReply> reply(nam.get(QNetworkRequest(QUrl(p.url() + QStringLiteral("/health")))));
            QSignalSpy done(reply.get(), &QNetworkReply::finished);
            done.wait(10000);
            return QJsonDocument::fromJson(reply->readAll()).object();
        };
        const qint64 before = qint64(health(*m_two).value(QStringLiteral("notifications")).toDouble());
        m_a->create(kResident, {{QStringLiteral("name"), QStringLiteral("农小红")}});
        QVERIFY(m_a->sync(m_one->url()).exitCode == 0); // committed through instance one
        QTRY_VERIFY_WITH_TIMEOUT(qint64(health(*m_two).value(QStringLiteral("notifications")).toDouble()) > before, 10000);
        QCOMPARE(health(*m_one).value(QStringLiteral("database")).toString(), QStringLiteral("ok"));
    }

    void logs_carryNoPatientData()
    {
        m_one->stop();
        m_two->stop();
        for (PlatformInstance *p : {m_one.get(), m_two.get()}) {
            QVERIFY(p->log().contains("\"event\":\"push\""));
            QVERIFY(!p->log().contains(QStringLiteral("韦秀英").toUtf8()));
            QVERIFY(!p->log().contains("13800000001"));
        }
    }
};

QTEST_GUILESS_MAIN(TestSyncPlatform)
#include "tst_syncplatform.moc"
