#pragma once

#include "cliniclink/core/result.h"

#include <QList>
#include <QString>

namespace cliniclink::emr {

struct DiagnosisCode {
    QString code;     // "J06.9"
    QString name;     // "急性上呼吸道感染"
    QString initials; // pinyin initials of the name, "jxshxdgr"
};

// A diagnosis code table as data (system + version + entries). The built-in table is a starter
// set of common primary-care codes (data/icd10-primary-care.json); a clinic loads its own file
// of the same shape, e.g. the 国家临床版 2.0 list, without a code change.
class DiagnosisCatalogue {
public:
    static const DiagnosisCatalogue &builtIn();
    static Result<DiagnosisCatalogue> fromJson(const QByteArray &json); // CodeSetsInvalid
    static Result<DiagnosisCatalogue> fromFile(const QString &path);

    QString system() const { return m_system; }   // "ICD-10"
    QString version() const { return m_version; } // stored with every diagnosis
    const QList<DiagnosisCode> &entries() const { return m_entries; }
    const DiagnosisCode *find(const QString &code) const; // exact, case-insensitive

    // Code prefix ("j06", "J069" — the dot is optional), pinyin-initials prefix ("jxs"), or
    // part of the Chinese name. Best first: exact code, code prefix, initials prefix, name.
    QList<DiagnosisCode> search(const QString &text, int limit = 30) const;

private:
    QString m_system;
    QString m_version;
    QList<DiagnosisCode> m_entries;
};

} // namespace cliniclink::emr
