// Every compiled-in form loads; for each form a valid filling passes and each required field,
// left empty or given an invalid value, yields an issue naming that field. Conditions,
// computed fields, exclusive codes, cross checks and broken definitions.
#include "cliniclink/publichealth/formevaluation.h"
#include "cliniclink/publichealth/formlibrary.h"

#include <QJsonArray>
#include <QTest>

using namespace cliniclink;
using namespace cliniclink::publichealth;

namespace {
FormContext adult(int age = 70)
{
    FormContext c;
    c.today = QDate(2026, 1, 15);
    c.birthDate = c.today.addYears(-age).addDays(-10);
    c.sex = QStringLiteral("1");
    c.heightCm = 165;
    return c;
}

FormContext contextFor(const FormDefinition &f)
{
    if (f.population() == QLatin1String("child")) {
        FormContext c = adult();
        c.birthDate = c.today.addDays(-20);
        return c;
    }
    return adult();
}

// A value of the right shape that the field must refuse.
QJsonValue invalidValue(const FieldDef &f)
{
    switch (f.type) {
    case FieldType::Text: return QString(f.maxLength + 1, QLatin1Char('x'));
    case FieldType::Integer:
    case FieldType::Number: return f.max ? QJsonValue(*f.max + 1000) : QJsonValue(QStringLiteral("abc"));
    case FieldType::Date: return QStringLiteral("2025-02-30");
    case FieldType::Choice: return QStringLiteral("999");
    case FieldType::Multi: return QJsonArray{QStringLiteral("999")};
    case FieldType::Table: return QStringLiteral("not rows");
    }
    return {};
}

QString issuesText(const Evaluation &e)
{
    QStringList out;
    for (const FieldIssue &i : e.issues)
        out << i.field + QLatin1Char('=') + errorCodeName(i.code) + QLatin1Char('/') + i.detail;
    return out.join(QStringLiteral(", "));
}
} // namespace

class TestFormDefinitions : public QObject {
    Q_OBJECT
private slots:
    void everyFormLoads()
    {
        const FormLibrary &lib = FormLibrary::builtIn();
        const QStringList expected = {QStringLiteral("hypertension-followup"), QStringLiteral("diabetes-followup"),
                                      QStringLiteral("selfcare-assessment"),   QStringLiteral("health-exam"),
                                      QStringLiteral("newborn-visit"),         QStringLiteral("infant-checkup"),
                                      QStringLiteral("prenatal-first"),        QStringLiteral("smi-followup"),
                                      QStringLiteral("tb-followup"),           QStringLiteral("vaccination-card")};
        QCOMPARE(lib.forms().size(), expected.size());
        for (const QString &id : expected) {
            const FormDefinition *f = lib.form(id);
            QVERIFY2(f, qPrintable(id));
            QVERIFY(f->version() >= 1);
            QVERIFY(!f->title().isEmpty());
            QVERIFY(!f->visitDateField().isEmpty());
            for (const FieldDef *field : f->fields())
                if (!field->valueSet.isEmpty())
                    QVERIFY2(f->valueSet(field->valueSet), qPrintable(id + QLatin1Char('/') + field->key));
        }
        QVERIFY(lib.vaccineSchedule().size() >= 20);
    }

    void validFillingPasses_data()
    {
        QTest::addColumn<QString>("formId");
        for (const FormDefinition &f : FormLibrary::builtIn().forms())
            QTest::newRow(qPrintable(f.id())) << f.id();
    }
    void validFillingPasses()
    {
        QFETCH(QString, formId);
        const FormDefinition &f = *FormLibrary::builtIn().form(formId);
        const FormContext ctx = contextFor(f);
        const Evaluation e = evaluateForm(f, exampleValues(f, ctx), ctx);
        QVERIFY2(e.ok(), qPrintable(issuesText(e)));
    }

    void eachRequiredFieldIsNamed_data()
    {
        QTest::addColumn<QString>("formId");
        QTest::addColumn<QString>("field");
        for (const FormDefinition &f : FormLibrary::builtIn().forms()) {
            const FormContext ctx = contextFor(f);
            const QJsonObject valid = exampleValues(f, ctx);
            for (const FieldDef *field : f.fields())
                if (field->required && !field->isComputed() && valid.contains(field->key))
                    QTest::newRow(qPrintable(f.id() + QLatin1Char('/') + field->key)) << f.id() << field->key;
        }
    }
    void eachRequiredFieldIsNamed()
    {
        QFETCH(QString, formId);
        QFETCH(QString, field);
        const FormDefinition &f = *FormLibrary::builtIn().form(formId);
        const FormContext ctx = contextFor(f);
        const QJsonObject valid = exampleValues(f, ctx);

        QJsonObject missing = valid;
        missing.remove(field);
        Evaluation e = evaluateForm(f, missing, ctx);
        const FieldIssue *issue = e.issueFor(field);
        QVERIFY2(issue, qPrintable(issuesText(e)));
        QCOMPARE(issue->code, ErrorCode::RequiredFieldMissing);
        QCOMPARE(issue->label, f.field(field)->label);

        QJsonObject wrong = valid;
        wrong.insert(field, invalidValue(*f.field(field)));
        e = evaluateForm(f, wrong, ctx);
        issue = e.issueFor(field);
        QVERIFY2(issue, qPrintable(issuesText(e)));
        QVERIFY(issue->code != ErrorCode::RequiredFieldMissing);
        QVERIFY(!issue->label.isEmpty());
    }

    void conditionalFields()
    {
        const FormDefinition &f = *FormLibrary::builtIn().form(QStringLiteral("hypertension-followup"));
        const FormContext ctx = adult();
        QJsonObject v = exampleValues(f, ctx);
        // An adverse reaction makes its description required.
        v.insert(QStringLiteral("adverseReaction"), QStringLiteral("2"));
        Evaluation e = evaluateForm(f, v, ctx);
        QVERIFY(e.issueFor(QStringLiteral("adverseReactionDetail")));
        QCOMPARE(e.issueFor(QStringLiteral("adverseReactionDetail"))->code, ErrorCode::RequiredFieldMissing);
        // A stale detail is dropped when the answer goes back to 无.
        v.insert(QStringLiteral("adverseReaction"), QStringLiteral("无"));
        v.insert(QStringLiteral("adverseReactionDetail"), QStringLiteral("咳嗽"));
        e = evaluateForm(f, v, ctx);
        QVERIFY2(e.ok(), qPrintable(issuesText(e)));
        QCOMPARE(e.values.value(QStringLiteral("adverseReaction")).toString(), QStringLiteral("1"));
        QVERIFY(!e.values.contains(QStringLiteral("adverseReactionDetail")));

        // 健康体检表: the elderly self-assessments only apply from 65.
        const FormDefinition &exam = *FormLibrary::builtIn().form(QStringLiteral("health-exam"));
        QJsonObject ev = exampleValues(exam, adult(70));
        QVERIFY(ev.contains(QStringLiteral("selfCareSelfAssessment")));
        ev.remove(QStringLiteral("selfCareSelfAssessment"));
        QVERIFY(evaluateForm(exam, ev, adult(70)).issueFor(QStringLiteral("selfCareSelfAssessment")));
        QVERIFY(evaluateForm(exam, ev, adult(50)).ok());
    }

    void computedFields()
    {
        const FormLibrary &lib = FormLibrary::builtIn();
        const FormContext ctx = adult();
        // BMI from the form's own height (健康体检表) and from the last examination (follow-up).
        const FormDefinition &exam = *lib.form(QStringLiteral("health-exam"));
        QJsonObject v = exampleValues(exam, ctx);
        v.insert(QStringLiteral("height"), 170);
        v.insert(QStringLiteral("weight"), 72.3);
        QCOMPARE(evaluateForm(exam, v, ctx).values.value(QStringLiteral("bmi")).toDouble(), 25.0);
        const FormDefinition &htn = *lib.form(QStringLiteral("hypertension-followup"));
        QJsonObject h = exampleValues(htn, ctx);
        h.insert(QStringLiteral("weight"), 65);
        QCOMPARE(evaluateForm(htn, h, ctx).values.value(QStringLiteral("bmi")).toDouble(), 23.9);
        FormContext noHeight = ctx;
        noHeight.heightCm.reset();
        QVERIFY(!evaluateForm(htn, h, noHeight).values.contains(QStringLiteral("bmi")));

        // Self-care score and band.
        const FormDefinition &sc = *lib.form(QStringLiteral("selfcare-assessment"));
        QJsonObject s = exampleValues(sc, ctx);
        s.insert(QStringLiteral("eating"), QStringLiteral("3"));
        s.insert(QStringLiteral("grooming"), QStringLiteral("1"));
        s.insert(QStringLiteral("toileting"), QStringLiteral("5"));
        Evaluation e = evaluateForm(sc, s, ctx);
        QVERIFY(e.ok());
        QCOMPARE(e.values.value(QStringLiteral("totalScore")).toInt(), 9);
        QCOMPARE(e.values.value(QStringLiteral("selfCareLevel")).toString(), QStringLiteral("3"));
        QVERIFY(e.suggestion(SuggestionKind::Band));

        // Expected delivery date: month + 9, day + 7, across the year end.
        const FormDefinition &pn = *lib.form(QStringLiteral("prenatal-first"));
        QJsonObject p = exampleValues(pn, ctx);
        p.insert(QStringLiteral("lastMenstrualPeriod"), QStringLiteral("2025-11-03"));
        QCOMPARE(evaluateForm(pn, p, ctx).values.value(QStringLiteral("expectedDeliveryDate")).toString(),
                 QStringLiteral("2026-08-10"));
        p.insert(QStringLiteral("lastMenstrualPeriod"), QStringLiteral("2025-05-28"));
        QCOMPARE(evaluateForm(pn, p, ctx).values.value(QStringLiteral("expectedDeliveryDate")).toString(),
                 QStringLiteral("2026-03-07"));
    }

    void labelsAndAliasesBecomeCodes()
    {
        const FormDefinition &f = *FormLibrary::builtIn().form(QStringLiteral("hypertension-followup"));
        QJsonObject v = exampleValues(f, adult());
        v.insert(QStringLiteral("visitMode"), QStringLiteral("家庭"));
        v.insert(QStringLiteral("sbp"), QStringLiteral("135"));
        v.insert(QStringLiteral("visitDate"), QStringLiteral("2026年1月10日"));
        const Evaluation e = evaluateForm(f, v, adult());
        QVERIFY2(e.ok(), qPrintable(issuesText(e)));
        QCOMPARE(e.values.value(QStringLiteral("visitMode")).toString(), QStringLiteral("2"));
        QVERIFY(e.values.value(QStringLiteral("sbp")).isDouble());
        QCOMPARE(e.values.value(QStringLiteral("visitDate")).toString(), QStringLiteral("2026-01-10"));
    }

    void exclusiveCodesAndCrossChecks()
    {
        const FormDefinition &f = *FormLibrary::builtIn().form(QStringLiteral("hypertension-followup"));
        QJsonObject v = exampleValues(f, adult());
        v.insert(QStringLiteral("symptoms"), QJsonArray{QStringLiteral("1"), QStringLiteral("2")});
        QCOMPARE(evaluateForm(f, v, adult()).issueFor(QStringLiteral("symptoms"))->code, ErrorCode::ValuesInconsistent);
        v = exampleValues(f, adult());
        v.insert(QStringLiteral("sbp"), 80);
        v.insert(QStringLiteral("dbp"), 90);
        QCOMPARE(evaluateForm(f, v, adult()).issueFor(QStringLiteral("sbp"))->code, ErrorCode::ValuesInconsistent);
        v = exampleValues(f, adult());
        v.insert(QStringLiteral("nextVisitDate"), v.value(QStringLiteral("visitDate")));
        QVERIFY(evaluateForm(f, v, adult()).issueFor(QStringLiteral("nextVisitDate")));
        v = exampleValues(f, adult());
        v.insert(QStringLiteral("visitDate"), adult().today.addDays(1).toString(Qt::ISODate));
        v.insert(QStringLiteral("nextVisitDate"), adult().today.addDays(30).toString(Qt::ISODate));
        QVERIFY(evaluateForm(f, v, adult()).issueFor(QStringLiteral("visitDate")));
    }

    void tableCells()
    {
        const FormDefinition &card = *FormLibrary::builtIn().form(QStringLiteral("vaccination-card"));
        const FormContext ctx = contextFor(card);
        QJsonObject v = exampleValues(card, ctx);
        v.insert(QStringLiteral("doses"), QJsonArray{QJsonObject{{QStringLiteral("row"), QStringLiteral("HepB-1")},
                                                                 {QStringLiteral("date"), QStringLiteral("2026-01-01")},
                                                                 {QStringLiteral("site"), QStringLiteral("右上臂")},
                                                                 {QStringLiteral("batch"), QStringLiteral("B2025")},
                                                                 {QStringLiteral("vaccinator"), QStringLiteral("李")}},
                                                     QJsonObject{{QStringLiteral("row"), QStringLiteral("BCG-1")},
                                                                 {QStringLiteral("date"), QStringLiteral("2026-01-01")}}});
        Evaluation e = evaluateForm(card, v, ctx);
        QVERIFY(e.issueFor(QStringLiteral("doses[1].site")));
        QVERIFY(e.issueFor(QStringLiteral("doses[1].batch")));
        QVERIFY(!e.issueFor(QStringLiteral("doses[0].site")));
        v.insert(QStringLiteral("doses"), QJsonArray{QJsonObject{{QStringLiteral("row"), QStringLiteral("NOPE-1")},
                                                                 {QStringLiteral("date"), QStringLiteral("2026-01-01")}}});
        QVERIFY(evaluateForm(card, v, ctx).issueFor(QStringLiteral("doses")));
    }

    void rulesRunInsideTheForm()
    {
        const FormDefinition &f = *FormLibrary::builtIn().form(QStringLiteral("hypertension-followup"));
        QJsonObject v = exampleValues(f, adult());
        v.insert(QStringLiteral("sbp"), 185);
        v.insert(QStringLiteral("dbp"), 115);
        const Evaluation e = evaluateForm(f, v, adult());
        QVERIFY(e.suggestion(SuggestionKind::UrgentReferral));
        QVERIFY(e.suggestion(SuggestionKind::Uncontrolled));
        QVERIFY(e.suggestion(SuggestionKind::UrgentReferral)->reasonText().contains(QStringLiteral("185/115")));

        const FormDefinition &dm = *FormLibrary::builtIn().form(QStringLiteral("diabetes-followup"));
        QJsonObject d = exampleValues(dm, adult());
        d.insert(QStringLiteral("fastingGlucose"), 3.9);
        QVERIFY(evaluateForm(dm, d, adult()).suggestion(SuggestionKind::UrgentReferral));
        d.insert(QStringLiteral("fastingGlucose"), 6.9);
        QVERIFY(evaluateForm(dm, d, adult()).suggestion(SuggestionKind::Controlled));
    }

    void brokenDefinitionsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not json") << QByteArray("{");
        QTest::newRow("no version") << QByteArray(R"({"id":"x","title":"t","sections":[]})");
        QTest::newRow("unknown type") << QByteArray(
            R"({"id":"x","version":1,"title":"t","sections":[{"id":"s","fields":[{"key":"a","label":"A","type":"blob"}]}]})");
        QTest::newRow("unknown value set") << QByteArray(
            R"({"id":"x","version":1,"title":"t","sections":[{"id":"s","fields":[{"key":"a","label":"A","type":"choice","valueSet":"nope"}]}]})");
        QTest::newRow("duplicate key") << QByteArray(
            R"({"id":"x","version":1,"title":"t","sections":[{"id":"s","fields":[{"key":"a","label":"A"},{"key":"a","label":"B"}]}]})");
        QTest::newRow("condition on unknown field") << QByteArray(
            R"({"id":"x","version":1,"title":"t","sections":[{"id":"s","fields":[{"key":"a","label":"A","when":{"field":"zz","in":["1"]}}]}]})");
    }
    void brokenDefinitionsAreRefused()
    {
        QFETCH(QByteArray, json);
        const auto d = FormDefinition::fromJson(json);
        QVERIFY(!d.has_value());
        QCOMPARE(d.error().code, ErrorCode::FormDefinitionInvalid);
    }
};

QTEST_GUILESS_MAIN(TestFormDefinitions)
#include "tst_formdefinitions.moc"
