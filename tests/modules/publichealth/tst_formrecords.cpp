// Saving forms: change capture (record version, outbox entry, author, definition version),
// signing, amendments with a trail, the previous-visit rule, carry-forward, registers.
#include "publichealthfixture.h"

#include "cliniclink/publichealth/formevaluation.h"

#include <QTest>

using namespace cliniclink;
using namespace cliniclink::publichealth;
using namespace cliniclink::test;

class TestFormRecords : public QObject {
    Q_OBJECT
private slots:
    void saveGoesThroughChangeCapture()
    {
        PublicHealthFixture fx;
        fx.setUpPublicHealth();
        const auto r = fx.file(QStringLiteral("张建国"), QDate(1955, 4, 1), {QStringLiteral("2")});
        const auto before = fx.store().outboxStats();
        QVERIFY(before.has_value());
        const FormRecord f = fx.htnVisit(r.id, fx.today().addDays(-1), 150, 95);
        QCOMPARE(f.version, 1);
        QCOMPARE(f.formId(), QStringLiteral("hypertension-followup"));
        QCOMPARE(f.formVersion(), 1);
        QCOMPARE(f.payload.value(QStringLiteral("createdBy")).toString(), QStringLiteral("wang"));
        QVERIFY(!f.payload.value(QStringLiteral("savedAt")).toString().isEmpty());
        QVERIFY(f.isSigned());
        QCOMPARE(f.payload.value(QStringLiteral("signedBy")).toString(), QStringLiteral("wang"));
        const auto after = fx.store().outboxStats();
        QCOMPARE(after->pending, before->pending + 1);
        auto outbox = fx.store().outbox();
        QVERIFY(outbox.has_value());
        QCOMPARE(outbox->last().recordType, QStringLiteral("ph_form"));
        QCOMPARE(outbox->last().recordId, f.id);
        QCOMPARE(outbox->last().author, QStringLiteral("wang"));
        // The suggestions that were shown are kept with the form.
        QVERIFY(!f.payload.value(QStringLiteral("suggestions")).toArray().isEmpty());
    }

    void invalidFormIsNotSaved()
    {
        PublicHealthFixture fx;
        fx.setUpPublicHealth();
        const auto r = fx.file(QStringLiteral("李秀英"), QDate(1950, 1, 1));
        QJsonObject v = fx.example(QStringLiteral("hypertension-followup"), r.id);
        v.remove(QStringLiteral("sbp"));
        const auto pending = fx.store().outboxStats()->pending;
        const auto s = fx.forms->save(QStringLiteral("hypertension-followup"), r.id, v);
        QVERIFY(!s.has_value());
        QCOMPARE(s.error().code, ErrorCode::FormHasErrors);
        QCOMPARE(s.error().detail, QStringLiteral("sbp"));
        QCOMPARE(fx.store().outboxStats()->pending, pending);
    }

    void signedFormsAreAmendedWithATrail()
    {
        PublicHealthFixture fx;
        fx.setUpPublicHealth();
        const auto r = fx.file(QStringLiteral("王伟"), QDate(1958, 6, 1), {QStringLiteral("2")});
        QJsonObject v = fx.example(QStringLiteral("hypertension-followup"), r.id);
        auto draft = fx.forms->save(QStringLiteral("hypertension-followup"), r.id, v);
        QVERIFY(draft.has_value());
        QVERIFY(!draft->isSigned());
        // A draft may be changed freely, then signed.
        v.insert(QStringLiteral("heartRate"), 80);
        auto updated = fx.forms->update(draft->id, draft->version, v);
        QVERIFY(updated.has_value());
        auto signedForm = fx.forms->sign(updated->id, updated->version);
        QVERIFY(signedForm.has_value());
        QVERIFY(signedForm->isSigned());
        // Signed: no silent update.
        v.insert(QStringLiteral("sbp"), 128);
        auto refused = fx.forms->update(signedForm->id, signedForm->version, v);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::FormSigned);
        auto noReason = fx.forms->amend(signedForm->id, signedForm->version, v, QStringLiteral("  "));
        QCOMPARE(noReason.error().code, ErrorCode::AmendmentReasonMissing);
        auto amended = fx.forms->amend(signedForm->id, signedForm->version, v, QStringLiteral("血压抄错"));
        QVERIFY2(amended.has_value(), amended ? "" : qPrintable(amended.error().toString()));
        QVERIFY(amended->isSigned());
        const QJsonArray trail = amended->payload.value(QStringLiteral("amendments")).toArray();
        QCOMPARE(trail.size(), 1);
        const QJsonObject a = trail.first().toObject();
        QCOMPARE(a.value(QStringLiteral("reason")).toString(), QStringLiteral("血压抄错"));
        QCOMPARE(a.value(QStringLiteral("by")).toString(), QStringLiteral("wang"));
        QVERIFY(a.value(QStringLiteral("fields")).toArray().contains(QStringLiteral("sbp")));
        QCOMPARE(a.value(QStringLiteral("previous")).toObject().value(QStringLiteral("sbp")).toInt(), 132);
        QCOMPARE(amended->values().value(QStringLiteral("sbp")).toInt(), 128);
        // Stale version → conflict.
        auto stale = fx.forms->amend(signedForm->id, signedForm->version, v, QStringLiteral("again"));
        QCOMPARE(stale.error().code, ErrorCode::VersionConflict);
    }

    void secondUncontrolledVisitSuggestsReferral()
    {
        PublicHealthFixture fx;
        fx.setUpPublicHealth();
        const auto r = fx.file(QStringLiteral("赵强"), QDate(1952, 2, 2), {QStringLiteral("2")});
        const QDate first = fx.today().addDays(-20);
        fx.htnVisit(r.id, first, 150, 92, QStringLiteral("1"), first.addDays(14));
        QJsonObject v = fx.example(QStringLiteral("hypertension-followup"), r.id);
        v.insert(QStringLiteral("visitDate"), first.addDays(14).toString(Qt::ISODate));
        v.insert(QStringLiteral("sbp"), 146);
        v.insert(QStringLiteral("dbp"), 88);
        auto e = fx.forms->evaluate(QStringLiteral("hypertension-followup"), r.id, v);
        QVERIFY(e.has_value());
        const auto s = e->suggestion(SuggestionKind::Referral);
        QVERIFY(s.has_value());
        QCOMPARE(s->value.toString(), first.addDays(28).toString(Qt::ISODate));
        // After a controlled visit the same reading is only a first uncontrolled visit.
        const auto other = fx.file(QStringLiteral("钱芳"), QDate(1952, 2, 2), {QStringLiteral("2")});
        fx.htnVisit(other.id, first, 130, 80);
        e = fx.forms->evaluate(QStringLiteral("hypertension-followup"), other.id, v);
        QVERIFY(!e->suggestion(SuggestionKind::Referral));
        QCOMPARE(e->suggestion(SuggestionKind::NextVisit)->value.toString(), first.addDays(28).toString(Qt::ISODate));
    }

    void lastVisitCarriesForward()
    {
        PublicHealthFixture fx;
        fx.setUpPublicHealth();
        const auto r = fx.file(QStringLiteral("孙丽"), QDate(1950, 3, 3), {QStringLiteral("3")});
        QJsonObject v = fx.example(QStringLiteral("diabetes-followup"), r.id);
        v.insert(QStringLiteral("medications"), QJsonArray{QJsonObject{{QStringLiteral("drug"), QStringLiteral("二甲双胍")},
                                                                       {QStringLiteral("timesPerDay"), 2},
                                                                       {QStringLiteral("dose"), QStringLiteral("0.5g")}}});
        v.insert(QStringLiteral("weightTarget"), 60);
        QVERIFY(fx.forms->save(QStringLiteral("diabetes-followup"), r.id, v, true));
        auto last = fx.forms->lastVisit(r.id, QStringLiteral("diabetes-followup"));
        QVERIFY(last.has_value() && last->has_value());
        const QJsonObject carried = carriedForward(*fx.forms->library().form(QStringLiteral("diabetes-followup")),
                                                   (*last)->values());
        QCOMPARE(carried.value(QStringLiteral("medications")).toArray().size(), 1);
        QCOMPARE(carried.value(QStringLiteral("weightTarget")).toDouble(), 60.0);
        QVERIFY(!carried.contains(QStringLiteral("fastingGlucose"))); // a reading is never carried
    }

    void heightFromTheLastExaminationGivesBmi()
    {
        PublicHealthFixture fx;
        fx.setUpPublicHealth();
        const auto r = fx.file(QStringLiteral("周平"), QDate(1950, 3, 3), {QStringLiteral("2")});
        QJsonObject exam = fx.example(QStringLiteral("health-exam"), r.id);
        exam.insert(QStringLiteral("height"), 160);
        QVERIFY(fx.forms->save(QStringLiteral("health-exam"), r.id, exam, true));
        auto ctx = fx.forms->context(r.id);
        QCOMPARE(ctx->heightCm.value_or(0), 160.0);
        QJsonObject v = fx.example(QStringLiteral("hypertension-followup"), r.id);
        v.insert(QStringLiteral("weight"), 64);
        auto e = fx.forms->evaluate(QStringLiteral("hypertension-followup"), r.id, v);
        QCOMPARE(e->values.value(QStringLiteral("bmi")).toDouble(), 25.0);
    }

    void formsPutResidentsOnRegisters()
    {
        PublicHealthFixture fx;
        fx.setUpPublicHealth();
        const auto r = fx.file(QStringLiteral("吴敏"), QDate(1995, 3, 3));
        QVERIFY(fx.registers->members(Population::Pregnant, fx.today())->isEmpty());
        QJsonObject v = fx.example(QStringLiteral("prenatal-first"), r.id);
        v.insert(QStringLiteral("lastMenstrualPeriod"), fx.today().addDays(-70).toString(Qt::ISODate));
        QVERIFY(fx.forms->save(QStringLiteral("prenatal-first"), r.id, v, true));
        auto entries = fx.registers->members(Population::Pregnant, fx.today());
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->first().residentId, r.id);
        QCOMPARE(entries->first().source, QStringLiteral("form"));
        // Leaves the register 42 days after the expected delivery date.
        const QDate edd = fx.today().addDays(-70).addMonths(9).addDays(7);
        QCOMPARE(entries->first().until, edd.addDays(42));
        QCOMPARE(fx.registers->members(Population::Pregnant, edd.addDays(41))->size(), 1);
        QCOMPARE(fx.registers->members(Population::Pregnant, edd.addDays(42))->size(), 0);
    }

    void readingNeedsPermissionAndWritingToo()
    {
        PublicHealthFixture fx;
        fx.setUpPublicHealth();
        const auto r = fx.file(QStringLiteral("郑华"), QDate(1950, 3, 3));
        // A pharmacist may not write archives.
        fx.clinic.addDoctor(QStringLiteral("yao"), identity::Role::Pharmacist);
        auto s = fx.clinic.signIn(QStringLiteral("yao"), kDoctorPassword);
        QVERIFY(s.has_value());
        FormRecords forms(**s);
        QJsonObject v = fx.example(QStringLiteral("hypertension-followup"), r.id);
        fx.session.reset();
        auto saved = forms.save(QStringLiteral("hypertension-followup"), r.id, v);
        QVERIFY(!saved);
        QCOMPARE(saved.error().code, ErrorCode::PermissionDenied);
    }
};

QTEST_GUILESS_MAIN(TestFormRecords)
#include "tst_formrecords.moc"
