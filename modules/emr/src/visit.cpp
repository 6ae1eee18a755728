#include "cliniclink/emr/visit.h"

using namespace Qt::StringLiterals;

namespace cliniclink::emr {

QString visitKindKey(VisitKind k) { return k == VisitKind::Return ? u"return"_s : u"first"_s; }
QString visitKindLabel(VisitKind k) { return k == VisitKind::Return ? u"复诊"_s : u"初诊"_s; }

VisitKind parseVisitKind(const QString &key) { return key == u"return"_s ? VisitKind::Return : VisitKind::First; }

QString feeCategoryKey(FeeCategory f)
{
    switch (f) {
    case FeeCategory::SelfPay: return u"self_pay"_s;
    case FeeCategory::ResidentInsurance: return u"resident_insurance"_s;
    case FeeCategory::EmployeeInsurance: return u"employee_insurance"_s;
    case FeeCategory::Other: return u"other"_s;
    }
    return {};
}

QString feeCategoryLabel(FeeCategory f)
{
    switch (f) {
    case FeeCategory::SelfPay: return u"自费"_s;
    case FeeCategory::ResidentInsurance: return u"城乡居民医保"_s;
    case FeeCategory::EmployeeInsurance: return u"职工医保"_s;
    case FeeCategory::Other: return u"其他"_s;
    }
    return {};
}

FeeCategory parseFeeCategory(const QString &key)
{
    for (FeeCategory f : {FeeCategory::ResidentInsurance, FeeCategory::EmployeeInsurance, FeeCategory::Other})
        if (feeCategoryKey(f) == key)
            return f;
    return FeeCategory::SelfPay;
}

QJsonObject Visit::toJson() const
{
    return {{u"residentId"_s, residentId},
            {u"kind"_s, visitKindKey(kind)},
            {u"feeCategory"_s, feeCategoryKey(feeCategory)},
            {u"date"_s, date.toString(Qt::ISODate)},
            {u"registeredAt"_s, registeredUtc.toString(Qt::ISODateWithMs)},
            {u"registeredBy"_s, registeredBy},
            {u"department"_s, department},
            {u"vitals"_s, vitals.toJson()}};
}

Visit Visit::fromJson(const QString &id, qint64 version, const QJsonObject &o)
{
    Visit v;
    v.id = id;
    v.version = version;
    v.residentId = o.value(u"residentId"_s).toString();
    v.kind = parseVisitKind(o.value(u"kind"_s).toString());
    v.feeCategory = parseFeeCategory(o.value(u"feeCategory"_s).toString());
    v.date = QDate::fromString(o.value(u"date"_s).toString(), Qt::ISODate);
    v.registeredUtc = QDateTime::fromString(o.value(u"registeredAt"_s).toString(), Qt::ISODateWithMs);
    v.registeredBy = o.value(u"registeredBy"_s).toString();
    v.department = o.value(u"department"_s).toString();
    v.vitals = Vitals::fromJson(o.value(u"vitals"_s).toObject());
    return v;
}

} // namespace cliniclink::emr
