// Requirement: an outpatient visit is registered for an active archive (新/复诊, 费别); vitals
// are checked; the SOAP note carries 既往史 and 过敏史 from the archive; diagnoses are ICD-10
// coded with system and version and exactly one primary; signing locks the note; changes after
// signing are amendments recording who, when, why and each field before → after (痕迹保留);
// every save produces an outbox entry; the timeline lists visits and notes; permissions hold.
#include "emrfixture.h"

#include "cliniclink/emr/emrrecords.h"

#include <QTest>

using namespace cliniclink;
using namespace cliniclink::emr;

class TestOutpatientNote : public QObject {
    Q_OBJECT
    test::EmrFixture f;
    QString residentId;

    qint64 outboxFor(const QString &type, const QString &id)
    {
        auto entries = f.store().outbox(QStringLiteral("pending"), 100000);
        qint64 n = 0;
        for (const auto &e : *entries)
            n += e.recordType == type && e.recordId == id;
        return n;
    }

    OutpatientNote newNote()
    {
        auto v = f.outpatient->registerVisit(residentId, VisitKind::First, FeeCategory::ResidentInsurance);
        if (!v)
            qFatal("visit: %s", qPrintable(v.error().toString()));
        auto n = f.outpatient->startNote(v->id);
        if (!n)
            qFatal("note: %s", qPrintable(n.error().toString()));
        return *n;
    }

private slots:
    void initTestCase()
    {
        f.setUp();
        residentId = f.addResident(QStringLiteral("张三"), QDate(1960, 5, 1), {QStringLiteral("2")}, QStringLiteral("头孢"));
        QVERIFY(!residentId.isEmpty());
    }

    void registerVisit_activeArchive_storedWithKindFeeAndOutbox()
    {
        auto v = f.outpatient->registerVisit(residentId, VisitKind::Return, FeeCategory::EmployeeInsurance);
        QVERIFY2(v.has_value(), v ? "" : qPrintable(v.error().toString()));
        auto back = f.outpatient->visit(v->id);
        QVERIFY(back.has_value());
        QCOMPARE(back->kind, VisitKind::Return);
        QCOMPARE(back->feeCategory, FeeCategory::EmployeeInsurance);
        QCOMPARE(back->date, f.today());
        QCOMPARE(back->registeredBy, QStringLiteral("wang"));
        QCOMPARE(outboxFor(QLatin1String(kVisitRecord), v->id), 1);
    }

    void registerVisit_closedArchive_refused()
    {
        const QString other = f.addResident(QStringLiteral("李四"), QDate(1950, 1, 1));
        QVERIFY(f.reg.registry->close(other, QStringLiteral("test")).has_value());
        auto v = f.outpatient->registerVisit(other, VisitKind::First, FeeCategory::SelfPay);
        QVERIFY(!v);
        QCOMPARE(v.error().code, ErrorCode::ArchiveNotActive);
    }

    void recordVitals_implausible_refusedAndNotStored()
    {
        auto v = f.outpatient->registerVisit(residentId, VisitKind::First, FeeCategory::SelfPay);
        QVERIFY(v.has_value());
        Vitals bad;
        bad.temperature = 98.6;
        auto r = f.outpatient->recordVitals(v->id, v->version, bad);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::VitalSignImplausible);
        Vitals good;
        good.systolic = 150;
        good.diastolic = 95;
        good.temperature = 36.8;
        auto ok = f.outpatient->recordVitals(v->id, v->version, good);
        QVERIFY(ok.has_value());
        QCOMPARE(*f.outpatient->visit(v->id)->vitals.systolic, 150);
        QCOMPARE(outboxFor(QLatin1String(kVisitRecord), v->id), 2);
    }

    void startNote_carriesHistoryAndAllergiesFromArchive()
    {
        const OutpatientNote n = newNote();
        QVERIFY2(n.section(QStringLiteral("pastHistory")).contains(QStringLiteral("高血压")), qPrintable(n.section(QStringLiteral("pastHistory"))));
        QVERIFY(n.section(QStringLiteral("pastHistory")).contains(QStringLiteral("2015-03-01")));
        QCOMPARE(n.section(QStringLiteral("allergyHistory")), QStringLiteral("对青霉素、头孢过敏"));
        QCOMPARE(n.status, NoteStatus::Draft);
        QCOMPARE(outboxFor(QLatin1String(kNoteRecord), n.id), 1);
        auto again = f.outpatient->startNote(n.visitId);
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::AlreadyExists);
    }

    void saveDraft_diagnoses_codedWithSystemVersionAndName()
    {
        OutpatientNote n = newNote();
        auto saved = f.outpatient->saveDraft(n.id, n.version, {{QStringLiteral("chiefComplaint"), QStringLiteral("咳嗽3天")}},
                                             QList<Diagnosis>{{{}, {}, QStringLiteral("j06.9"), {}, true},
                                                              {{}, {}, QStringLiteral("I10"), QStringLiteral("ignored"), false}});
        QVERIFY2(saved.has_value(), saved ? "" : qPrintable(saved.error().toString()));
        QCOMPARE(saved->diagnoses.size(), 2);
        QCOMPARE(saved->diagnoses[0].code, QStringLiteral("J06.9"));
        QCOMPARE(saved->diagnoses[0].name, QStringLiteral("急性上呼吸道感染"));
        QCOMPARE(saved->diagnoses[0].system, QStringLiteral("ICD-10"));
        QCOMPARE(saved->diagnoses[0].version, DiagnosisCatalogue::builtIn().version());
        QCOMPARE(saved->diagnoses[1].name, QStringLiteral("特发性（原发性）高血压"));
        QCOMPARE(saved->primaryDiagnosis()->code, QStringLiteral("J06.9"));

        auto unknown = f.outpatient->saveDraft(n.id, saved->version, {}, QList<Diagnosis>{{{}, {}, QStringLiteral("X99.9"), {}, true}});
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, ErrorCode::DiagnosisCodeNotFound);
    }

    void sign_primaryDiagnosisCount_data()
    {
        QTest::addColumn<int>("primaries");
        QTest::addColumn<bool>("signs");
        QTest::newRow("none") << 0 << false;
        QTest::newRow("one") << 1 << true;
        QTest::newRow("two") << 2 << false;
    }
    void sign_primaryDiagnosisCount()
    {
        QFETCH(int, primaries);
        QFETCH(bool, signs);
        OutpatientNote n = newNote();
        QList<Diagnosis> dx{{{}, {}, QStringLiteral("J06.9"), {}, primaries >= 1}, {{}, {}, QStringLiteral("I10"), {}, primaries >= 2}};
        auto saved = f.outpatient->saveDraft(n.id, n.version, {{QStringLiteral("chiefComplaint"), QStringLiteral("发热1天")}}, dx);
        QVERIFY(saved.has_value());
        auto s = f.outpatient->sign(n.id, saved->version);
        QCOMPARE(s.has_value(), signs);
        if (!signs)
            QCOMPARE(s.error().code, ErrorCode::PrimaryDiagnosisRequired);
    }

    void sign_withoutChiefComplaint_refused()
    {
        OutpatientNote n = newNote();
        auto saved = f.outpatient->saveDraft(n.id, n.version, {}, QList<Diagnosis>{{{}, {}, QStringLiteral("J06.9"), {}, true}});
        auto s = f.outpatient->sign(n.id, saved->version);
        QVERIFY(!s);
        QCOMPARE(s.error().code, ErrorCode::RequiredFieldMissing);
    }

    void signedNote_draftEditRefused_amendmentRecordsWhoWhenWhyWhat()
    {
        OutpatientNote n = newNote();
        auto saved = f.outpatient->saveDraft(n.id, n.version,
                                             {{QStringLiteral("chiefComplaint"), QStringLiteral("头痛2天")},
                                              {QStringLiteral("plan"), QStringLiteral("休息")}},
                                             QList<Diagnosis>{{{}, {}, QStringLiteral("R51"), {}, true}});
        QVERIFY(saved.has_value());
        auto s = f.outpatient->sign(n.id, saved->version);
        QVERIFY(s.has_value());
        QCOMPARE(s->status, NoteStatus::Signed);
        QCOMPARE(s->signedBy, QStringLiteral("wang"));

        auto edit = f.outpatient->saveDraft(n.id, s->version, {{QStringLiteral("plan"), QStringLiteral("改")}});
        QVERIFY(!edit);
        QCOMPARE(edit.error().code, ErrorCode::NoteSigned);
        auto resign = f.outpatient->sign(n.id, s->version);
        QCOMPARE(resign.error().code, ErrorCode::NoteSigned);

        auto noReason = f.outpatient->amend(n.id, s->version, {{QStringLiteral("plan"), QStringLiteral("x")}}, std::nullopt, QString());
        QCOMPARE(noReason.error().code, ErrorCode::RequiredFieldMissing);

        f.reg.clinic.clock.advance(3600 * 1000);
        const QDateTime when = f.reg.clinic.clock.nowUtc();
        auto a = f.outpatient->amend(n.id, s->version,
                                     {{QStringLiteral("plan"), QStringLiteral("休息，布洛芬")},
                                      {QStringLiteral("chiefComplaint"), QStringLiteral("头痛2天")}}, // unchanged: not recorded
                                     QList<Diagnosis>{{{}, {}, QStringLiteral("G44.2"), {}, true}}, QStringLiteral("补充处理"));
        QVERIFY2(a.has_value(), a ? "" : qPrintable(a.error().toString()));
        QCOMPARE(a->status, NoteStatus::Signed);
        QCOMPARE(a->amendments.size(), 1);
        const Amendment &am = a->amendments.first();
        QCOMPARE(am.by, QStringLiteral("wang"));
        QCOMPARE(am.atUtc, when);
        QCOMPARE(am.reason, QStringLiteral("补充处理"));
        QCOMPARE(am.changes.size(), 2);
        QCOMPARE(am.changes[0].field, QStringLiteral("plan"));
        QCOMPARE(am.changes[0].before.toString(), QStringLiteral("休息"));
        QCOMPARE(am.changes[0].after.toString(), QStringLiteral("休息，布洛芬"));
        QCOMPARE(am.changes[1].field, QStringLiteral("diagnoses"));
        QCOMPARE(am.changes[1].before.toArray().first().toObject().value(QStringLiteral("code")).toString(), QStringLiteral("R51"));
        QCOMPARE(am.changes[1].after.toArray().first().toObject().value(QStringLiteral("code")).toString(), QStringLiteral("G44.2"));

        // The stored record carries the trail; every version went to the outbox.
        auto stored = f.outpatient->note(n.id);
        QCOMPARE(stored->amendments.size(), 1);
        QCOMPARE(stored->section(QStringLiteral("plan")), QStringLiteral("休息，布洛芬"));
        QCOMPARE(outboxFor(QLatin1String(kNoteRecord), n.id), stored->version);

        // An amendment that changes nothing adds no version and no empty entry.
        auto same = f.outpatient->amend(n.id, stored->version, {{QStringLiteral("plan"), QStringLiteral("休息，布洛芬")}},
                                        std::nullopt, QStringLiteral("无"));
        QVERIFY(same.has_value());
        QCOMPARE(same->version, stored->version);
        QCOMPARE(same->amendments.size(), 1);
    }

    void amend_draft_refused()
    {
        OutpatientNote n = newNote();
        auto a = f.outpatient->amend(n.id, n.version, {{QStringLiteral("plan"), QStringLiteral("x")}}, std::nullopt, QStringLiteral("r"));
        QVERIFY(!a);
        QCOMPARE(a.error().code, ErrorCode::NoteNotSigned);
    }

    void timeline_listsVisitsAndNotesNewestFirst()
    {
        const QString r = f.addResident(QStringLiteral("王五"), QDate(1970, 2, 2));
        auto v1 = f.outpatient->registerVisit(r, VisitKind::First, FeeCategory::SelfPay);
        f.reg.clinic.clock.advance(1000);
        auto n1 = f.outpatient->startNote(v1->id);
        f.reg.clinic.clock.advance(86400 * 1000);
        auto v2 = f.outpatient->registerVisit(r, VisitKind::Return, FeeCategory::SelfPay);
        auto t = f.outpatient->timeline(r);
        QVERIFY(t.has_value());
        QCOMPARE(t->size(), 3);
        QCOMPARE(t->at(0).recordId, v2->id);
        QCOMPARE(t->at(0).kind, QStringLiteral("visit"));
        QCOMPARE(t->at(1).recordId, n1->id);
        QCOMPARE(t->at(1).kind, QStringLiteral("note"));
        QCOMPARE(t->at(2).recordId, v1->id);
    }

    void permissions_pharmacistCannotWriteNotes()
    {
        test::EmrFixture p;
        p.setUp(identity::Role::Pharmacist);
        // The pharmacist (Billing) may register but not write notes.
        QVERIFY(!p.reg.session->can(identity::Permission::WriteClinicalNotes));
        auto v = p.outpatient->registerVisit(QStringLiteral("no-such-resident"), VisitKind::First, FeeCategory::SelfPay);
        QVERIFY(!v);
        QVERIFY(v.error().code != ErrorCode::PermissionDenied); // permitted to try; the resident is unknown
        auto n = p.outpatient->startNote(QStringLiteral("x"));
        QVERIFY(!n);
        QCOMPARE(n.error().code, ErrorCode::PermissionDenied);
    }
};

QTEST_GUILESS_MAIN(TestOutpatientNote)
#include "tst_outpatientnote.moc"
