#pragma once

#include <QDateTime>
#include <QList>
#include <QPageSize>
#include <QPair>
#include <QString>
#include <QStringList>

namespace cliniclink::ui::his {

// Everything printed on a 门诊病历 (outpatient note), already in the paper's Chinese words, so
// printing is a pure function of this value like the 处方笺.
struct OutpatientNotePaper {
    QString clinicName;
    QString department;
    QString outpatientNo;
    QString patientName;
    QString sex;
    QString ageText;
    QString visitKind;   // 初诊 / 复诊
    QString feeCategory; // 费别
    QDateTime visitTime; // local time
    QList<QPair<QString, QString>> sections; // 主诉 …, in the paper's order; empty ones skipped
    QStringList diagnoses;  // "J03.9 急性扁桃体炎（主要诊断）"
    QString doctor;         // empty: an unsigned draft, printed as such
    QDateTime signedTime;   // local time
    QStringList amendments; // 痕迹保留: every amendment printed, never hidden
};

// Writes the note as a PDF on A5 or A4 (more pages when the text needs them). False when
// the file cannot be written.
bool writeOutpatientNotePdf(const OutpatientNotePaper &paper, const QString &path, QPageSize::PageSizeId size);

} // namespace cliniclink::ui::his
