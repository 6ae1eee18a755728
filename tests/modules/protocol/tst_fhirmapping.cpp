// Requirement (issue 6): clinical records are held on the platform as FHIR R4 where a resource
// fits, with the mapping in one place. Documents made by the modules themselves (emr visit with
// vitals, signed note with ICD-10 diagnoses and an amendment, his prescription, a resident with
// every archive field, a public-health form) go to FHIR and back unchanged, and the FHIR side
// carries the data in the standard elements (LOINC vitals, ICD-10 codings, gender, birthDate,
// MedicationRequest per item, QuestionnaireResponse items) that a regional FHIR server reads.
#include "cliniclink/emr/note.h"
#include "cliniclink/emr/visit.h"
#include "cliniclink/his/prescription.h"
#include "cliniclink/protocol/fhirmapping.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace cliniclink;
namespace fhir = cliniclink::protocol::fhir;

namespace {
const QString kId = QStringLiteral("0192f0a4-1b2c-7d3e-8f40-123456789abc");
const QString kResidentId = QStringLiteral("0192f0a4-0000-7000-8000-000000000001");
const QString kVisitId = QStringLiteral("0192f0a4-0000-7000-8000-000000000002");

QJsonObject resource(const QJsonObject &bundle, int i) { return bundle.value(QStringLiteral("entry")).toArray().at(i).toObject().value(QStringLiteral("resource")).toObject(); }
int resourceCount(const QJsonObject &bundle) { return int(bundle.value(QStringLiteral("entry")).toArray().size()); }
QString json(const QJsonObject &o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }
} // namespace

class TestFhirMapping : public QObject {
    Q_OBJECT

    void roundTrip(const QString &type, const QJsonObject &doc)
    {
        const QJsonObject bundle = fhir::toFhir(type, kId, doc);
        QCOMPARE(bundle.value(QStringLiteral("resourceType")).toString(), QStringLiteral("Bundle"));
        auto back = fhir::fromFhir(type, bundle);
        QVERIFY(back.has_value());
        QCOMPARE(json(*back), json(doc));
    }

private slots:
    void visit_becomesEncounterWithLoincObservations_andComesBack()
    {
        emr::Visit v;
        v.residentId = kResidentId;
        v.kind = emr::VisitKind::Return;
        v.feeCategory = emr::FeeCategory::ResidentInsurance;
        v.date = QDate(2026, 11, 20);
        v.registeredUtc = QDateTime(QDate(2026, 11, 20), QTime(1, 30), Qt::UTC);
        v.registeredBy = QStringLiteral("dr.wang");
        v.department = QStringLiteral("全科");
        v.vitals.systolic = 152;
        v.vitals.diastolic = 94;
        v.vitals.temperature = 36.8;
        v.vitals.glucose = 7.0;
        const QJsonObject doc = v.toJson();
        const QJsonObject b = fhir::toFhir(QStringLiteral("outpatient_visit"), kId, doc);
        QCOMPARE(resourceCount(b), 5);
        const QJsonObject enc = resource(b, 0);
        QCOMPARE(enc.value(QStringLiteral("resourceType")).toString(), QStringLiteral("Encounter"));
        QCOMPARE(enc.value(QStringLiteral("id")).toString(), kId);
        QCOMPARE(enc.value(QStringLiteral("subject")).toObject().value(QStringLiteral("reference")).toString(), QStringLiteral("Patient/") + kResidentId);
        const QJsonObject sbp = fhir::resourceIn(b, QStringLiteral("Observation"), kId + QStringLiteral(".systolic"));
        QCOMPARE(sbp.value(QStringLiteral("code")).toObject().value(QStringLiteral("coding")).toArray().first().toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("8480-6"));
        QCOMPARE(sbp.value(QStringLiteral("valueQuantity")).toObject().value(QStringLiteral("value")).toInt(), 152);
        QCOMPARE(sbp.value(QStringLiteral("valueQuantity")).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("mm[Hg]"));
        roundTrip(QStringLiteral("outpatient_visit"), doc);
        // No vitals at all, and an empty vitals object, both come back as they were.
        QJsonObject none = doc;
        none.remove(QStringLiteral("vitals"));
        roundTrip(QStringLiteral("outpatient_visit"), none);
        none.insert(QStringLiteral("vitals"), QJsonObject());
        roundTrip(QStringLiteral("outpatient_visit"), none);
    }

    void signedNote_becomesCompositionAndIcd10Conditions_andComesBack()
    {
        emr::OutpatientNote n;
        n.visitId = kVisitId;
        n.residentId = kResidentId;
        n.sections = QJsonObject{{QStringLiteral("chiefComplaint"), QStringLiteral("头晕 3 天 <加重> & 乏力")},
                                 {QStringLiteral("plan"), QStringLiteral("氨氯地平 5 mg qd\n两周后复诊")}};
        n.diagnoses = {{QStringLiteral("ICD-10"), QStringLiteral("GB/T 14396-2016"), QStringLiteral("I10"), QStringLiteral("特发性(原发性)高血压"), true},
                       {QStringLiteral("ICD-10"), QStringLiteral("GB/T 14396-2016"), QStringLiteral("E11.9"), QStringLiteral("2型糖尿病不伴有并发症"), false}};
        n.status = emr::NoteStatus::Signed;
        n.signedBy = QStringLiteral("dr.wang");
        n.signedUtc = QDateTime(QDate(2026, 11, 20), QTime(2, 0), Qt::UTC);
        emr::Amendment amendment;
        amendment.atUtc = QDateTime(QDate(2026, 11, 21), QTime(3, 0), Qt::UTC);
        amendment.by = QStringLiteral("dr.wang");
        amendment.reason = QStringLiteral("补充");
        emr::FieldChange change;
        change.field = QStringLiteral("plan");
        change.before = QStringLiteral("a");
        change.after = QStringLiteral("b");
        amendment.changes = {change};
        n.amendments = {amendment};
        const QJsonObject doc = n.toJson();
        const QJsonObject b = fhir::toFhir(QStringLiteral("outpatient_note"), kId, doc);
        QCOMPARE(resource(b, 0).value(QStringLiteral("resourceType")).toString(), QStringLiteral("Composition"));
        QCOMPARE(resource(b, 0).value(QStringLiteral("status")).toString(), QStringLiteral("final"));
        const QJsonObject dx = fhir::resourceIn(b, QStringLiteral("Condition"), kId + QStringLiteral(".dx0"));
        const QJsonObject coding = dx.value(QStringLiteral("code")).toObject().value(QStringLiteral("coding")).toArray().first().toObject();
        QCOMPARE(coding.value(QStringLiteral("system")).toString(), QString::fromLatin1(fhir::kIcd10System));
        QCOMPARE(coding.value(QStringLiteral("code")).toString(), QStringLiteral("I10"));
        QVERIFY(resource(b, 0).value(QStringLiteral("section")).toArray().first().toObject().value(QStringLiteral("text")).toObject()
                    .value(QStringLiteral("div")).toString().contains(QStringLiteral("&lt;加重&gt; &amp; 乏力")));
        roundTrip(QStringLiteral("outpatient_note"), doc);
    }

    void prescription_becomesOneMedicationRequestPerItem_andComesBack()
    {
        his::Prescription p;
        p.visitId = kVisitId;
        p.residentId = kResidentId;
        p.items = {{QStringLiteral("drug-amlodipine"), 5, QStringLiteral("口服"), QStringLiteral("qd"), 14, 14, QString(), 0},
                   {QStringLiteral("drug-metformin"), 0.5, QStringLiteral("口服"), QStringLiteral("tid"), 7, 21, QStringLiteral("饭后"), 21}};
        p.weightKg = 61.5;
        p.ageText = QStringLiteral("67岁");
        p.diagnosis = QStringLiteral("高血压");
        p.status = his::PrescriptionStatus::Signed;
        p.prescriber = QStringLiteral("dr.wang");
        p.signedBy = QStringLiteral("dr.wang");
        p.signedUtc = QDateTime(QDate(2026, 11, 20), QTime(2, 5), Qt::UTC);
        p.createdUtc = QDateTime(QDate(2026, 11, 20), QTime(2, 1), Qt::UTC);
        const QJsonObject doc = p.toJson();
        const QJsonObject b = fhir::toFhir(QStringLiteral("prescription"), kId, doc);
        QCOMPARE(resourceCount(b), 2);
        const QJsonObject second = fhir::resourceIn(b, QStringLiteral("MedicationRequest"), kId + QStringLiteral(".1"));
        QCOMPARE(second.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        QCOMPARE(second.value(QStringLiteral("groupIdentifier")).toObject().value(QStringLiteral("value")).toString(), kId);
        QCOMPARE(second.value(QStringLiteral("dispenseRequest")).toObject().value(QStringLiteral("quantity")).toObject().value(QStringLiteral("value")).toInt(), 21);
        roundTrip(QStringLiteral("prescription"), doc);
    }

    void resident_withEveryArchiveField_becomesPatient_andComesBack()
    {
        QFile f(test::sourceDir() + QStringLiteral("/modules/registry/data/resident-fields.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject doc;
        for (const QJsonValue &v : QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("fields")).toArray())
            doc.insert(v.toObject().value(QStringLiteral("key")).toString(), QStringLiteral("x"));
        doc.insert(QStringLiteral("name"), QStringLiteral("韦秀英"));
        doc.insert(QStringLiteral("sex"), QStringLiteral("2"));
        doc.insert(QStringLiteral("birthDate"), QStringLiteral("1958-03-07"));
        doc.insert(QStringLiteral("idNumber"), QStringLiteral("450102195803071228"));
        doc.insert(QStringLiteral("phone"), QStringLiteral("13907710000"));
        doc.insert(QStringLiteral("pastDiseases"), QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("2")}}});
        doc.insert(QStringLiteral("events"), QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("created")}}});
        const QJsonObject p = resource(fhir::toFhir(QStringLiteral("resident"), kId, doc), 0);
        QCOMPARE(p.value(QStringLiteral("resourceType")).toString(), QStringLiteral("Patient"));
        QCOMPARE(p.value(QStringLiteral("gender")).toString(), QStringLiteral("female"));
        QCOMPARE(p.value(QStringLiteral("birthDate")).toString(), QStringLiteral("1958-03-07"));
        QCOMPARE(p.value(QStringLiteral("identifier")).toArray().first().toObject().value(QStringLiteral("value")).toString(),
                 QStringLiteral("450102195803071228"));
        roundTrip(QStringLiteral("resident"), doc);
        // A code without an exact FHIR gender (9 未说明) and a malformed date stay in the rest.
        doc.insert(QStringLiteral("sex"), QStringLiteral("9"));
        doc.insert(QStringLiteral("birthDate"), QStringLiteral("1958-03"));
        QVERIFY(!resource(fhir::toFhir(QStringLiteral("resident"), kId, doc), 0).contains(QStringLiteral("gender")));
        roundTrip(QStringLiteral("resident"), doc);
    }

    void publicHealthForm_becomesQuestionnaireResponse_andComesBack()
    {
        const QJsonObject values{{QStringLiteral("sbp"), 152},
                                 {QStringLiteral("weightKg"), 61.5},
                                 {QStringLiteral("symptoms"), QJsonArray{QStringLiteral("1"), QStringLiteral("3")}},
                                 {QStringLiteral("adverseReactions"), false},
                                 {QStringLiteral("medications"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("苯磺酸氨氯地平片")}}}},
                                 {QStringLiteral("empty"), QJsonArray()},
                                 {QStringLiteral("note"), QString()}};
        const QJsonObject doc{{QStringLiteral("formId"), QStringLiteral("hypertension_followup")},
                              {QStringLiteral("formVersion"), 3},
                              {QStringLiteral("residentId"), kResidentId},
                              {QStringLiteral("status"), QStringLiteral("signed")},
                              {QStringLiteral("createdBy"), QStringLiteral("dr.wang")},
                              {QStringLiteral("createdAt"), QStringLiteral("2026-11-20T02:00:00.000Z")},
                              {QStringLiteral("signedBy"), QStringLiteral("dr.wang")},
                              {QStringLiteral("signedAt"), QStringLiteral("2026-11-20T02:10:00.000Z")},
                              {QStringLiteral("visitDate"), QStringLiteral("2026-11-20")},
                              {QStringLiteral("amendments"), QJsonArray()},
                              {QStringLiteral("suggestions"), QJsonArray()},
                              {QStringLiteral("values"), values}};
        const QJsonObject q = resource(fhir::toFhir(QStringLiteral("ph_form"), kId, doc), 0);
        QCOMPARE(q.value(QStringLiteral("resourceType")).toString(), QStringLiteral("QuestionnaireResponse"));
        QCOMPARE(q.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
        QVERIFY(q.value(QStringLiteral("questionnaire")).toString().endsWith(QStringLiteral("/hypertension_followup|3")));
        QJsonObject sbp;
        for (const QJsonValue &i : q.value(QStringLiteral("item")).toArray())
            if (i.toObject().value(QStringLiteral("linkId")).toString() == QLatin1String("sbp"))
                sbp = i.toObject();
        QCOMPARE(sbp.value(QStringLiteral("answer")).toArray().first().toObject().value(QStringLiteral("valueInteger")).toInt(), 152);
        roundTrip(QStringLiteral("ph_form"), doc);
    }

    void unmappedTypes_andForeignBundles()
    {
        QVERIFY(!fhir::isMapped(QStringLiteral("stock_movement")));
        QVERIFY(fhir::toFhir(QStringLiteral("stock_movement"), kId, {{QStringLiteral("a"), 1}}).isEmpty());
        QVERIFY(!fhir::fromFhir(QStringLiteral("resident"), QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("Patient")}}).has_value());
        QCOMPARE(fhir::recordTypesFor(QStringLiteral("Observation")), QStringList{QStringLiteral("outpatient_visit")});
        QVERIFY(fhir::recordTypesFor(QStringLiteral("Device")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFhirMapping)
#include "tst_fhirmapping.moc"
