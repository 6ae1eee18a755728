#pragma once

#include "cliniclink/his/money.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace cliniclink::his {

enum class DrugCategory { Western, ChinesePatent, HerbalPieces }; // 西药, 中成药, 中药饮片
// 麻醉药品/第一类精神药品 share the red sheet; 第二类精神药品 has its own.
enum class ControlClass { None, NarcoticPsych1, Psych2 };

QString drugCategoryKey(DrugCategory c); // "western", "chinese_patent", "herbal_pieces"
DrugCategory parseDrugCategory(const QString &key);
QString controlClassKey(ControlClass c); // "none", "narcotic_psych1", "psych2"
ControlClass parseControlClass(const QString &key);

// One catalogue entry. Stock, dispensing and prices count in the dispensing unit (片, 支,
// 瓶, g); doses are in doseUnit (mg, g, ml, 片) with dosePerUnit of them in one dispensing unit.
struct Drug {
    QString id;
    qint64 version = 0;
    QString genericName;    // 通用名
    QString tradeName;      // 商品名 (optional)
    QString form;           // 剂型: 片剂, 胶囊, 注射液 …
    QString strength;       // 规格: "0.25g", "10ml:0.5g"
    QString unit;           // dispensing unit
    int packageSize = 1;    // dispensing units per package
    QString packageUnit;    // 盒, 瓶
    Fen priceFen = 0;       // per dispensing unit
    QString insuranceCode;  // 医保药品代码, 23 characters (empty when not listed)
    bool essential = false; // 国家基本药物
    DrugCategory category = DrugCategory::Western;
    ControlClass control = ControlClass::None;
    QString doseUnit;        // unit of a dose, e.g. "mg"
    double dosePerUnit = 1;  // doseUnit per dispensing unit (250 mg per 片)
    double maxSingleDose = 0; // in doseUnit; 0 = no limit recorded
    double maxDailyDose = 0;  // in doseUnit; 0 = no limit recorded
    // Allergy classes as codes of the archive's drugAllergy value set ("2" 青霉素, "3" 磺胺,
    // "4" 链霉素), so the archive's 药物过敏史 is checked without text matching.
    QStringList allergyClasses;
    QString pinyinCode; // 拼音码 (initials), computed from the generic name unless edited
    QString wubiCode;   // 五笔码: entered by hand — no 五笔 table ships with Debian's Qt/ICU
    int lowStockThreshold = 0; // in dispensing units
    bool active = true;

    QJsonObject toJson() const;
    static Drug fromJson(const QString &id, qint64 version, const QJsonObject &o);
};

enum class FeeKind { Registration, Consultation, Injection, Procedure, Examination, Other };
QString feeKindKey(FeeKind k); // "registration", "consultation", "injection", "procedure", "examination", "other"
FeeKind parseFeeKind(const QString &key);

// A priced service: 挂号费, 一般诊疗费, 注射费, 换药 …
struct FeeItem {
    QString id;
    qint64 version = 0;
    QString code; // clinic's or the 医疗服务项目 code
    QString name;
    FeeKind kind = FeeKind::Other;
    Fen priceFen = 0;
    QString unit; // 次
    QString insuranceCode;
    QString pinyinCode;
    bool active = true;

    QJsonObject toJson() const;
    static FeeItem fromJson(const QString &id, qint64 version, const QJsonObject &o);
};

} // namespace cliniclink::his
