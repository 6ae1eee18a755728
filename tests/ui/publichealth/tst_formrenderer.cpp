// Requirement: every form definition is drawn from its data, and what the widgets give back is
// what the form expects — a complete example filling survives the round trip through the
// widgets without a single issue (issue 4, ui/publichealth).
#include "cliniclink/publichealth/formlibrary.h"
#include "cliniclink/ui/publichealth/formrenderer.h"
#include "uitestsupport.h"

#include <QLabel>
#include <QLineEdit>
#include <QTest>

using namespace cliniclink;
namespace ph = cliniclink::publichealth;
using ui::publichealth::FormRenderer;

namespace {

// Who each form is for, so that age- and sex-conditional parts apply.
ph::FormContext contextFor(const ph::FormDefinition &form)
{
    ph::FormContext c;
    c.today = QDate(2026, 5, 20);
    c.heightCm = 165;
    if (form.population() == QLatin1String("child")) {
        c.birthDate = c.today.addMonths(-3);
        c.sex = QStringLiteral("2");
    } else if (form.population() == QLatin1String("pregnant")) {
        c.birthDate = QDate(1998, 3, 1);
        c.sex = QStringLiteral("2");
    } else {
        c.birthDate = QDate(1955, 7, 1);
        c.sex = QStringLiteral("1");
    }
    return c;
}

} // namespace

class TestFormRenderer : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { uitest::installLanguage(); }

    void everyForm_rendersAndRoundTripsItsExample_data()
    {
        QTest::addColumn<QString>("formId");
        for (const ph::FormDefinition &f : ph::FormLibrary::builtIn().forms())
            QTest::newRow(qPrintable(f.id())) << f.id();
        QVERIFY(ph::FormLibrary::builtIn().forms().size() >= 10);
    }

    void everyForm_rendersAndRoundTripsItsExample()
    {
        QFETCH(QString, formId);
        const ph::FormDefinition *def = ph::FormLibrary::builtIn().form(formId);
        QVERIFY(def);
        const ph::FormContext context = contextFor(*def);
        FormRenderer renderer(*def);
        QCOMPARE(renderer.fieldCount(), def->fields().size());
        for (const ph::FieldDef *f : def->fields())
            QVERIFY2(renderer.editor(f->key), qPrintable(f->key));

        renderer.setValues(ph::exampleValues(*def, context));
        const ph::Evaluation e = ph::evaluateForm(*def, renderer.values(), context);
        QVERIFY2(e.ok(), qPrintable(e.issues.isEmpty() ? QString() : e.issues.first().field + QLatin1Char(' ') + e.issues.first().detail));
        renderer.showEvaluation(e, context);
        for (const ph::FieldDef *f : def->fields())
            QVERIFY2(renderer.issueText(f->key).isEmpty(), qPrintable(f->key));
    }

    void requiredFieldEmpty_inlineMessageNamesTheFieldInChinese()
    {
        const ph::FormDefinition *def = ph::FormLibrary::builtIn().form(QStringLiteral("hypertension-followup"));
        const ph::FormContext context = contextFor(*def);
        FormRenderer renderer(*def);
        QJsonObject values = ph::exampleValues(*def, context);
        values.remove(QStringLiteral("heartRate"));
        values.insert(QStringLiteral("sbp"), 400);
        renderer.setValues(values);
        const ph::Evaluation e = ph::evaluateForm(*def, renderer.values(), context);
        renderer.showEvaluation(e, context);
        QVERIFY2(renderer.issueText(QStringLiteral("heartRate")).startsWith(QString::fromUtf8("心率：")),
                 qPrintable(renderer.issueText(QStringLiteral("heartRate"))));
        QVERIFY(renderer.issueText(QStringLiteral("sbp")).contains(QString::fromUtf8("收缩压")));
        QVERIFY(renderer.issueText(QStringLiteral("sbp")).contains(QStringLiteral("60")));
    }

    void enter_movesToTheNextField()
    {
        const ph::FormDefinition *def = ph::FormLibrary::builtIn().form(QStringLiteral("hypertension-followup"));
        FormRenderer renderer(*def);
        renderer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&renderer));
        auto *sbp = qobject_cast<QLineEdit *>(renderer.editor(QStringLiteral("sbp")));
        sbp->setFocus();
        QTest::keyClicks(sbp, QStringLiteral("150"));
        QTest::keyClick(sbp, Qt::Key_Return);
        QTRY_VERIFY(renderer.editor(QStringLiteral("dbp"))->hasFocus());
    }
};

QTEST_MAIN(TestFormRenderer)
#include "tst_formrenderer.moc"
