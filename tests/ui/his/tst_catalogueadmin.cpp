// Requirement: issue 5 §Build 3 — catalogue management for the administrator, offscreen: the
// 医保 code checked as typed and refused on save (nothing typed is lost), price typed in yuan
// and kept in fen, 拼音码 computed then edited by hand, 五笔码 entered and searchable,
// 基本药物 flag, fee items with their price.
#include "outpatientscreenfixture.h"

#include "cliniclink/ui/his/catalogueadminpage.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QTabWidget>

using namespace cliniclink;
using namespace cliniclink::his;
using Fixture = test::OutpatientScreenFixture;

class TestCatalogueAdmin : public QObject {
    Q_OBJECT
private slots:
    void administratorEditsDrugsAndFees()
    {
        Fixture f;
        f.setUpScreens();
        f.services.reset(); // the doctor signs out; the administrator signs in at this PC
        f.reg.session.reset();
        auto admin = f.reg.clinic.signIn(QStringLiteral("admin"), test::kAdminPassword);
        QVERIFY2(admin.has_value(), admin ? "" : qPrintable(admin.error().toString()));
        ui::his::OutpatientServices services(**admin);
        ui::his::CatalogueAdminPage page(services);
        page.resize(1400, 860);
        page.show();
        QApplication::setActiveWindow(&page);
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QCOMPARE(page.drugRows(), 2); // the fixture's amoxicillin and ibuprofen

        auto edit = [&page](const char *name) { return page.findChild<QLineEdit *>(QLatin1String(name)); };
        Fixture::press(Qt::Key_F4); // a new drug; the focus goes to the generic name
        QCOMPARE(QApplication::focusWidget(), edit("genericName"));
        Fixture::type(QStringLiteral("硝苯地平缓释片"));
        edit("form")->setText(QStringLiteral("缓释片"));
        edit("strength")->setText(QStringLiteral("20mg"));
        edit("unit")->setText(QStringLiteral("片"));
        edit("doseUnit")->setText(QStringLiteral("mg"));
        edit("dosePerUnit")->setText(QStringLiteral("20"));
        edit("price")->setText(QStringLiteral("0.35"));
        edit("insuranceCode")->setFocus();
        Fixture::type(QStringLiteral("XC08CA"));
        QVERIFY(!page.insuranceCodeAccepted()); // checked as typed
        Fixture::press(Qt::Key_F2);
        QVERIFY2(page.statusText().contains(QStringLiteral("23")), qPrintable(page.statusText()));
        QCOMPARE(page.drugRows(), 2);                                          // refused
        QCOMPARE(edit("genericName")->text(), QStringLiteral("硝苯地平缓释片")); // nothing typed is lost
        edit("insuranceCode")->setText(QStringLiteral("XC08CAN054A001010100001"));
        QVERIFY(page.insuranceCodeAccepted());
        page.findChild<QCheckBox *>(QStringLiteral("essential"))->setChecked(true); // 基本药物
        Fixture::press(Qt::Key_F2);
        QCOMPARE(page.drugRows(), 3);
        auto drugs = services.catalogue->searchDrugs(QStringLiteral("硝苯地平"));
        QVERIFY(drugs.has_value() && drugs->size() == 1);
        Drug d = drugs->first();
        QCOMPARE(d.priceFen, 35); // 0.35 yuan kept as 35 fen
        QVERIFY(d.essential);
        QCOMPARE(d.insuranceCode, QStringLiteral("XC08CAN054A001010100001"));
        QVERIFY2(d.pinyinCode.startsWith(QStringLiteral("xbdp")), qPrintable(d.pinyinCode)); // computed
        QCOMPARE(edit("price")->text(), QStringLiteral("0.35"));                               // shown as yuan

        // 拼音码 edited by hand and 五笔码 entered; the list finds the drug by its 五笔码.
        edit("pinyinCode")->setText(QStringLiteral("xbdpsp"));
        edit("wubiCode")->setText(QStringLiteral("dafg"));
        Fixture::press(Qt::Key_F2);
        d = *services.catalogue->drug(d.id);
        QCOMPARE(d.pinyinCode, QStringLiteral("xbdpsp"));
        QCOMPARE(d.wubiCode, QStringLiteral("dafg"));
        edit("drugSearch")->setText(QStringLiteral("dafg"));
        QCOMPARE(page.drugRows(), 1);

        // A fee item: 肌肉注射 2.5 yuan.
        page.findChild<QTabWidget *>()->setCurrentIndex(1);
        const int feesBefore = page.feeRows();
        Fixture::press(Qt::Key_F4);
        QCOMPARE(QApplication::focusWidget(), edit("feeCode"));
        Fixture::type(QStringLiteral("120400001"));
        edit("feeName")->setText(QStringLiteral("肌肉注射"));
        edit("feePrice")->setText(QStringLiteral("2.5"));
        edit("feeUnit")->setText(QStringLiteral("次"));
        Fixture::press(Qt::Key_F2);
        QCOMPARE(page.feeRows(), feesBefore + 1);
        auto fees = services.catalogue->feeItems();
        QVERIFY(fees.has_value());
        bool found = false;
        for (const FeeItem &fee : *fees)
            if (fee.name == QStringLiteral("肌肉注射")) {
                found = true;
                QCOMPARE(fee.priceFen, 250);
                QCOMPARE(fee.code, QStringLiteral("120400001"));
            }
        QVERIFY(found);
        // A price with three decimals is refused, the form keeps it.
        edit("feePrice")->setText(QStringLiteral("2.505"));
        Fixture::press(Qt::Key_F2);
        QCOMPARE(edit("feePrice")->text(), QStringLiteral("2.505"));
        QCOMPARE(services.catalogue->feeItems()->size(), fees->size());
    }
};

QTEST_MAIN(TestCatalogueAdmin)
#include "tst_catalogueadmin.moc"
