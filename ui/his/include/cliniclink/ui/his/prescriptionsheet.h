#pragma once

#include "cliniclink/his/money.h"
#include "cliniclink/his/prescription.h"

#include <QColor>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

class QPainter;

namespace cliniclink::ui::his {

// One Rp line as printed: what the pharmacist reads, already in words and units.
struct SheetItem {
    QString name;     // 通用名 + 剂型
    QString strength; // 规格
    QString quantity; // "24粒"
    QString usage;    // "每次 0.5 g  口服  每日三次  3 天"
};

// Everything printed on a 处方笺 (处方管理办法 前记 / 正文 / 后记), with no store behind it, so
// printing stays a pure function of this value.
struct PrescriptionSheet {
    cliniclink::his::PrescriptionType type = cliniclink::his::PrescriptionType::Ordinary;
    QString clinicName;
    QString feeCategory; // 费别
    QString outpatientNo; // 门诊号
    QString department;   // 科别
    QString prescriptionNo;
    QDate date;
    QString patientName;
    QString sex;
    QString ageText; // 实足年龄; infants in days/months
    std::optional<double> weightKg;
    QString diagnosis;
    QList<SheetItem> items;
    QString doctor; // printed signature of the signing doctor (empty: draft)
    cliniclink::his::Fen amountFen = 0;
};

// The paper tint by type: white, light yellow (急诊), light green (儿科), light red (麻、精一), white (精二).
QColor prescriptionPaperColour(cliniclink::his::PrescriptionType type);

// Paints one sheet into `page` (device pixels at `dpi`).
void paintPrescription(QPainter &painter, const PrescriptionSheet &sheet, const QRectF &page, qreal dpi);

// Writes the sheet as a one-page A5 PDF. False when the file cannot be written.
bool writePrescriptionPdf(const PrescriptionSheet &sheet, const QString &path);

} // namespace cliniclink::ui::his
