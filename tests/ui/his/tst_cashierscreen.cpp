// Requirement: issue 5 §Build 2/3 — the cashier screen, offscreen: charges of a visit (the
// registration fee and a signed prescription), payment by each method, a fee item added at the
// desk by its 拼音码, refunds with their reason (refused without one, never twice), and the
// daily settlement closed, stored and printed with totals equal to the payments.
#include "outpatientscreenfixture.h"

#include "cliniclink/his/hisrecords.h"
#include "cliniclink/ui/his/cashierpage.h"

#include <QFileInfo>
#include <QLineEdit>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace cliniclink;
using namespace cliniclink::his;
using Fixture = test::OutpatientScreenFixture;

class TestCashierScreen : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_documents.isValid());
        qputenv("HOME", QFile::encodeName(m_documents.path()));
        QStandardPaths::setTestModeEnabled(true);
    }

    void chargePayEachMethodRefundSettle()
    {
        Fixture f;
        f.setUpScreens();
        ui::his::CashierPage page(*f.services);
        page.resize(1200, 800);
        page.show();
        QApplication::setActiveWindow(&page);
        QVERIFY(QTest::qWaitForWindowActive(&page));

        Fen expectedByMethod[5] = {};
        Fen received = 0;
        int n = 0;
        for (PaymentMethod method : allPaymentMethods()) {
            // Each patient: a visit with a signed prescription of ibuprofen, 2 × qd × 2 days.
            const QString patient = f.addResident(QStringLiteral("患者%1").arg(QChar(u'甲' + n)), QDate(1970, 1, 1 + n));
            auto rx = f.draft(patient, {test::HisFixture::item(f.ibuprofen.id, 300, QStringLiteral("qd"), 2)});
            QVERIFY2(rx.has_value(), rx ? "" : qPrintable(rx.error().toString()));
            QVERIFY(f.prescribing->sign(rx->id, rx->version).has_value());

            QVERIFY(page.openLatestVisit(patient));
            auto due = f.billing->amountDue(rx->visitId);
            QVERIFY(due.has_value());
            QCOMPARE(*due, 100 + 2 * 60); // registration 1.00 + 2 capsules at 0.60
            page.setMethod(method);
            Fixture::press(Qt::Key_F5);
            QCOMPARE(*f.billing->amountDue(rx->visitId), 0);
            QCOMPARE(page.paymentRows(), 1);
            auto payments = f.billing->payments(rx->visitId);
            QCOMPARE(payments->first().method, method);
            expectedByMethod[n] += *due;
            received += *due;
            ++n;
        }

        // A fee item added at the desk by its 拼音码 (肌肉注射 → jrzs), then paid.
        his::FeeItem injection;
        injection.code = QStringLiteral("120400001");
        injection.name = QStringLiteral("肌肉注射");
        injection.kind = FeeKind::Injection;
        injection.priceFen = 250;
        injection.unit = QStringLiteral("次");
        QVERIFY(f.services->catalogue->saveFeeItem(injection).has_value());
        auto *feeField = page.findChild<QLineEdit *>(QStringLiteral("feeSearch"));
        feeField->setFocus();
        Fixture::type(QStringLiteral("jrzs"));
        Fixture::press(Qt::Key_Return);
        QVERIFY2(page.statusText().contains(QStringLiteral("2.50")), qPrintable(page.statusText()));
        page.setMethod(PaymentMethod::Cash);
        Fixture::press(Qt::Key_F5);
        expectedByMethod[0] += 250;
        received += 250;
        QCOMPARE(page.paymentRows(), 2);

        // Refund the injection payment (nothing dispensed): F6 without a reason is refused first.
        Fixture::press(Qt::Key_F6);
        QCOMPARE(page.paymentRows(), 2);
        QCOMPARE(QApplication::focusWidget(), page.findChild<QLineEdit *>(QStringLiteral("refundReason")));
        Fixture::type(QStringLiteral("未注射"));
        Fixture::press(Qt::Key_F6);
        QCOMPARE(page.paymentRows(), 3);
        QVERIFY2(page.statusText().contains(QStringLiteral("2.50")), qPrintable(page.statusText()));
        // Then the prescription payment of the same visit, also refundable (drugs not out).
        page.findChild<QLineEdit *>(QStringLiteral("refundReason"))->setText(QStringLiteral("患者放弃取药"));
        Fixture::press(Qt::Key_F6);
        QCOMPARE(page.paymentRows(), 4);
        QVERIFY2(page.statusText().contains(QStringLiteral("2.20")), qPrintable(page.statusText()));
        page.findChild<QLineEdit *>(QStringLiteral("refundReason"))->setText(QStringLiteral("再退一次"));
        Fixture::press(Qt::Key_F6); // nothing left to refund on this visit
        QCOMPARE(page.paymentRows(), 4);

        // 日结: F10 stores the settlement record and prints it; totals equal what was taken.
        Fixture::press(Qt::Key_F10);
        const QString pdf = page.statusText().section(QLatin1Char(' '), -1).chopped(1);
        QVERIFY2(QFileInfo(pdf).size() > 1000, qPrintable(page.statusText()));
        auto report = f.billing->dailyReport(f.reg.session->user().username, f.today());
        QVERIFY(report.has_value());
        QCOMPARE(report->received, received);
        QCOMPARE(report->refunded, 220 + 250);
        QCOMPARE(report->net, received - 470);
        QCOMPARE(report->payments, 6);
        QCOMPARE(report->refunds, 2);
        for (int i = 0; i < n; ++i)
            QCOMPARE(report->receivedByMethod.value(paymentMethodKey(allPaymentMethods().at(i))), expectedByMethod[i]);
        auto settlements = f.store().records(QLatin1String(kSettlementRecord));
        QVERIFY(settlements.has_value());
        QCOMPARE(settlements->size(), 1);
        QCOMPARE(settlements->first().payload.value(QStringLiteral("netFen")).toInteger(), received - 470);
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(30000));
        const QString words = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(words.contains(formatYuan(received - 470)), qPrintable(words));
        QVERIFY(words.contains(formatYuan(470)));
    }

private:
    QTemporaryDir m_documents;
};

QTEST_MAIN(TestCashierScreen)
#include "tst_cashierscreen.moc"
