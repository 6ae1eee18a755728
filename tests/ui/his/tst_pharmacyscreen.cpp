// Requirement: issue 5 §Build 2/3 — the pharmacy's stock work on screen, offscreen: a receipt by
// batch (expiry, supplier, cost in yuan), the low-stock and near-expiry lists, a return taken
// back into stock with a reason, and a stocktake whose differences are shown and booked.
#include "outpatientscreenfixture.h"

#include "cliniclink/ui/his/pharmacypage.h"
#include "cliniclink/ui/his/stockpanels.h"

#include <QDateEdit>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableWidget>

using namespace cliniclink;
using namespace cliniclink::his;
using Fixture = test::OutpatientScreenFixture;

class TestPharmacyScreen : public QObject {
    Q_OBJECT
private slots:
    void receipt_lists_return_stocktake()
    {
        Fixture f;
        f.setUpScreens();
        ui::his::PharmacyPage page(*f.services);
        page.resize(1300, 800);
        page.show();
        QApplication::setActiveWindow(&page);
        QVERIFY(QTest::qWaitForWindowActive(&page));

        // Near expiry: the amoxicillin batch expires in two months (the list covers 90 days).
        QCOMPARE(page.nearExpiryRows(), 1);
        QCOMPARE(page.lowStockRows(), 0);

        // 入库: 50 ibuprofen of batch I2801 from the county company at 0.40 yuan.
        page.showTab(ui::his::PharmacyPage::Receipt);
        ui::his::StockReceiptPanel *receipt = page.receiptPanel();
        auto *search = receipt->findChild<QLineEdit *>(QStringLiteral("receiptDrugSearch"));
        search->setFocus();
        Fixture::type(QStringLiteral("blf"));
        Fixture::press(Qt::Key_Return); // picks, focus to the batch number
        QCOMPARE(receipt->batchRows(), 1);
        Fixture::type(QStringLiteral("I2801"));
        const QDate expiry = f.today().addYears(2);
        receipt->findChild<QDateEdit *>(QStringLiteral("expiry"))->setDate(expiry);
        receipt->findChild<QLineEdit *>(QStringLiteral("supplier"))->setText(QStringLiteral("县医药公司"));
        receipt->findChild<QSpinBox *>(QStringLiteral("quantity"))->setValue(50);
        receipt->findChild<QLineEdit *>(QStringLiteral("unitCost"))->setText(QStringLiteral("0.40"));
        Fixture::press(Qt::Key_F2);
        QVERIFY2(receipt->statusText().contains(QStringLiteral("I2801")), qPrintable(receipt->statusText()));
        QCOMPARE(receipt->batchRows(), 2);
        QCOMPARE(*f.pharmacy->available(f.ibuprofen.id), 20 + 50);
        auto batches = f.pharmacy->batches(f.ibuprofen.id);
        bool seen = false;
        for (const StockBatch &b : *batches)
            seen = seen || (b.batchNo == QStringLiteral("I2801") && b.expiry == expiry && b.quantity == 50);
        QVERIFY(seen);

        // Without a batch number the receipt is refused; the form keeps what was typed.
        QVERIFY(receipt->chooseDrug(QStringLiteral("blf")));
        receipt->findChild<QLineEdit *>(QStringLiteral("supplier"))->setText(QStringLiteral("市药材公司"));
        QVERIFY(!receipt->receive());
        QCOMPARE(receipt->findChild<QLineEdit *>(QStringLiteral("supplier"))->text(), QStringLiteral("市药材公司"));
        QCOMPARE(*f.pharmacy->available(f.ibuprofen.id), 20 + 50);

        // Low stock once the threshold is above what is left.
        Drug amox = *f.services->catalogue->drug(f.amoxicillin.id);
        amox.lowStockThreshold = 150;
        QVERIFY(f.services->catalogue->saveDrug(amox).has_value());
        page.refresh();
        QCOMPARE(page.lowStockRows(), 1);

        // 退药: a dispensed prescription, two units taken back with a reason.
        const QString other = f.addResident(QStringLiteral("王秀英"), QDate(1986, 4, 2));
        auto rx = f.signedAndPaid(other, {test::HisFixture::item(f.ibuprofen.id, 300, QStringLiteral("bid"), 2)});
        QVERIFY2(rx.has_value(), rx ? "" : qPrintable(rx.error().toString()));
        QVERIFY(f.pharmacy->dispense(rx->id).has_value());
        const qint64 afterDispense = *f.pharmacy->available(f.ibuprofen.id);
        page.showTab(ui::his::PharmacyPage::Returns);
        ui::his::StockReturnPanel *returns = page.returnPanel();
        QCOMPARE(returns->prescriptionRows(), 1);
        QVERIFY(returns->selectPrescription(0));
        returns->findChild<QSpinBox *>(QStringLiteral("returnQuantity"))->setValue(2);
        Fixture::press(Qt::Key_F2); // refused: no reason
        QCOMPARE(*f.pharmacy->available(f.ibuprofen.id), afterDispense);
        QCOMPARE(QApplication::focusWidget(), returns->findChild<QLineEdit *>(QStringLiteral("returnReason")));
        Fixture::type(QStringLiteral("患者未服用"));
        Fixture::press(Qt::Key_Return);
        QCOMPARE(*f.pharmacy->available(f.ibuprofen.id), afterDispense + 2);

        // 盘点: the amoxicillin batch counted 3 short; the difference is shown and booked.
        page.showTab(ui::his::PharmacyPage::Stocktake);
        ui::his::StocktakePanel *take = page.stocktakePanel();
        QCOMPARE(take->batchRows(), 3); // A2611, I2701, I2801
        const qint64 amoxBefore = *f.pharmacy->available(f.amoxicillin.id);
        int amoxRow = -1;
        auto *counts = take->findChild<QTableWidget *>();
        for (int r = 0; r < counts->rowCount(); ++r)
            if (counts->item(r, 1)->text() == QStringLiteral("A2611"))
                amoxRow = r;
        QVERIFY(amoxRow >= 0);
        QVERIFY(take->setCount(amoxRow, amoxBefore - 3));
        Fixture::press(Qt::Key_F2);
        QCOMPARE(take->differences().size(), 1);
        QCOMPARE(take->differences().first().difference, -3);
        QVERIFY2(take->statusText().contains(QLatin1Char('1')), qPrintable(take->statusText()));
        QCOMPARE(*f.pharmacy->available(f.amoxicillin.id), amoxBefore - 3);
    }
};

QTEST_MAIN(TestPharmacyScreen)
#include "tst_pharmacyscreen.moc"
