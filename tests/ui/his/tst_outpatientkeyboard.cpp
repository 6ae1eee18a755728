// Requirement: issue 5 §Show — the outpatient flow by keyboard only (offscreen): find and
// register the patient, vitals, SOAP note, ICD-10 diagnosis by code, a drug by 拼音码, F2 save
// showing the allergy warning, F5 refused until a reason is typed, F5 signs note and
// prescription, F9 prints the 处方笺; the pharmacy then sees it in its queue.
#include "outpatientscreenfixture.h"

#include "cliniclink/ui/his/doctorpage.h"
#include "cliniclink/ui/his/pharmacypage.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace cliniclink;
using namespace cliniclink::his;
using Fixture = test::OutpatientScreenFixture;

class TestOutpatientKeyboard : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_documents.isValid());
        qputenv("HOME", QFile::encodeName(m_documents.path())); // F9's PDF lands in a private Documents
        QStandardPaths::setTestModeEnabled(true);
    }

    void registerToSign_keyboardOnly()
    {
        Fixture f;
        f.setUpScreens();
        ui::his::DoctorPage page(*f.services);
        page.resize(1400, 860);
        page.show();
        QApplication::setActiveWindow(&page);
        QVERIFY(QTest::qWaitForWindowActive(&page));
        page.findChild<QLineEdit *>()->setFocus(); // the patient search is the first field

        Fixture::type(QStringLiteral("ldy")); // 刘大爷 by pinyin initials
        Fixture::press(Qt::Key_Return);
        QVERIFY2(page.statusText().contains(QLatin1String("registered")) || page.statusText().contains(QStringLiteral("挂号")),
                 qPrintable(page.statusText()));
        Fixture::typeConsultation(QStringLiteral("受凉后出现咽痛"), QStringLiteral("抗感染、退热"),
                                  {QStringLiteral("amxl"), QStringLiteral("500"), QStringLiteral("tid"), QStringLiteral("3")});

        Fixture::press(Qt::Key_F2);
        QVERIFY(page.prescription().has_value());
        QCOMPARE(page.prescription()->items.size(), 1);
        QCOMPARE(page.prescription()->items.first().quantity, 18);
        QCOMPARE(page.warnings().size(), 1); // penicillin allergy
        QVERIFY(page.note().has_value());
        QCOMPARE(page.note()->section(QStringLiteral("physicalExam")), QStringLiteral("咽充血，扁桃体Ⅱ度肿大"));
        QCOMPARE(page.note()->diagnoses.size(), 1);

        Fixture::press(Qt::Key_F5); // refused: the warning needs a reason; focus goes to it
        QCOMPARE(page.prescription()->status, PrescriptionStatus::Draft);
        Fixture::type(QStringLiteral("已询问，曾用阿莫西林无不良反应"));
        Fixture::press(Qt::Key_F5);
        QCOMPARE(page.prescription()->status, PrescriptionStatus::Signed);
        QCOMPARE(page.note()->status, emr::NoteStatus::Signed);
        QCOMPARE(page.prescription()->acknowledgements.size(), 1);

        Fixture::press(Qt::Key_F9);
        const QString pdf = page.statusText().section(QLatin1Char(' '), -1).chopped(1);
        QVERIFY2(QFileInfo(pdf).size() > 1000, qPrintable(page.statusText()));
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(30000));
        const QString words = QString::fromUtf8(text.readAllStandardOutput());
        for (const QString &expected : {QStringLiteral("刘大爷"), QStringLiteral("阿莫西林胶囊"), QStringLiteral("急性扁桃体炎"),
                                        QStringLiteral("18片"), QStringLiteral("每日三次")})
            QVERIFY2(words.contains(expected), qPrintable(expected));
        const QString kept = qEnvironmentVariable("CLINICLINK_BUILD_DIR", QDir::tempPath()) + QStringLiteral("/prints");
        QDir().mkpath(kept);
        QFile::remove(kept + QStringLiteral("/prescription-from-screen.pdf"));
        QFile::copy(pdf, kept + QStringLiteral("/prescription-from-screen.pdf")); // for a person to look at

        ui::his::PharmacyPage pharmacy(*f.services);
        pharmacy.refresh();
        QCOMPARE(pharmacy.queueSize(), 1);
        QVERIFY(!pharmacy.dispenseSelected()); // not paid yet
        QCOMPARE(f.billing->chargePrescription(page.prescription()->id).has_value(), true);
        QVERIFY(f.billing->pay(page.prescription()->visitId, PaymentMethod::Cash, *f.billing->amountDue(page.prescription()->visitId)));
        QVERIFY(pharmacy.dispenseSelected());
        QCOMPARE(pharmacy.queueSize(), 0);
        QCOMPARE(*f.pharmacy->available(f.amoxicillin.id), 100 - 18);
    }

private:
    QTemporaryDir m_documents;
};

QTEST_MAIN(TestOutpatientKeyboard)
#include "tst_outpatientkeyboard.moc"
