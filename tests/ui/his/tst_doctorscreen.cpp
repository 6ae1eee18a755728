// Requirement: issue 5 §Build 3 (doctor's screen) — offscreen, by keyboard as far as a doctor
// would: 初诊/复诊 (suggested 复诊 on a second visit) and 费别 chosen at registration; 既往史
// carried from the archive into the note; route and frequency picked by abbreviation or pinyin
// initials; a note template saved from the note (shared: a second screen sees it), found by
// pinyin initials and applied; the timeline on screen with visits, notes, prescriptions and a
// public-health form; a signed note amended from the screen with the trail shown; the note
// printed on A5 and A4.
#include "outpatientscreenfixture.h"

#include "cliniclink/publichealth/formevaluation.h"
#include "cliniclink/publichealth/formrecords.h"
#include "cliniclink/ui/his/doctorpage.h"

#include <QComboBox>
#include <QFileInfo>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace cliniclink;
using namespace cliniclink::his;
using Fixture = test::OutpatientScreenFixture;

namespace {

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The first page's size in whole millimetres, from pdfinfo's "Page size: W x H pts".
QSize pdfPageMm(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {pdf});
    p.waitForFinished(30000);
    for (const QByteArray &line : p.readAllStandardOutput().split('\n'))
        if (line.startsWith("Page size:")) {
            const QList<QByteArray> parts = line.mid(10).simplified().split(' ');
            if (parts.size() >= 3)
                return QSize(qRound(parts.at(0).toDouble() * 25.4 / 72), qRound(parts.at(2).toDouble() * 25.4 / 72));
        }
    return {};
}

void showActive(QWidget &page)
{
    page.resize(1500, 940);
    page.show();
    QApplication::setActiveWindow(&page);
    QVERIFY(QTest::qWaitForWindowActive(&page));
}

} // namespace

class TestDoctorScreen : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_documents.isValid());
        qputenv("HOME", QFile::encodeName(m_documents.path()));
        QStandardPaths::setTestModeEnabled(true);
    }

    void registration_history_pickers_timeline_amendment_print()
    {
        Fixture f;
        f.setUpScreens();
        ui::his::DoctorPage page(*f.services);
        showActive(page);
        auto *kind = page.findChild<QComboBox *>(QStringLiteral("visitKind"));
        auto *fee = page.findChild<QComboBox *>(QStringLiteral("feeCategory"));
        QVERIFY(kind && fee);

        // A public-health follow-up saved earlier shows in the timeline.
        publichealth::FormRecords forms(*f.reg.session);
        auto ctx = forms.context(f.resident);
        QVERIFY(ctx.has_value());
        auto form = forms.save(QStringLiteral("hypertension-followup"), f.resident,
                               publichealth::exampleValues(*forms.library().form(QStringLiteral("hypertension-followup")), *ctx));
        QVERIFY2(form.has_value(), form ? "" : qPrintable(form.error().toString()));

        page.findChild<QLineEdit *>()->setFocus();
        Fixture::type(QStringLiteral("ldy"));
        QCOMPARE(kind->currentIndex(), 0); // never seen here: 初诊
        fee->setCurrentIndex(1);           // 城乡居民医保
        page.findChild<QLineEdit *>()->setFocus();
        Fixture::press(Qt::Key_Return);
        QVERIFY(page.visit().has_value());
        QCOMPARE(page.visit()->kind, emr::VisitKind::First);
        QCOMPARE(page.visit()->feeCategory, emr::FeeCategory::ResidentInsurance);
        // 既往史 from the archive (hypertension in the fixture's archive) is on screen at once.
        auto *past = page.findChild<QPlainTextEdit *>(QStringLiteral("pastHistory"));
        QVERIFY2(past->toPlainText().contains(QStringLiteral("高血压")), qPrintable(past->toPlainText()));
        QVERIFY(page.findChild<QLineEdit *>(QStringLiteral("allergyHistory"))->text().contains(QStringLiteral("青霉素")));

        // Vitals, note, diagnosis; then ibuprofen with the route by pinyin initials (口服 = kf) and
        // the frequency by its Chinese initials (每日两次 = mrlc), amoxicillin with the route by
        // the start of its pinyin (肌注 = jizhu; "jz" would be 静注 first).
        Fixture::typeConsultation(QStringLiteral("受凉后出现咽痛"), QStringLiteral("对症处理"), {});
        Fixture::type(QStringLiteral("blf"));
        Fixture::press(Qt::Key_Return);
        Fixture::type(QStringLiteral("300"));
        Fixture::press(Qt::Key_Return);
        Fixture::type(QStringLiteral("kf")); // 口服
        Fixture::press(Qt::Key_Return);
        Fixture::type(QStringLiteral("mrlc"));
        Fixture::press(Qt::Key_Return);
        Fixture::type(QStringLiteral("3"));
        Fixture::press(Qt::Key_Return);
        Fixture::type(QStringLiteral("amxl"));
        Fixture::press(Qt::Key_Return);
        Fixture::type(QStringLiteral("500"));
        Fixture::press(Qt::Key_Return);
        Fixture::type(QStringLiteral("jiz"));
        Fixture::press(Qt::Key_Return);
        Fixture::type(QStringLiteral("tid"));
        Fixture::press(Qt::Key_Return);
        Fixture::type(QStringLiteral("2"));
        Fixture::press(Qt::Key_Return);
        Fixture::press(Qt::Key_F2);
        QVERIFY2(page.prescription().has_value(), qPrintable(page.statusText()));
        QCOMPARE(page.prescription()->items.size(), 2);
        QCOMPARE(page.prescription()->items.at(0).route, QStringLiteral("口服"));
        QCOMPARE(page.prescription()->items.at(0).frequency, QStringLiteral("bid"));
        QCOMPARE(page.prescription()->items.at(1).route, QStringLiteral("肌注"));
        QCOMPARE(page.prescription()->items.at(1).frequency, QStringLiteral("tid"));
        QCOMPARE(page.note()->section(QStringLiteral("pastHistory")), past->toPlainText()); // saved with the note

        // The note as the clinic's template: name typed in the template field (F3), Ctrl+T.
        Fixture::press(Qt::Key_F3);
        Fixture::type(QStringLiteral("咽痛"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_T, Qt::ControlModifier);
        QVERIFY2(page.statusText().contains(QStringLiteral("咽痛")), qPrintable(page.statusText()));
        auto templates = f.services->templates->list();
        QVERIFY(templates.has_value());
        QCOMPARE(templates->size(), 1);
        QCOMPARE(templates->first().complaint, QStringLiteral("咽痛"));
        QCOMPARE(templates->first().sections.value(QStringLiteral("physicalExam")).toString(), QStringLiteral("咽充血，扁桃体Ⅱ度肿大"));
        QVERIFY(!templates->first().sections.contains(QStringLiteral("pastHistory"))); // the patient's own, never templated

        // Sign (the allergy warning needs a reason), then the timeline shows all four kinds.
        Fixture::press(Qt::Key_F5);
        Fixture::type(QStringLiteral("已询问，可用"));
        Fixture::press(Qt::Key_F5);
        QCOMPARE(page.note()->status, emr::NoteStatus::Signed);
        QCOMPARE(page.prescription()->status, PrescriptionStatus::Signed);
        const QString timeline = page.timelineLines().join(QLatin1Char('\n'));
        QCOMPARE(page.timelineLines().size(), 4);
        for (const QString &expected : {QStringLiteral("Visit"), QStringLiteral("Outpatient note"), QStringLiteral("Prescription"),
                                        QStringLiteral("Public-health form"), QStringLiteral("初诊 · 城乡居民医保"),
                                        QStringLiteral("J03.9")})
            QVERIFY2(timeline.contains(expected), qPrintable(expected + QStringLiteral(" in\n") + timeline));

        // Amend the signed note from the screen: F6 without a reason is refused and focuses it.
        auto *exam = page.findChild<QPlainTextEdit *>(QStringLiteral("physicalExam"));
        QCOMPARE(exam->toPlainText(), QStringLiteral("咽充血，扁桃体Ⅱ度肿大"));
        exam->setPlainText(QStringLiteral("咽充血，扁桃体Ⅱ度肿大，可见脓点"));
        Fixture::press(Qt::Key_F2); // a signed note is not saved over: the screen says to use F6
        QVERIFY2(page.statusText().contains(QStringLiteral("F6")), qPrintable(page.statusText()));
        QCOMPARE(page.note()->section(QStringLiteral("physicalExam")), QStringLiteral("咽充血，扁桃体Ⅱ度肿大"));
        QCOMPARE(exam->toPlainText(), QStringLiteral("咽充血，扁桃体Ⅱ度肿大，可见脓点")); // the edit stays on screen
        Fixture::press(Qt::Key_F6);
        QVERIFY(page.note()->amendments.isEmpty());
        QCOMPARE(QApplication::focusWidget(), page.findChild<QLineEdit *>(QStringLiteral("amendReason")));
        Fixture::type(QStringLiteral("补记查体"));
        Fixture::press(Qt::Key_Return);
        QCOMPARE(page.note()->amendments.size(), 1);
        QCOMPARE(page.note()->amendments.first().reason, QStringLiteral("补记查体"));
        QCOMPARE(page.amendmentLines().size(), 1);
        const QString trail = page.amendmentLines().first();
        for (const QString &expected : {QStringLiteral("补记查体"), QStringLiteral("Physical examination"),
                                        QStringLiteral("咽充血，扁桃体Ⅱ度肿大"), QStringLiteral("可见脓点"), f.reg.session->user().username})
            QVERIFY2(trail.contains(expected), qPrintable(expected + QStringLiteral(" in ") + trail));

        // The note printed: A5 by F10, A4 by Shift+F10, with the amendment on the paper.
        Fixture::press(Qt::Key_F10);
        const QString a5 = page.statusText().section(QLatin1Char(' '), -1).chopped(1);
        QVERIFY2(QFileInfo(a5).size() > 1000, qPrintable(page.statusText()));
        QCOMPARE(pdfPageMm(a5), QSize(148, 210));
        const QString words = pdfText(a5);
        for (const QString &expected : {QStringLiteral("刘大爷"), QStringLiteral("J03.9"), QStringLiteral("急性扁桃体炎"),
                                        QStringLiteral("高血压"), QStringLiteral("可见脓点"), QStringLiteral("补记查体")})
            QVERIFY2(words.contains(expected), qPrintable(expected));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F10, Qt::ShiftModifier);
        const QString a4 = page.statusText().section(QLatin1Char(' '), -1).chopped(1);
        QCOMPARE(pdfPageMm(a4), QSize(210, 297));
    }

    void secondVisit_suggestsReturn_andAppliesTheClinicTemplate()
    {
        Fixture f;
        f.setUpScreens();
        emr::NoteTemplate t;
        t.complaint = QStringLiteral("发热");
        t.sections = {{QStringLiteral("chiefComplaint"), QStringLiteral("发热1天")},
                      {QStringLiteral("physicalExam"), QStringLiteral("T ℃，咽部：")},
                      {QStringLiteral("pastHistory"), QStringLiteral("不应覆盖")}};
        QVERIFY(f.services->templates->save(t).has_value()); // saved on another PC of the clinic, say
        QVERIFY(f.outpatient->registerVisit(f.resident, emr::VisitKind::First, emr::FeeCategory::SelfPay).has_value());

        ui::his::DoctorPage page(*f.services);
        showActive(page);
        auto *kind = page.findChild<QComboBox *>(QStringLiteral("visitKind"));
        page.findChild<QLineEdit *>()->setFocus();
        Fixture::type(QStringLiteral("ldy"));
        QCOMPARE(kind->currentIndex(), 1); // seen before: 复诊
        Fixture::press(Qt::Key_Return);
        QCOMPARE(page.visit()->kind, emr::VisitKind::Return);
        auto *past = page.findChild<QPlainTextEdit *>(QStringLiteral("pastHistory"));
        const QString history = past->toPlainText();

        Fixture::press(Qt::Key_F3);
        Fixture::type(QStringLiteral("fr")); // 发热 by pinyin initials
        Fixture::press(Qt::Key_Return);
        QVERIFY2(page.statusText().contains(QStringLiteral("发热")), qPrintable(page.statusText()));
        QCOMPARE(past->toPlainText(), history); // the template never overwrites the patient's history
        Fixture::press(Qt::Key_F2);
        QCOMPARE(page.note()->section(QStringLiteral("chiefComplaint")), QStringLiteral("发热1天"));
        QCOMPARE(page.note()->section(QStringLiteral("physicalExam")), QStringLiteral("T ℃，咽部："));
    }

    void infant_weightFromTheVitalsGoesOnThePaediatricSheet()
    {
        Fixture f;
        f.setUpScreens();
        f.addResident(QStringLiteral("周小宝"), f.today().addMonths(-5).addDays(-3));
        ui::his::DoctorPage page(*f.services);
        showActive(page);
        page.findChild<QComboBox *>(QStringLiteral("prescriptionType"))->setCurrentIndex(2); // 儿科
        page.findChild<QLineEdit *>()->setFocus();
        Fixture::type(QStringLiteral("zxb"));
        Fixture::press(Qt::Key_Return);
        QVERIFY(page.visit().has_value());
        // Vitals: only the weight (7.5 kg), then the note and an ibuprofen line.
        for (int i = 0; i < 4; ++i)
            Fixture::press(Qt::Key_Return);
        Fixture::type(QStringLiteral("7.5"));
        Fixture::press(Qt::Key_Return);
        Fixture::type(QStringLiteral("发热1天"));
        Fixture::press(Qt::Key_Return);
        Fixture::press(Qt::Key_Tab);
        Fixture::press(Qt::Key_Tab);
        Fixture::press(Qt::Key_Return);
        Fixture::type(QStringLiteral("R50.9"));
        Fixture::press(Qt::Key_Return);
        Fixture::press(Qt::Key_Return);
        for (const QString &key : {QStringLiteral("blf"), QStringLiteral("300")}) {
            Fixture::type(key);
            Fixture::press(Qt::Key_Return);
        }
        Fixture::press(Qt::Key_Return); // route: 口服
        Fixture::type(QStringLiteral("qd"));
        Fixture::press(Qt::Key_Return);
        Fixture::type(QStringLiteral("1"));
        Fixture::press(Qt::Key_Return);
        Fixture::press(Qt::Key_F2);
        QVERIFY2(page.prescription().has_value(), qPrintable(page.statusText()));
        QCOMPARE(page.prescription()->type, PrescriptionType::Paediatric);
        QVERIFY(page.prescription()->weightKg.has_value());
        QCOMPARE(*page.prescription()->weightKg, 7.5);
        QVERIFY2(page.prescription()->ageText.contains(QStringLiteral("月")), qPrintable(page.prescription()->ageText));
    }

    void ordinarySheetBeyondSevenDays_needsTheReasonOnScreen()
    {
        Fixture f;
        f.setUpScreens();
        ui::his::DoctorPage page(*f.services);
        showActive(page);
        page.findChild<QLineEdit *>()->setFocus();
        Fixture::type(QStringLiteral("ldy"));
        Fixture::press(Qt::Key_Return);
        Fixture::typeConsultation(QStringLiteral("血压控制可"), QStringLiteral("继续降压治疗"),
                                  {QStringLiteral("blf"), QStringLiteral("300"), QStringLiteral("qd"), QStringLiteral("10")});
        Fixture::press(Qt::Key_F2); // 10 days on an ordinary sheet without a reason: refused
        QVERIFY(!page.prescription() || page.prescription()->items.isEmpty()); // nothing stored on the sheet
        QVERIFY2(page.statusText().contains(QStringLiteral("7 days")), qPrintable(page.statusText()));
        page.findChild<QLineEdit *>(QStringLiteral("longCourseReason"))->setText(QStringLiteral("慢性病长期用药"));
        Fixture::press(Qt::Key_F2);
        QVERIFY2(page.prescription().has_value(), qPrintable(page.statusText()));
        QCOMPARE(page.prescription()->items.first().days, 10);
        QCOMPARE(page.prescription()->extendedReason, QStringLiteral("慢性病长期用药"));
    }

private:
    QTemporaryDir m_documents;
};

QTEST_MAIN(TestDoctorScreen)
#include "tst_doctorscreen.moc"
