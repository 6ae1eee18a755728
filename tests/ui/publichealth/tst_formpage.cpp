// Requirement: a hypertension follow-up filled with 185/115 shows the urgent-referral suggestion
// with its reason as it is typed, saves, carries forward to the next visit and prints to an A4
// PDF; the due list and indicators read the same store (issue 4, ui/publichealth).
#include "cliniclink/identity/session.h"
#include "cliniclink/publichealth/formlibrary.h"
#include "cliniclink/publichealth/formrecords.h"
#include "cliniclink/publichealth/registers.h"
#include "cliniclink/registry/registry.h"
#include "cliniclink/ui/publichealth/duelistpage.h"
#include "cliniclink/ui/publichealth/formpage.h"
#include "cliniclink/ui/publichealth/formrenderer.h"
#include "cliniclink/ui/publichealth/indicatorspage.h"
#include "phtesthelpers.h"
#include "uitestsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QInputDialog>
#include <QTest>

using namespace cliniclink;
namespace ph = cliniclink::publichealth;
using ui::publichealth::FormPage;

class TestFormPage : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_settings;
    QTemporaryDir m_store;
    std::unique_ptr<identity::Session> m_doctor;
    QString m_residentId;

    void fillHypertension(FormPage &page, const QString &sbp, const QString &dbp)
    {
        auto *r = page.renderer();
        ph::FormContext context;
        context.today = QDate::currentDate();
        QJsonObject values = ph::exampleValues(r->form(), context);
        values.remove(QStringLiteral("sbp"));
        values.remove(QStringLiteral("dbp"));
        values.remove(QStringLiteral("nextVisitDate"));
        r->setValues(values);
        auto *sbpEdit = qobject_cast<QLineEdit *>(r->editor(QStringLiteral("sbp")));
        auto *dbpEdit = qobject_cast<QLineEdit *>(r->editor(QStringLiteral("dbp")));
        sbpEdit->clear();
        QTest::keyClicks(sbpEdit, sbp);
        dbpEdit->clear();
        QTest::keyClicks(dbpEdit, dbp);
    }

private slots:
    void initTestCase()
    {
        uitest::useTemporarySettings(m_settings.path());
        uitest::installLanguage();
        m_doctor = uitest::clinicWithVillageDoctor(m_store.path());
        QVERIFY(m_doctor);
        registry::Registry reg(*m_doctor);
        auto r = reg.create({{QStringLiteral("name"), QString::fromUtf8("赵德明")},
                             {QStringLiteral("idNumber"), uitest::makeIdNumber(QDate(1952, 8, 8), 31)},
                             {QStringLiteral("pastDiseases"), QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("2")}}}}});
        QVERIFY(r);
        QVERIFY(ph::Registers(*m_doctor).noteResident(*r));
        m_residentId = r->id;
    }

    void cleanupTestCase() { m_doctor.reset(); }

    void hypertension185over115_showsUrgentReferral_thenSaves()
    {
        FormPage page(*m_doctor);
        page.show();
        QVERIFY(page.chooseResident(QStringLiteral("zdm"))); // by pinyin initials
        QVERIFY(page.openForm(QStringLiteral("hypertension-followup")));
        fillHypertension(page, QStringLiteral("185"), QStringLiteral("115"));

        const auto urgent = page.evaluation().suggestion(ph::SuggestionKind::UrgentReferral);
        QVERIFY(urgent);
        const QString reason = urgent->reasonText();
        QVERIFY2(reason.contains(QStringLiteral("185/115")) && reason.contains(QString::fromUtf8("转诊")), qPrintable(reason));
        bool shown = false;
        for (const QString &s : page.suggestionTexts())
            shown = shown || s.contains(reason);
        QVERIFY2(shown, qPrintable(page.suggestionTexts().join(QLatin1Char('|'))));

        page.findChild<QPushButton *>(QStringLiteral("applySuggestionButton"))->click(); // the doctor accepts the suggestions
        // Referral accepted: the form now asks for its reason and destination.
        QVERIFY(!page.save(false));
        QVERIFY2(page.message().startsWith(QString::fromUtf8("转诊原因")), qPrintable(page.message()));
        page.renderer()->mergeValues({{QStringLiteral("referralReason"), QString::fromUtf8("血压极高")},
                                      {QStringLiteral("referralTo"), QString::fromUtf8("县医院心内科")}});
        page.findChild<QPushButton *>(QStringLiteral("saveFormButton"))->click();
        QVERIFY2(page.message().contains(QString::fromUtf8("已保存")), qPrintable(page.message()));
        auto forms = ph::FormRecords(*m_doctor).forms(m_residentId, QStringLiteral("hypertension-followup"));
        QVERIFY(forms);
        QCOMPARE(forms->size(), 1);
        QCOMPARE(forms->first().values().value(QStringLiteral("sbp")).toInt(), 185);
    }

    void missingRequiredValue_saveNamesTheField()
    {
        FormPage page(*m_doctor);
        QVERIFY(page.openFor(m_residentId, QStringLiteral("hypertension-followup")));
        fillHypertension(page, QStringLiteral("150"), QString());
        QVERIFY(!page.save(false));
        QVERIFY2(page.message().startsWith(QString::fromUtf8("舒张压")), qPrintable(page.message()));
    }

    void carryForward_andPrint()
    {
        FormPage page(*m_doctor);
        QVERIFY(page.openFor(m_residentId, QStringLiteral("hypertension-followup")));
        QVERIFY2(page.carryForward(), qPrintable(page.message()));
        QTemporaryDir out;
        const QString pdf = out.filePath(QStringLiteral("followup.pdf"));
        fillHypertension(page, QStringLiteral("132"), QStringLiteral("82"));
        page.findChild<QPushButton *>(QStringLiteral("applySuggestionButton"))->click(); // next visit date
        QVERIFY2(page.save(true), qPrintable(page.message()));
        QVERIFY2(page.printPdf(pdf), qPrintable(page.message()));
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
        QVERIFY(f.size() > 2000);
    }

    // A signed form opens read-only; "amend" unlocks it, saving asks for the reason, and the
    // visible trail lists who, when, why and what changed.
    void signedForm_amendWithReason_trailListsIt()
    {
        FormPage page(*m_doctor);
        QVERIFY(page.openFor(m_residentId, QStringLiteral("hypertension-followup")));
        fillHypertension(page, QStringLiteral("150"), QStringLiteral("95"));
        page.findChild<QPushButton *>(QStringLiteral("applySuggestionButton"))->click();
        QVERIFY2(page.save(true), qPrintable(page.message()));
        const QString id = page.savedRecord()->id;
        QVERIFY(page.renderer()->isReadOnly()); // signed: locked at once

        FormPage viewer(*m_doctor);
        viewer.show();
        QVERIFY2(viewer.openRecord(id), qPrintable(viewer.message()));
        auto *sbp = qobject_cast<QLineEdit *>(viewer.renderer()->editor(QStringLiteral("sbp")));
        QCOMPARE(sbp->text(), QStringLiteral("150"));
        QVERIFY(sbp->isReadOnly());
        auto *save = viewer.findChild<QPushButton *>(QStringLiteral("saveFormButton"));
        auto *amend = viewer.findChild<QPushButton *>(QStringLiteral("amendFormButton"));
        QVERIFY(!save->isEnabled());
        QVERIFY(amend->isVisible() && amend->isEnabled());
        QVERIFY(viewer.trailTexts().isEmpty());

        amend->click();
        QVERIFY(!sbp->isReadOnly());
        sbp->clear();
        QTest::keyClicks(sbp, QStringLiteral("155"));
        // Cancelling the reason saves nothing.
        uitest::onNextModal([](QWidget *w) { qobject_cast<QInputDialog *>(w)->reject(); });
        QVERIFY(!viewer.save(false));
        // An empty reason is refused by the module, in Chinese.
        uitest::onNextModal([](QWidget *w) { qobject_cast<QInputDialog *>(w)->accept(); });
        QVERIFY(!viewer.save(false));
        QVERIFY2(viewer.message().contains(QString::fromUtf8("理由")), qPrintable(viewer.message()));
        uitest::onNextModal([](QWidget *w) {
            auto *d = qobject_cast<QInputDialog *>(w);
            d->setTextValue(QString::fromUtf8("复测后更正录入错误"));
            d->accept();
        });
        QVERIFY2(viewer.save(false), qPrintable(viewer.message()));
        QVERIFY(viewer.renderer()->isReadOnly()); // locked again

        const QStringList trail = viewer.trailTexts();
        QCOMPARE(trail.size(), 1);
        QVERIFY2(trail.first().contains(QString::fromUtf8("复测后更正录入错误")) && trail.first().contains(QStringLiteral("li.na"))
                     && trail.first().contains(QString::fromUtf8("收缩压")) && trail.first().contains(QStringLiteral("150"))
                     && trail.first().contains(QStringLiteral("155")),
                 qPrintable(trail.first()));
        auto stored = ph::FormRecords(*m_doctor).form(id);
        QVERIFY(stored && *stored);
        const QJsonArray amendments = (*stored)->payload.value(QStringLiteral("amendments")).toArray();
        QCOMPARE(amendments.size(), 1);
        QCOMPARE(amendments.first().toObject().value(QStringLiteral("previous")).toObject().value(QStringLiteral("sbp")).toInt(), 150);
        QCOMPARE((*stored)->values().value(QStringLiteral("sbp")).toInt(), 155);
    }

    // "Last visit carried forward" works for every follow-up form, not only hypertension.
    void carryForward_everyFollowupForm_data()
    {
        QTest::addColumn<QString>("formId");
        for (const ph::FormDefinition &f : ph::FormLibrary::builtIn().forms())
            if (f.kind() == QLatin1String("followup"))
                QTest::newRow(qPrintable(f.id())) << f.id();
    }
    void carryForward_everyFollowupForm()
    {
        QFETCH(QString, formId);
        // A resident of their own, so this visit is the last one.
        static int sequence = 60;
        auto resident = registry::Registry(*m_doctor).create(
            {{QStringLiteral("name"), QString::fromUtf8("钱随访")},
             {QStringLiteral("idNumber"), uitest::makeIdNumber(QDate(1958, 4, 4), ++sequence)}});
        QVERIFY(resident);
        const QString residentId = resident->id;
        ph::FormRecords records(*m_doctor);
        const ph::FormDefinition &def = *records.library().form(formId);
        auto ctx = records.context(residentId);
        QVERIFY(ctx);
        QJsonObject last = ph::exampleValues(def, *ctx);
        last.insert(QStringLiteral("visitDate"), ctx->today.addDays(-30).toString(Qt::ISODate));
        // Every carried field answered, as a doctor would have at the last visit.
        for (const ph::FieldDef *f : def.fields()) {
            if (!f->carryForward || last.contains(f->key))
                continue;
            const registry::CodeSet *set = def.valueSet(f->valueSet);
            switch (f->type) {
            case ph::FieldType::Integer:
            case ph::FieldType::Number: last.insert(f->key, qint64(f->min.value_or(1) + 1)); break;
            case ph::FieldType::Choice: last.insert(f->key, set ? set->codes.first().code : QString()); break;
            case ph::FieldType::Multi: last.insert(f->key, QJsonArray{set ? set->codes.first().code : QString()}); break;
            case ph::FieldType::Text: last.insert(f->key, QString::fromUtf8("低盐饮食")); break;
            default: break;
            }
        }
        auto saved = records.save(formId, residentId, last, true);
        QVERIFY2(saved, saved ? "" : qPrintable(saved.error().toString()));

        FormPage page(*m_doctor);
        QVERIFY(page.openFor(residentId, formId));
        QVERIFY(page.findChild<QPushButton *>(QStringLiteral("carryForwardButton"))->isEnabled());
        QVERIFY2(page.carryForward(), qPrintable(page.message()));
        int carried = 0;
        const QJsonObject now = page.renderer()->values();
        for (const ph::FieldDef *f : def.fields()) {
            if (!f->carryForward || !saved->values().contains(f->key))
                continue;
            QCOMPARE(now.value(f->key), saved->values().value(f->key));
            ++carried;
        }
        QVERIFY2(carried > 0, "the form carries nothing forward");
        QVERIFY(!now.contains(QStringLiteral("visitDate")) || now.value(QStringLiteral("visitDate")) != saved->values().value(QStringLiteral("visitDate")));
    }

    void dueListAndIndicators_load()
    {
        ui::publichealth::DueListPage due(*m_doctor);
        due.refresh();
        QVERIFY(due.itemCount() >= 0);
        ui::publichealth::IndicatorsPage indicators(*m_doctor);
        indicators.compute();
        QVERIFY(indicators.indicators().size() >= 5);
    }
};

QTEST_MAIN(TestFormPage)
#include "tst_formpage.moc"
