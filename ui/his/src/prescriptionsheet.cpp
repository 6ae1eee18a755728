// The printed 处方笺. Its words are Chinese whatever the UI language: it is a legal document
// in the 处方管理办法 layout (前记, Rp 正文, 后记), not a translatable screen.
#include "cliniclink/ui/his/prescriptionsheet.h"

#include "printpainter.h"

#include <QPageSize>
#include <QPdfWriter>

namespace cliniclink::ui::his {

using cliniclink::his::PrescriptionType;

namespace {

constexpr qreal kWidth = 148; // A5, mm
constexpr qreal kMargin = 10;
constexpr qreal kInner = kWidth - 2 * kMargin;

void paintCornerLabel(PrintPainter &p, PrescriptionType type)
{
    const QString label = cliniclink::his::prescriptionTypeLabel(type);
    if (label.isEmpty())
        return;
    QPainter &painter = p.painter();
    painter.setPen(QPen(Qt::black, p.px(0.5)));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(p.rect(kWidth - kMargin - 24, 6, 24, 10));
    p.setFont(14, true);
    p.text(kWidth - kMargin - 24, 6, 24, 10, label, Qt::AlignCenter);
}

// 前记: who, what for, paid how. Returns the y below it.
qreal paintHeader(PrintPainter &p, const PrescriptionSheet &s)
{
    p.setFont(13, true);
    p.text(kMargin, 8, kInner, 8, s.clinicName, Qt::AlignCenter);
    p.setFont(17, true);
    p.text(kMargin, 16, kInner, 10, QStringLiteral("处 方 笺"), Qt::AlignCenter);

    p.setFont(9);
    qreal y = 30;
    p.field(kMargin, y, 10, 30, QStringLiteral("费别"), s.feeCategory);
    p.field(kMargin + 42, y, 13, 35, QStringLiteral("门诊号"), s.outpatientNo);
    p.field(kMargin + 92, y, 10, 26, QStringLiteral("科别"), s.department);
    y += 8;
    p.field(kMargin, y, 10, 30, QStringLiteral("姓名"), s.patientName);
    p.field(kMargin + 42, y, 10, 12, QStringLiteral("性别"), s.sex);
    p.field(kMargin + 66, y, 10, 22, QStringLiteral("年龄"), s.ageText);
    if (s.weightKg)
        p.field(kMargin + 100, y, 10, 18, QStringLiteral("体重"), QStringLiteral("%1 kg").arg(*s.weightKg, 0, 'f', 1));
    y += 8;
    p.field(kMargin, y, 18, kInner - 18, QStringLiteral("临床诊断"), s.diagnosis);
    y += 8;
    p.field(kMargin, y, 18, 40, QStringLiteral("开具日期"), s.date.toString(QStringLiteral("yyyy年M月d日")));
    p.field(kMargin + 62, y, 13, kInner - 75, QStringLiteral("处方号"), s.prescriptionNo);
    y += 9;
    p.line(kMargin, y, kWidth - kMargin, y, 0.4);
    return y + 2;
}

// 正文: Rp, one drug per line with its usage below; the blank rest is struck through
// (开具后空白处划斜线) so nothing can be added by hand.
void paintBody(PrintPainter &p, const PrescriptionSheet &s, qreal top, qreal bottom)
{
    p.setFont(18, true);
    p.text(kMargin, top, 14, 10, QStringLiteral("Rp"));
    qreal y = top + 11;
    int n = 0;
    for (const SheetItem &item : s.items) {
        p.setFont(10, true);
        p.text(kMargin + 4, y, 90, 6, QStringLiteral("%1. %2  %3").arg(++n).arg(item.name, item.strength));
        p.text(kWidth - kMargin - 28, y, 28, 6, QStringLiteral("× %1").arg(item.quantity), Qt::AlignRight | Qt::AlignVCenter);
        p.setFont(9);
        p.text(kMargin + 9, y + 6, kInner - 9, 6, QStringLiteral("用法：%1").arg(item.usage));
        y += 14;
    }
    if (y < bottom - 6)
        p.line(kMargin + 20, bottom - 4, kWidth - kMargin - 20, y + 2, 0.25);
}

// 后记: the doctor's signature, the amount, and the four pharmacist signatures.
void paintFooter(PrintPainter &p, const PrescriptionSheet &s, qreal top)
{
    p.line(kMargin, top, kWidth - kMargin, top, 0.4);
    p.setFont(9);
    qreal y = top + 3;
    p.field(kMargin, y, 10, 40, QStringLiteral("医师"), s.doctor);
    p.field(kMargin + 66, y, 18, 34, QStringLiteral("药品金额"), QStringLiteral("¥ %1").arg(cliniclink::his::formatYuan(s.amountFen)));
    y += 9;
    const QStringList roles = {QStringLiteral("审核"), QStringLiteral("调配"), QStringLiteral("核对"), QStringLiteral("发药")};
    for (int i = 0; i < roles.size(); ++i)
        p.field(kMargin + i * 32, y, 9, 21, roles.at(i), QString());
    y += 9;
    p.setFont(7.5);
    p.text(kMargin, y, kInner, 5, QStringLiteral("本处方当日有效，特殊情况注明有效期限，最长不超过3天。"), Qt::AlignCenter);
}

} // namespace

QColor prescriptionPaperColour(PrescriptionType type)
{
    switch (type) {
    case PrescriptionType::Emergency: return QColor(0xff, 0xf6, 0xc4);      // 淡黄
    case PrescriptionType::Paediatric: return QColor(0xdc, 0xf2, 0xd4);     // 淡绿
    case PrescriptionType::NarcoticPsych1: return QColor(0xfa, 0xd9, 0xd9); // 淡红
    case PrescriptionType::Ordinary:
    case PrescriptionType::Psych2: break;
    }
    return Qt::white;
}

void paintPrescription(QPainter &painter, const PrescriptionSheet &sheet, const QRectF &page, qreal dpi)
{
    painter.save();
    painter.fillRect(page, prescriptionPaperColour(sheet.type));
    PrintPainter p(painter, dpi, QPointF(page.x() * 25.4 / dpi, page.y() * 25.4 / dpi));
    const qreal heightMm = page.height() * 25.4 / dpi;
    paintCornerLabel(p, sheet.type);
    const qreal bodyTop = paintHeader(p, sheet);
    const qreal footerTop = heightMm - 38;
    paintBody(p, sheet, bodyTop, footerTop);
    paintFooter(p, sheet, footerTop);
    painter.restore();
}

bool writePrescriptionPdf(const PrescriptionSheet &sheet, const QString &path)
{
    QPdfWriter writer(path);
    if (!writer.setPageSize(QPageSize(QPageSize::A5)))
        return false;
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(300);
    writer.setTitle(QStringLiteral("处方笺"));
    writer.setCreator(QStringLiteral("ClinicLink"));
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    const qreal dpi = writer.resolution();
    paintPrescription(painter, sheet, QRectF(0, 0, 148 * dpi / 25.4, 210 * dpi / 25.4), dpi);
    return painter.end();
}

} // namespace cliniclink::ui::his
