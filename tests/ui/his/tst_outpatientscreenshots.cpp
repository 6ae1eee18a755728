// Requirement: issue 5 §Show — under xvfb-run, screenshots (Chinese UI) of the doctor's screen
// showing a prescription warning and of the pharmacy queue, into
// ${CLINICLINK_BUILD_DIR}/screenshots/ for a person to look at.
#include "outpatientscreenfixture.h"

#include "uitestsupport.h"

#include "cliniclink/ui/his/doctorpage.h"
#include "cliniclink/ui/his/pharmacypage.h"

#include <QDir>
#include <QLineEdit>

using namespace cliniclink;
using namespace cliniclink::his;
using Fixture = test::OutpatientScreenFixture;

namespace {
QString screenshotPath(const QString &name)
{
    const QString dir = qEnvironmentVariable("CLINICLINK_BUILD_DIR", QDir::tempPath()) + QStringLiteral("/screenshots");
    QDir().mkpath(dir);
    return dir + QLatin1Char('/') + name;
}
} // namespace

class TestOutpatientScreenshots : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { uitest::installLanguage(QStringLiteral("zh_CN")); }

    void doctorWithWarning_andPharmacyQueue()
    {
        Fixture f;
        f.setUpScreens();
        ui::his::DoctorPage page(*f.services);
        page.resize(1500, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.activateWindow(); // Xvfb has no window manager to activate it
        QApplication::setActiveWindow(&page);
        QTest::qWait(100);
        page.findChild<QLineEdit *>()->setFocus();
        Fixture::type(QStringLiteral("ldy"));
        Fixture::press(Qt::Key_Return);
        Fixture::typeConsultation(QStringLiteral("受凉后出现咽痛，体温最高38.6℃"), QStringLiteral("抗感染、退热，多饮水"),
                                  {QStringLiteral("amxl"), QStringLiteral("500"), QStringLiteral("tid"), QStringLiteral("3"),
                                   QStringLiteral("blf"), QStringLiteral("300"), QStringLiteral("bid"), QStringLiteral("3")});
        Fixture::press(Qt::Key_F2);
        QCOMPARE(page.warnings().size(), 1);
        QTest::qWait(200);
        QVERIFY(page.grab().save(screenshotPath(QStringLiteral("outpatient-doctor-warning.png"))));

        Fixture::press(Qt::Key_F5); // refused, focus on the reason
        Fixture::type(QStringLiteral("已询问，曾用阿莫西林无不良反应"));
        Fixture::press(Qt::Key_F5);
        QCOMPARE(page.prescription()->status, PrescriptionStatus::Signed);
        // A second patient, paid, so the queue shows more than one row.
        const QString child = f.addResident(QStringLiteral("王秀英"), QDate(1986, 4, 2));
        auto rx = f.signedAndPaid(child, {test::HisFixture::item(f.ibuprofen.id, 300, QStringLiteral("qd"), 2)});
        QVERIFY2(rx.has_value(), rx ? "" : qPrintable(rx.error().toString()));

        ui::his::PharmacyPage pharmacy(*f.services);
        pharmacy.resize(1300, 700);
        pharmacy.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pharmacy));
        QCOMPARE(pharmacy.queueSize(), 2);
        QTest::qWait(200);
        QVERIFY(pharmacy.grab().save(screenshotPath(QStringLiteral("outpatient-pharmacy-queue.png"))));
    }
};

QTEST_MAIN(TestOutpatientScreenshots)
#include "tst_outpatientscreenshots.moc"
