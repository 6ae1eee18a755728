#pragma once

#include "cliniclink/emr/vitals.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace cliniclink::emr {

enum class VisitKind { First, Return }; // 初诊 / 复诊
// 费别 on the registration and the prescription.
enum class FeeCategory { SelfPay, ResidentInsurance, EmployeeInsurance, Other }; // 自费, 城乡居民医保, 职工医保, 其他

QString visitKindKey(VisitKind k);       // "first", "return"
QString feeCategoryKey(FeeCategory f);   // "self_pay", "resident_insurance", "employee_insurance", "other"
QString feeCategoryLabel(FeeCategory f); // the Chinese label printed on the 处方笺
QString visitKindLabel(VisitKind k);     // 初诊 / 复诊, as printed on the 门诊病历
VisitKind parseVisitKind(const QString &key);
FeeCategory parseFeeCategory(const QString &key);

// An outpatient visit (门诊挂号 + the vitals taken at it).
struct Visit {
    QString id;
    qint64 version = 0;
    QString residentId;
    VisitKind kind = VisitKind::First;
    FeeCategory feeCategory = FeeCategory::SelfPay;
    QDate date;
    QDateTime registeredUtc;
    QString registeredBy;
    QString department; // 科别, e.g. "全科"
    Vitals vitals;

    QJsonObject toJson() const;
    static Visit fromJson(const QString &id, qint64 version, const QJsonObject &o);
};

} // namespace cliniclink::emr
