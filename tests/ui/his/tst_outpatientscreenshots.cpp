// Requirement: issue 5 §Show — under xvfb-run, screenshots (Chinese UI) of the doctor's screen
// showing a prescription warning and of the pharmacy queue, plus the doctor's screen after an
// amendment (timeline and trail), the pharmacy's receipt and stocktake, the cashier after a
// refund and the administrator's catalogue, into ${CLINICLINK_BUILD_DIR}/screenshots/ for a
// person to look at.
#include "outpatientscreenfixture.h"

#include "uitestsupport.h"

#include "cliniclink/ui/his/cashierpage.h"
#include "cliniclink/ui/his/catalogueadminpage.h"
#include "cliniclink/ui/his/doctorpage.h"
#include "cliniclink/ui/his/pharmacypage.h"
#include "cliniclink/ui/his/stockpanels.h"

#include <QDateEdit>
#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>

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

// Shows the page active (Xvfb has no window manager to activate it) and saves its picture.
bool shoot(QWidget &page, const QSize &size, const QString &name, bool alreadyShown = false)
{
    if (!alreadyShown) {
        page.resize(size);
        page.show();
        if (!QTest::qWaitForWindowExposed(&page))
            return false;
        page.activateWindow();
        QApplication::setActiveWindow(&page);
    }
    QTest::qWait(200);
    return page.grab().save(screenshotPath(name));
}
} // namespace

class TestOutpatientScreenshots : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        uitest::installLanguage(QStringLiteral("zh_CN"));
        QVERIFY(m_documents.isValid());
        qputenv("HOME", QFile::encodeName(m_documents.path())); // the note's PDF lands in a private Documents
        QStandardPaths::setTestModeEnabled(true);
    }

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

    void doctorAmended_pharmacyStock_cashier_catalogue()
    {
        Fixture f;
        f.setUpScreens();
        emr::NoteTemplate t;
        t.complaint = QStringLiteral("咽痛");
        t.sections = {{QStringLiteral("chiefComplaint"), QStringLiteral("咽痛、发热2天")}};
        QVERIFY(f.services->templates->save(t).has_value());
        ui::his::DoctorPage page(*f.services);
        QVERIFY(shoot(page, QSize(1500, 940), QStringLiteral("outpatient-doctor-empty.png")));
        page.findChild<QLineEdit *>()->setFocus();
        Fixture::type(QStringLiteral("ldy"));
        Fixture::press(Qt::Key_Return);
        Fixture::typeConsultation(QStringLiteral("受凉后出现咽痛，体温最高38.6℃"), QStringLiteral("抗感染、退热，多饮水"),
                                  {QStringLiteral("blf"), QStringLiteral("300"), QStringLiteral("bid"), QStringLiteral("3")});
        Fixture::press(Qt::Key_F5);
        QCOMPARE(page.note()->status, emr::NoteStatus::Signed);
        page.findChild<QPlainTextEdit *>(QStringLiteral("physicalExam"))->setPlainText(QStringLiteral("咽充血，扁桃体Ⅱ度肿大，可见脓点"));
        page.findChild<QLineEdit *>(QStringLiteral("amendReason"))->setText(QStringLiteral("补记查体"));
        QVERIFY(page.amend());
        QCOMPARE(page.amendmentLines().size(), 1);
        QVERIFY(!page.printNote().isEmpty());
        QVERIFY(shoot(page, {}, QStringLiteral("outpatient-doctor-amended.png"), true));

        ui::his::CashierPage cashier(*f.services);
        QVERIFY(cashier.openLatestVisit(f.resident));
        cashier.setMethod(PaymentMethod::SocialSecurityCard);
        QVERIFY(cashier.pay());
        cashier.findChild<QLineEdit *>(QStringLiteral("refundReason"))->setText(QStringLiteral("患者放弃取药"));
        QVERIFY(cashier.refund());
        QVERIFY(shoot(cashier, QSize(1200, 760), QStringLiteral("outpatient-cashier-refund.png")));

        ui::his::PharmacyPage pharmacy(*f.services);
        pharmacy.showTab(ui::his::PharmacyPage::Receipt);
        ui::his::StockReceiptPanel *receipt = pharmacy.receiptPanel();
        QVERIFY(receipt->chooseDrug(QStringLiteral("blf")));
        receipt->findChild<QLineEdit *>(QStringLiteral("batchNo"))->setText(QStringLiteral("I2801"));
        receipt->findChild<QDateEdit *>(QStringLiteral("expiry"))->setDate(f.today().addYears(2));
        receipt->findChild<QLineEdit *>(QStringLiteral("supplier"))->setText(QStringLiteral("县医药公司"));
        receipt->findChild<QSpinBox *>(QStringLiteral("quantity"))->setValue(50);
        receipt->findChild<QLineEdit *>(QStringLiteral("unitCost"))->setText(QStringLiteral("0.40"));
        QVERIFY(receipt->receive());
        QVERIFY(shoot(pharmacy, QSize(1300, 760), QStringLiteral("outpatient-pharmacy-receipt.png")));
        pharmacy.showTab(ui::his::PharmacyPage::Stocktake);
        ui::his::StocktakePanel *take = pharmacy.stocktakePanel();
        auto *counts = take->findChild<QTableWidget *>();
        for (int r = 0; r < counts->rowCount(); ++r)
            take->setCount(r, counts->item(r, 3)->text().toLongLong() - (r == 0 ? 2 : 0));
        QVERIFY(take->record());
        QVERIFY(shoot(pharmacy, {}, QStringLiteral("outpatient-pharmacy-stocktake.png"), true));

        f.services.reset(); // the administrator at the same PC
        f.reg.session.reset();
        auto admin = f.reg.clinic.signIn(QStringLiteral("admin"), test::kAdminPassword);
        QVERIFY(admin.has_value());
        ui::his::OutpatientServices services(**admin);
        ui::his::CatalogueAdminPage catalogue(services);
        QVERIFY(catalogue.openDrug(f.amoxicillin.id));
        catalogue.findChild<QLineEdit *>(QStringLiteral("insuranceCode"))->setText(QStringLiteral("XJ01CAA040A001010101"));
        QVERIFY(!catalogue.insuranceCodeAccepted());
        QVERIFY(shoot(catalogue, QSize(1400, 860), QStringLiteral("outpatient-catalogue.png")));
    }

private:
    QTemporaryDir m_documents;
};

QTEST_MAIN(TestOutpatientScreenshots)
#include "tst_outpatientscreenshots.moc"
