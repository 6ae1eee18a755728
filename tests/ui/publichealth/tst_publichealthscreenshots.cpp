// Requirement: under a real X server the doctor's home area (due list), a filled diabetes
// follow-up with its suggestions and the resident archive render in Chinese without clipping;
// screenshots go to <build>/screenshots/ for review (issue 4, ui/publichealth).
#include "cliniclink/identity/session.h"
#include "cliniclink/publichealth/formrecords.h"
#include "cliniclink/publichealth/registers.h"
#include "cliniclink/registry/registry.h"
#include "cliniclink/ui/publichealth/duelistpage.h"
#include "cliniclink/ui/publichealth/formpage.h"
#include "cliniclink/ui/publichealth/formrenderer.h"
#include "cliniclink/ui/publichealth/indicatorspage.h"
#include "cliniclink/ui/registry/importdialog.h"
#include "cliniclink/ui/registry/mergedialog.h"
#include "cliniclink/ui/registry/residentspage.h"
#include "cliniclink/ui/shell/applicationstyle.h"
#include "phtesthelpers.h"
#include "testsupport.h"
#include "uitestsupport.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace cliniclink;
namespace ph = cliniclink::publichealth;

class TestPublicHealthScreenshots : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_settings;
    QTemporaryDir m_store;
    QString m_outDir;
    std::unique_ptr<identity::Session> m_doctor;
    QString m_diabeticId;

    void save(QWidget *w, const QString &name)
    {
        w->resize(1280, 800);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w));
        QTest::qWait(150);
        const QImage img = w->grab().toImage();
        const QString path = m_outDir + QLatin1Char('/') + name + QStringLiteral(".png");
        QVERIFY(img.save(path));
        qInfo("screenshot: %s", qPrintable(path));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QGuiApplication::platformName() == QLatin1String("xcb"), "run under xvfb-run");
        uitest::useTemporarySettings(m_settings.path());
        uitest::installLanguage();
        ui::shell::applyApplicationStyle();
        m_outDir = test::buildDir() + QStringLiteral("/screenshots");
        QVERIFY(QDir().mkpath(m_outDir));
        m_doctor = uitest::clinicWithVillageDoctor(m_store.path());
        QVERIFY(m_doctor);

        // A small village: hypertensive, diabetic and elderly residents, some seen months ago.
        registry::Registry reg(*m_doctor);
        ph::Registers registers(*m_doctor);
        ph::FormRecords records(*m_doctor);
        const QDate today = QDate::currentDate();
        const struct {
            const char *name;
            QDate birth;
            const char *disease;
            int lastVisitDaysAgo; // hypertension/diabetes follow-up, 0 = never
        } people[] = {{"赵德明", QDate(1952, 8, 8), "2", 100}, {"钱秀兰", QDate(1948, 2, 14), "3", 85},
                      {"孙建国", QDate(1960, 11, 3), "2", 0},  {"李桂芝", QDate(1955, 5, 21), "3", 70},
                      {"周志强", QDate(1958, 9, 30), "2", 88}, {"吴淑珍", QDate(1950, 1, 9), "1", 0}};
        int seq = 101;
        for (const auto &p : people) {
            QJsonObject fields{{QStringLiteral("name"), QString::fromUtf8(p.name)},
                               {QStringLiteral("idNumber"), uitest::makeIdNumber(p.birth, seq += 2)},
                               {QStringLiteral("responsibleDoctor"), QString::fromUtf8("李娜")},
                               {QStringLiteral("pastDiseases"), QJsonArray{QJsonObject{{QStringLiteral("code"), QString::fromLatin1(p.disease)}}}}};
            auto r = reg.create(fields);
            QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
            QVERIFY(registers.noteResident(*r));
            if (QLatin1String(p.disease) == QLatin1String("3"))
                m_diabeticId = r->id;
            if (p.lastVisitDaysAgo == 0)
                continue;
            const QString formId = QLatin1String(p.disease) == QLatin1String("2") ? QStringLiteral("hypertension-followup")
                                                                                : QStringLiteral("diabetes-followup");
            const ph::FormDefinition *def = records.library().form(formId);
            ph::FormContext context;
            context.today = today;
            context.birthDate = p.birth;
            QJsonObject values = ph::exampleValues(*def, context);
            values.insert(def->visitDateField(), today.addDays(-p.lastVisitDaysAgo).toString(Qt::ISODate));
            values.insert(def->nextVisitField(), today.addDays(90 - p.lastVisitDaysAgo).toString(Qt::ISODate));
            auto saved = records.save(formId, r->id, values, true);
            QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().toString()));
        }
    }

    void cleanupTestCase() { m_doctor.reset(); }

    void dueList_screenshot()
    {
        ui::publichealth::DueListPage page(*m_doctor);
        page.refresh();
        QVERIFY(page.itemCount() > 0);
        save(&page, QStringLiteral("publichealth_duelist_zh_CN"));
    }

    void diabetesFollowup_filled_screenshot()
    {
        ui::publichealth::FormPage page(*m_doctor);
        QVERIFY(page.openFor(m_diabeticId, QStringLiteral("diabetes-followup")));
        QVERIFY(page.carryForward());
        ph::FormContext context;
        context.today = QDate::currentDate();
        QJsonObject values = ph::exampleValues(page.renderer()->form(), context);
        values.insert(QStringLiteral("fastingGlucose"), 17.2);
        values.insert(QStringLiteral("sbp"), 152);
        values.insert(QStringLiteral("dbp"), 94);
        values.remove(QStringLiteral("nextVisitDate"));
        page.renderer()->setValues(values);
        QVERIFY(page.evaluation().suggestion(ph::SuggestionKind::UrgentReferral));
        save(&page, QStringLiteral("publichealth_diabetes_followup_zh_CN"));
        // The A4 print of the same form, for review next to the screen.
        QVERIFY2(page.printPdf(m_outDir + QStringLiteral("/publichealth_diabetes_followup_zh_CN.pdf")), qPrintable(page.message()));
    }

    void residents_screenshot()
    {
        ui::registry::ResidentsPage page(*m_doctor);
        page.findChild<QLineEdit *>(QStringLiteral("residentSearchEdit"))->setText(QStringLiteral("z"));
        QVERIFY(!page.hits().isEmpty());
        QVERIFY(page.selectResident(page.hits().first().id));
        save(&page, QStringLiteral("registry_residents_zh_CN"));
    }

    void indicators_screenshot()
    {
        ui::publichealth::IndicatorsPage page(*m_doctor);
        page.compute();
        save(&page, QStringLiteral("publichealth_indicators_zh_CN"));
    }

    void mergeDialog_screenshot()
    {
        registry::Registry reg(*m_doctor);
        auto dupe = reg.create({{QStringLiteral("name"), QString::fromUtf8("赵德明")},
                                {QStringLiteral("sex"), QStringLiteral("1")},
                                {QStringLiteral("birthDate"), QStringLiteral("1952-08-08")},
                                {QStringLiteral("phone"), QStringLiteral("13907710001")},
                                {QStringLiteral("currentAddress"), QString::fromUtf8("广西南宁市兴宁区三塘镇六村")}});
        QVERIFY(dupe);
        auto hits = reg.search(QStringLiteral("zdm"));
        QVERIFY(hits && hits->size() == 2);
        ui::registry::MergeDialog dialog(reg);
        QVERIFY(dialog.setResident(ui::registry::MergeDialog::Left, hits->at(0).id == dupe->id ? hits->at(1).id : hits->at(0).id));
        QVERIFY(dialog.setResident(ui::registry::MergeDialog::Right, dupe->id));
        dialog.reasonEdit()->setText(QString::fromUtf8("同一人重复建档"));
        save(&dialog, QStringLiteral("registry_merge_zh_CN"));
    }

    void importDialog_screenshot()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("archives.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QString good = uitest::makeIdNumber(QDate(1966, 3, 3), 302);
        f.write(QStringLiteral("姓名,性别,出生日期,身份证号,联系电话\n"
                               "韦春花,女,1966-03-03,%1,\n"
                               ",男,1970-01-01,,\n"
                               "蒙阿牛,男,1971-02-02,450102197102021234,\n"
                               "覃秀英,女,1966-03-03,%1,\n")
                    .arg(good)
                    .toUtf8());
        f.close();
        registry::Registry reg(*m_doctor);
        ui::registry::ImportDialog dialog(reg);
        QVERIFY(dialog.importFile(path));
        QVERIFY(dialog.report().rejected >= 2);
        save(&dialog, QStringLiteral("registry_import_report_zh_CN"));
    }

    void amendedForm_screenshot()
    {
        ph::FormRecords records(*m_doctor);
        auto forms = records.forms(m_diabeticId, QStringLiteral("diabetes-followup"));
        QVERIFY(forms && !forms->isEmpty());
        const ph::FormRecord signedForm = forms->first();
        QVERIFY(signedForm.isSigned());
        QJsonObject values = signedForm.values();
        values.insert(QStringLiteral("fastingGlucose"), 8.4);
        auto amended = records.amend(signedForm.id, signedForm.version, values, QString::fromUtf8("化验单复核后更正空腹血糖"));
        QVERIFY2(amended, qPrintable(amended ? QString() : amended.error().toString()));
        ui::publichealth::FormPage page(*m_doctor);
        QVERIFY(page.openRecord(signedForm.id));
        QCOMPARE(page.trailTexts().size(), 1);
        save(&page, QStringLiteral("publichealth_amended_form_zh_CN"));
    }
};

QTEST_MAIN(TestPublicHealthScreenshots)
#include "tst_publichealthscreenshots.moc"
