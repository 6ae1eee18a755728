// The receipt and the daily settlement report on A4. Printed in Chinese (financial papers
// kept with the clinic's accounts), whatever the UI language.
#include "cliniclink/ui/his/receiptprint.h"

#include "printpainter.h"

#include <QPageSize>
#include <QPdfWriter>

#include <functional>

namespace cliniclink::ui::his {

using cliniclink::his::formatYuan;
using cliniclink::his::PaymentMethod;

namespace {

constexpr qreal kMargin = 20;
constexpr qreal kInner = 210 - 2 * kMargin;

bool writeA4(const QString &path, const QString &title, const std::function<void(PrintPainter &)> &paint)
{
    QPdfWriter writer(path);
    if (!writer.setPageSize(QPageSize(QPageSize::A4)))
        return false;
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(300);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("ClinicLink"));
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    PrintPainter p(painter, writer.resolution());
    painter.setPen(Qt::black);
    paint(p);
    return painter.end();
}

// A ruled table row: cells of the given widths (mm), the first left-aligned, the rest right.
void row(PrintPainter &p, qreal y, const QList<qreal> &widths, const QStringList &cells)
{
    qreal x = kMargin;
    for (int i = 0; i < cells.size(); ++i) {
        const int align = (i == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter;
        p.text(x + 1.5, y, widths.at(i) - 3, 7, cells.at(i), align);
        x += widths.at(i);
    }
    p.line(kMargin, y + 7, kMargin + kInner, y + 7, 0.15);
}

} // namespace

QString paymentMethodPrintLabel(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::Cash: return QStringLiteral("现金");
    case PaymentMethod::BankCard: return QStringLiteral("银行卡");
    case PaymentMethod::HealthCard: return QStringLiteral("居民健康卡");
    case PaymentMethod::SocialSecurityCard: return QStringLiteral("社会保障卡");
    case PaymentMethod::Other: break;
    }
    return QStringLiteral("其他");
}

bool writeReceiptPdf(const Receipt &r, const QString &path)
{
    return writeA4(path, QStringLiteral("门诊收费收据"), [&](PrintPainter &p) {
        p.setFont(15, true);
        p.text(kMargin, 15, kInner, 9, r.clinicName, Qt::AlignCenter);
        p.setFont(18, true);
        p.text(kMargin, 25, kInner, 11, QStringLiteral("门诊收费收据"), Qt::AlignCenter);
        p.setFont(10);
        qreal y = 42;
        p.field(kMargin, y, 14, 60, QStringLiteral("收据号"), r.receiptNo);
        p.field(kMargin + 90, y, 18, 62, QStringLiteral("收费时间"), r.paidAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        y += 9;
        p.field(kMargin, y, 10, 40, QStringLiteral("姓名"), r.patientName);
        p.field(kMargin + 56, y, 14, 40, QStringLiteral("门诊号"), r.outpatientNo);
        p.field(kMargin + 116, y, 10, 44, QStringLiteral("费别"), r.feeCategory);
        y += 12;
        const QList<qreal> widths = {80, 30, 25, 35};
        p.setFont(10, true);
        p.line(kMargin, y, kMargin + kInner, y, 0.3);
        row(p, y, widths, {QStringLiteral("项目"), QStringLiteral("单价(元)"), QStringLiteral("数量"), QStringLiteral("金额(元)")});
        p.setFont(10);
        for (const ReceiptLine &l : r.lines) {
            y += 7;
            row(p, y, widths, {l.name, formatYuan(l.unitPriceFen), QString::number(l.quantity), formatYuan(l.amountFen)});
        }
        y += 11;
        p.setFont(12, true);
        p.text(kMargin, y, kInner, 8,
               QStringLiteral("合计：¥ %1    支付方式：%2").arg(formatYuan(r.totalFen), paymentMethodPrintLabel(r.method)),
               Qt::AlignRight | Qt::AlignVCenter);
        y += 14;
        p.setFont(10);
        p.field(kMargin + 110, y, 14, 46, QStringLiteral("收款人"), r.cashier);
    });
}

bool writeSettlementPdf(const SettlementReport &s, const QString &path)
{
    const cliniclink::his::DailyReport &d = s.report;
    return writeA4(path, QStringLiteral("门诊收费日结报表"), [&](PrintPainter &p) {
        p.setFont(15, true);
        p.text(kMargin, 15, kInner, 9, s.clinicName, Qt::AlignCenter);
        p.setFont(18, true);
        p.text(kMargin, 25, kInner, 11, QStringLiteral("门诊收费日结报表"), Qt::AlignCenter);
        p.setFont(10);
        qreal y = 42;
        p.field(kMargin, y, 18, 50, QStringLiteral("结算日期"), d.day.toString(QStringLiteral("yyyy-MM-dd")));
        p.field(kMargin + 90, y, 14, 66, QStringLiteral("收款员"), s.cashierName);
        y += 12;
        const QList<qreal> widths = {60, 40, 40, 30};
        p.setFont(10, true);
        p.line(kMargin, y, kMargin + kInner, y, 0.3);
        row(p, y, widths, {QStringLiteral("支付方式"), QStringLiteral("收款(元)"), QStringLiteral("退款(元)"), QStringLiteral("净额(元)")});
        p.setFont(10);
        const QList<PaymentMethod> methods = cliniclink::his::allPaymentMethods();
        for (PaymentMethod m : methods) {
            const QString key = cliniclink::his::paymentMethodKey(m);
            const cliniclink::his::Fen in = d.receivedByMethod.value(key), out = d.refundedByMethod.value(key);
            y += 7;
            row(p, y, widths, {paymentMethodPrintLabel(m), formatYuan(in), formatYuan(out), formatYuan(in - out)});
        }
        y += 7;
        p.setFont(10, true);
        row(p, y, widths, {QStringLiteral("合计"), formatYuan(d.received), formatYuan(d.refunded), formatYuan(d.net)});
        y += 14;
        p.setFont(10);
        p.text(kMargin, y, kInner, 7, QStringLiteral("收款笔数：%1    退款笔数：%2").arg(d.payments).arg(d.refunds));
        y += 16;
        p.field(kMargin, y, 18, 50, QStringLiteral("收款员签字"), QString());
        p.field(kMargin + 90, y, 18, 50, QStringLiteral("财务审核"), QString());
        y += 10;
        p.setFont(8);
        p.text(kMargin, y, kInner, 6, QStringLiteral("打印时间：%1").arg(s.printedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    });
}

} // namespace cliniclink::ui::his
