// Requirement: issue 5 §Build 1 — one patient timeline with visits, notes, prescriptions and
// public-health forms. publichealth and emr share level 5, so both write store::putTimelineEntry
// (modules/store); a saved 随访 form must appear beside the outpatient visit with its title.
#include "../publichealth/publichealthfixture.h"

#include "cliniclink/emr/outpatient.h"

#include <QTest>

using namespace cliniclink;

class TestPatientTimeline : public QObject {
    Q_OBJECT
private slots:
    void publicHealthFormAppearsBesideTheVisitAndNote()
    {
        test::PublicHealthFixture fx;
        fx.setUpPublicHealth();
        emr::Outpatient outpatient(*fx.session, *fx.registry);
        const registry::Resident r = fx.file(QStringLiteral("赵建国"), QDate(1955, 6, 1), {QStringLiteral("2")});

        auto visit = outpatient.registerVisit(r.id, emr::VisitKind::Return, emr::FeeCategory::ResidentInsurance);
        QVERIFY2(visit.has_value(), visit ? "" : qPrintable(visit.error().toString()));
        fx.clinic.clock.advance(5 * 60 * 1000);
        auto note = outpatient.startNote(visit->id);
        QVERIFY(note.has_value());
        auto d = outpatient.diagnosis(QStringLiteral("I10"), true);
        QVERIFY(d.has_value());
        note = outpatient.saveDraft(note->id, note->version, {{QStringLiteral("chiefComplaint"), QStringLiteral("头晕")}},
                                    QList<emr::Diagnosis>{*d});
        QVERIFY(note.has_value());
        fx.clinic.clock.advance(5 * 60 * 1000);
        const QJsonObject v = fx.example(QStringLiteral("hypertension-followup"), r.id);
        auto form = fx.forms->save(QStringLiteral("hypertension-followup"), r.id, v);
        QVERIFY2(form.has_value(), form ? "" : qPrintable(form.error().toString()));

        auto t = outpatient.timeline(r.id);
        QVERIFY(t.has_value());
        QCOMPARE(t->size(), 3);
        // Newest first: the form, the note (titled by its primary diagnosis), the visit.
        QCOMPARE(t->at(0).kind, QStringLiteral("public_health_form"));
        QCOMPARE(t->at(0).recordId, form->id);
        QCOMPARE(t->at(0).title, fx.forms->library().form(QStringLiteral("hypertension-followup"))->title());
        QCOMPARE(t->at(1).kind, QStringLiteral("note"));
        QVERIFY2(t->at(1).title.startsWith(QStringLiteral("I10 ")), qPrintable(t->at(1).title));
        QCOMPARE(t->at(2).kind, QStringLiteral("visit"));
        QCOMPARE(t->at(2).title, QStringLiteral("复诊 · 城乡居民医保"));

        // Saving the form again replaces its row rather than adding one.
        auto again = fx.forms->update(form->id, form->version, v, false);
        QVERIFY2(again.has_value(), again ? "" : qPrintable(again.error().toString()));
        QCOMPARE(outpatient.timeline(r.id)->size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestPatientTimeline)
#include "tst_patienttimeline.moc"
