#include "cliniclink/his/drug.h"

#include "jsonfields.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace cliniclink::his {

QString drugCategoryKey(DrugCategory c)
{
    switch (c) {
    case DrugCategory::Western: return u"western"_s;
    case DrugCategory::ChinesePatent: return u"chinese_patent"_s;
    case DrugCategory::HerbalPieces: return u"herbal_pieces"_s;
    }
    return {};
}

DrugCategory parseDrugCategory(const QString &key)
{
    return detail::enumFromKey(key, {DrugCategory::ChinesePatent, DrugCategory::HerbalPieces}, drugCategoryKey,
                               DrugCategory::Western);
}

QString controlClassKey(ControlClass c)
{
    switch (c) {
    case ControlClass::None: return u"none"_s;
    case ControlClass::NarcoticPsych1: return u"narcotic_psych1"_s;
    case ControlClass::Psych2: return u"psych2"_s;
    }
    return {};
}

ControlClass parseControlClass(const QString &key)
{
    return detail::enumFromKey(key, {ControlClass::NarcoticPsych1, ControlClass::Psych2}, controlClassKey, ControlClass::None);
}

QJsonObject Drug::toJson() const
{
    return {{u"genericName"_s, genericName},
            {u"tradeName"_s, tradeName},
            {u"form"_s, form},
            {u"strength"_s, strength},
            {u"unit"_s, unit},
            {u"packageSize"_s, packageSize},
            {u"packageUnit"_s, packageUnit},
            {u"priceFen"_s, priceFen},
            {u"insuranceCode"_s, insuranceCode},
            {u"essential"_s, essential},
            {u"category"_s, drugCategoryKey(category)},
            {u"control"_s, controlClassKey(control)},
            {u"doseUnit"_s, doseUnit},
            {u"dosePerUnit"_s, dosePerUnit},
            {u"maxSingleDose"_s, maxSingleDose},
            {u"maxDailyDose"_s, maxDailyDose},
            {u"allergyClasses"_s, QJsonArray::fromStringList(allergyClasses)},
            {u"pinyinCode"_s, pinyinCode},
            {u"wubiCode"_s, wubiCode},
            {u"lowStockThreshold"_s, lowStockThreshold},
            {u"active"_s, active}};
}

Drug Drug::fromJson(const QString &id, qint64 version, const QJsonObject &o)
{
    Drug d;
    d.id = id;
    d.version = version;
    d.genericName = o.value(u"genericName"_s).toString();
    d.tradeName = o.value(u"tradeName"_s).toString();
    d.form = o.value(u"form"_s).toString();
    d.strength = o.value(u"strength"_s).toString();
    d.unit = o.value(u"unit"_s).toString();
    d.packageSize = o.value(u"packageSize"_s).toInt(1);
    d.packageUnit = o.value(u"packageUnit"_s).toString();
    d.priceFen = o.value(u"priceFen"_s).toInteger();
    d.insuranceCode = o.value(u"insuranceCode"_s).toString();
    d.essential = o.value(u"essential"_s).toBool();
    d.category = parseDrugCategory(o.value(u"category"_s).toString());
    d.control = parseControlClass(o.value(u"control"_s).toString());
    d.doseUnit = o.value(u"doseUnit"_s).toString();
    d.dosePerUnit = o.value(u"dosePerUnit"_s).toDouble(1);
    d.maxSingleDose = o.value(u"maxSingleDose"_s).toDouble();
    d.maxDailyDose = o.value(u"maxDailyDose"_s).toDouble();
    d.allergyClasses = detail::stringListField(o, "allergyClasses"_L1);
    d.pinyinCode = o.value(u"pinyinCode"_s).toString();
    d.wubiCode = o.value(u"wubiCode"_s).toString();
    d.lowStockThreshold = o.value(u"lowStockThreshold"_s).toInt();
    d.active = o.value(u"active"_s).toBool(true);
    return d;
}

QString feeKindKey(FeeKind k)
{
    switch (k) {
    case FeeKind::Registration: return u"registration"_s;
    case FeeKind::Consultation: return u"consultation"_s;
    case FeeKind::Injection: return u"injection"_s;
    case FeeKind::Procedure: return u"procedure"_s;
    case FeeKind::Examination: return u"examination"_s;
    case FeeKind::Other: return u"other"_s;
    }
    return {};
}

FeeKind parseFeeKind(const QString &key)
{
    return detail::enumFromKey(key, {FeeKind::Registration, FeeKind::Consultation, FeeKind::Injection, FeeKind::Procedure,
                                     FeeKind::Examination},
                               feeKindKey, FeeKind::Other);
}

QJsonObject FeeItem::toJson() const
{
    return {{u"code"_s, code},         {u"name"_s, name},     {u"kind"_s, feeKindKey(kind)},
            {u"priceFen"_s, priceFen}, {u"unit"_s, unit},     {u"insuranceCode"_s, insuranceCode},
            {u"pinyinCode"_s, pinyinCode}, {u"active"_s, active}};
}

FeeItem FeeItem::fromJson(const QString &id, qint64 version, const QJsonObject &o)
{
    FeeItem f;
    f.id = id;
    f.version = version;
    f.code = o.value(u"code"_s).toString();
    f.name = o.value(u"name"_s).toString();
    f.kind = parseFeeKind(o.value(u"kind"_s).toString());
    f.priceFen = o.value(u"priceFen"_s).toInteger();
    f.unit = o.value(u"unit"_s).toString();
    f.insuranceCode = o.value(u"insuranceCode"_s).toString();
    f.pinyinCode = o.value(u"pinyinCode"_s).toString();
    f.active = o.value(u"active"_s).toBool(true);
    return f;
}

} // namespace cliniclink::his
