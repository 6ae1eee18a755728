#pragma once

#include "cliniclink/his/billing.h"
#include "cliniclink/his/money.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace cliniclink::ui::his {

// The Chinese name of a payment method as printed (现金, 银行卡, 居民健康卡, 社会保障卡, 其他).
QString paymentMethodPrintLabel(cliniclink::his::PaymentMethod method);

struct ReceiptLine {
    QString name;
    cliniclink::his::Fen unitPriceFen = 0;
    qint64 quantity = 0;
    cliniclink::his::Fen amountFen = 0;
};

// 门诊收费收据: one payment of one visit.
struct Receipt {
    QString clinicName;
    QString receiptNo; // the payment id
    QDateTime paidAt;  // local time
    QString patientName;
    QString outpatientNo;
    QString feeCategory;
    QList<ReceiptLine> lines;
    cliniclink::his::Fen totalFen = 0;
    cliniclink::his::PaymentMethod method = cliniclink::his::PaymentMethod::Cash;
    QString cashier;
};

// 日结报表 of one cashier and one day.
struct SettlementReport {
    QString clinicName;
    QString cashierName;
    cliniclink::his::DailyReport report;
    QDateTime printedAt;
};

bool writeReceiptPdf(const Receipt &receipt, const QString &path);            // A4
bool writeSettlementPdf(const SettlementReport &report, const QString &path); // A4

} // namespace cliniclink::ui::his
