#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace cliniclink::emr {

// SOAP note sections (门诊病历), as JSON keys of OutpatientNote::sections:
// chiefComplaint 主诉, presentIllness 现病史, pastHistory 既往史, allergyHistory 过敏史,
// physicalExam 体格检查, auxiliaryExam 辅助检查, plan 处理/医嘱. The diagnoses (诊断) are coded
// separately.
const QStringList &noteSectionKeys();

struct Diagnosis {
    QString system;  // "ICD-10"
    QString version; // the code table's version
    QString code;
    QString name;
    bool primary = false;

    QJsonObject toJson() const;
    static Diagnosis fromJson(const QJsonObject &o);
    bool operator==(const Diagnosis &o) const = default;
};

// One change to a signed note (痕迹保留): the field, its value before and after.
struct FieldChange {
    QString field; // a section key or "diagnoses"
    QJsonValue before;
    QJsonValue after;
};

struct Amendment {
    QDateTime atUtc;
    QString by; // user name
    QString reason;
    QList<FieldChange> changes;

    QJsonObject toJson() const;
    static Amendment fromJson(const QJsonObject &o);
};

enum class NoteStatus { Draft, Signed };

struct OutpatientNote {
    QString id;
    qint64 version = 0;
    QString visitId;
    QString residentId;
    QJsonObject sections;
    QList<Diagnosis> diagnoses;
    NoteStatus status = NoteStatus::Draft;
    // When the note was started ("createdAt"): the patient timeline's time for it on every PC,
    // so a pulled note is placed where the saving PC placed it, not at its arrival. Invalid for
    // notes saved before it was carried.
    QDateTime createdUtc;
    QString signedBy;
    QDateTime signedUtc;
    QList<Amendment> amendments;

    QString section(const QString &key) const { return sections.value(key).toString(); }
    const Diagnosis *primaryDiagnosis() const;
    QJsonObject toJson() const;
    static OutpatientNote fromJson(const QString &id, qint64 version, const QJsonObject &o);
};

} // namespace cliniclink::emr
