#pragma once

#include "cliniclink/core/result.h"
#include "cliniclink/registry/codesets.h"

#include <QDate>
#include <QJsonObject>
#include <QList>

namespace cliniclink::registry {

// One field of the 居民个人基本信息表 as described by data/resident-fields.json.
struct FieldSpec {
    QString key;      // "sex", or a path "environment.water"
    QString codeSet;  // value set id, empty for free text
    QString type;     // "", "date", "idNumber", "phone", "events"
    bool required = false;
    bool multiple = false;
    QString itemKey;  // for multiple values stored as objects ({"code": …, "diagnosedOn": …})
};

// Checks and normalises the user-entered fields of a resident archive: codes given as code,
// label or alias become codes; dates become yyyy-MM-dd; the ID number is validated (15 → 18
// digits) and fills in or must agree with sex and birth date; phone numbers keep digits only.
// Errors carry the field key as detail (never the value): RequiredFieldMissing, InvalidCode,
// InvalidDate, InvalidIdNumber, BirthDateContradictsIdNumber, SexContradictsIdNumber,
// InvalidPhoneNumber.
class ResidentFields {
public:
    static const ResidentFields &builtIn();
    static Result<ResidentFields> fromJson(const QByteArray &json, const CodeSets &codeSets);

    Result<QJsonObject> normalize(const QJsonObject &input, const QDate &today) const;
    const QList<FieldSpec> &fields() const { return m_fields; }
    const CodeSets &codeSets() const { return m_codeSets; }
    int version() const { return m_version; }

private:
    QList<FieldSpec> m_fields;
    CodeSets m_codeSets;
    int m_version = 0;
};

// Accepts 1990-01-02, 1990/1/2, 1990.1.2, 19900102 and 1990年1月2日; invalid QDate otherwise.
QDate parseLooseDate(const QString &text);
// Keeps digits ("+86 138-0013-8000" → "13800138000"); empty if not 7–12 digits after that.
QString normalizePhone(const QString &text);

} // namespace cliniclink::registry
