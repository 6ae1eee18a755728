// Requirement (end to end, offline): register → vitals → note → diagnose → sign note →
// prescribe → sign prescription → charge (registration, prescription, injection) → pay →
// dispense → stock reduced → the cashier's daily report matches the payments; every save
// leaves an outbox entry with author and device, the timeline shows visit, note and
// prescription, and the store verifies intact. No network is touched: there is none.
#include "hisfixture.h"

#include "cliniclink/emr/emrrecords.h"
#include "cliniclink/his/hisrecords.h"

#include <QJsonDocument>
#include <QTest>

using namespace cliniclink;
using namespace cliniclink::his;

class TestOutpatientFlow : public QObject {
    Q_OBJECT
private slots:
    void outpatientVisit_registerToDailyReport_allConsistent()
    {
        test::HisFixture f;
        f.setUp();
        const auto outboxBefore = f.store().outboxStats()->pending;

        // Set-up by the clinic: catalogue and stock.
        auto regFee = f.catalogue->saveFeeItem({{}, 0, QStringLiteral("110200001"), QStringLiteral("普通门诊诊查费"),
                                                FeeKind::Registration, 100, QStringLiteral("次"), {}, {}, true});
        auto injection = f.catalogue->saveFeeItem({{}, 0, QStringLiteral("120400001"), QStringLiteral("肌肉注射"),
                                                   FeeKind::Injection, 250, QStringLiteral("次"), {}, {}, true});
        QVERIFY(regFee && injection);
        const Drug amox = f.saveDrug(QStringLiteral("阿莫西林胶囊"), 250, 35, 1000, 4000, {QStringLiteral("2")});
        const Drug ibu = f.saveDrug(QStringLiteral("布洛芬缓释胶囊"), 300, 60, 600, 1200);
        const QString amoxOld = f.receive(amox.id, 12, f.today().addMonths(4), QStringLiteral("A-OLD"));
        const QString amoxNew = f.receive(amox.id, 100, f.today().addMonths(20), QStringLiteral("A-NEW"));
        f.receive(ibu.id, 20, f.today().addMonths(10), QStringLiteral("I-1"));

        // 1. Registration (复诊, 城乡居民医保).
        const QString resident = f.addResident(QStringLiteral("刘大爷"), QDate(1952, 10, 10));
        auto visit = f.outpatient->registerVisit(resident, emr::VisitKind::Return, emr::FeeCategory::ResidentInsurance);
        QVERIFY(visit.has_value());
        emr::Vitals vitals;
        vitals.systolic = 148;
        vitals.diastolic = 92;
        vitals.heartRate = 84;
        vitals.temperature = 38.4;
        QVERIFY(f.outpatient->recordVitals(visit->id, visit->version, vitals).has_value());

        // 2. Note and diagnoses, signed.
        auto note = f.outpatient->startNote(visit->id);
        QVERIFY(note.has_value());
        auto saved = f.outpatient->saveDraft(note->id, note->version,
                                             {{QStringLiteral("chiefComplaint"), QStringLiteral("咽痛、发热2天")},
                                              {QStringLiteral("physicalExam"), QStringLiteral("咽充血，扁桃体Ⅱ度肿大")},
                                              {QStringLiteral("plan"), QStringLiteral("抗感染、退热")}},
                                             QList<emr::Diagnosis>{{{}, {}, QStringLiteral("J03.9"), {}, true},
                                                                   {{}, {}, QStringLiteral("I10"), {}, false}});
        QVERIFY(saved.has_value());
        QVERIFY(f.outpatient->sign(note->id, saved->version).has_value());

        // 3. Prescription, signed.
        auto p = f.prescribing->create(visit->id, PrescriptionType::Ordinary);
        QVERIFY(p.has_value());
        QCOMPARE(p->diagnosis, QStringLiteral("急性扁桃体炎"));
        Prescription edit = *p;
        edit.items = {test::HisFixture::item(amox.id, 500, QStringLiteral("tid"), 3),  // 18 capsules
                      test::HisFixture::item(ibu.id, 300, QStringLiteral("bid"), 3)}; // 6 capsules
        auto draft = f.prescribing->save(edit);
        QVERIFY2(draft.has_value(), draft ? "" : qPrintable(draft.error().toString()));
        QVERIFY(f.prescribing->findings(draft->id)->isEmpty());
        auto rx = f.prescribing->sign(draft->id, draft->version);
        QVERIFY(rx.has_value());

        // 4. Charges and payment.
        QVERIFY(f.billing->chargeRegistration(visit->id).has_value());
        QVERIFY(f.billing->chargePrescription(rx->id).has_value());
        QVERIFY(f.billing->chargeFeeItem(visit->id, injection->id).has_value());
        const Fen due = *f.billing->amountDue(visit->id);
        QCOMPARE(due, 100 + 18 * 35 + 6 * 60 + 250);
        QCOMPARE(f.pharmacy->dispense(rx->id).error().code, ErrorCode::ChargesUnpaid);
        auto payment = f.billing->pay(visit->id, PaymentMethod::SocialSecurityCard, due);
        QVERIFY(payment.has_value());

        // 5. Dispensing, FIFO by expiry; stock reduced.
        auto out = f.pharmacy->dispense(rx->id);
        QVERIFY2(out.has_value(), out ? "" : qPrintable(out.error().toString()));
        QVERIFY(out->complete);
        QCOMPARE(*f.pharmacy->available(amox.id), 112 - 18);
        QCOMPARE(*f.pharmacy->available(ibu.id), 20 - 6);
        QCOMPARE(f.pharmacy->batches(amox.id, true)->first().id, amoxOld);
        QCOMPARE(f.pharmacy->batches(amox.id, true)->first().quantity, 0);
        QCOMPARE(f.pharmacy->batches(amox.id)->first().id, amoxNew);
        QCOMPARE(f.pharmacy->batches(amox.id)->first().quantity, 100 - 6);
        QVERIFY(f.prescribing->dispensingQueue()->isEmpty());

        // 6. Daily report matches.
        auto report = f.billing->dailyReport(QStringLiteral("wang"), f.today());
        QCOMPARE(report->received, due);
        QCOMPARE(report->receivedByMethod.value(QStringLiteral("social_security_card")), due);
        QCOMPARE(report->net, due);

        // Timeline: visit, note, prescription.
        auto timeline = f.outpatient->timeline(resident);
        QStringList kinds;
        for (const auto &e : *timeline)
            kinds << e.kind;
        kinds.sort();
        QCOMPARE(kinds, (QStringList{QStringLiteral("note"), QStringLiteral("prescription"), QStringLiteral("visit")}));

        // Every record version written went to the outbox, with author and device.
        auto entries = f.store().outbox(QStringLiteral("pending"), 1000000);
        QVERIFY(entries->size() > outboxBefore);
        QSet<QString> types;
        for (const auto &e : *entries) {
            QCOMPARE(e.author, QStringLiteral("wang"));
            QCOMPARE(e.device, f.store().deviceId());
            types.insert(e.recordType);
        }
        for (const char *t : {emr::kVisitRecord, emr::kNoteRecord, kPrescriptionRecord, kChargeRecord, kPaymentRecord,
                              kStockMovementRecord, kStockBatchRecord, kDrugRecord, kFeeItemRecord})
            QVERIFY2(types.contains(QLatin1String(t)), t);
        const auto v = f.store().verify();
        QVERIFY2(v.intact, QJsonDocument(v.report).toJson().constData());
    }
};

QTEST_GUILESS_MAIN(TestOutpatientFlow)
#include "tst_outpatientflow.moc"
