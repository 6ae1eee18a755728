#pragma once

#include <QJsonObject>
#include <QString>

namespace cliniclink::registry {

// Record types written through store::Store::putRecord.
inline constexpr char kResidentRecord[] = "resident";
inline constexpr char kFamilyRecord[] = "family";
inline constexpr char kMergeRecord[] = "resident_merge";

// Archive lifecycle (居民健康档案管理): only Active archives are edited.
enum class ResidentStatus { Active, TransferredOut, Merged, Deceased, Closed };
QString statusKey(ResidentStatus s); // "active", "transferred_out", "merged", "deceased", "closed"
ResidentStatus parseStatus(const QString &key);

// A resident archive as stored: the 居民个人基本信息表 fields (keys as in
// data/resident-fields.json) plus what the registry manages itself: archiveNumber,
// namePinyin/nameInitials, family {id, relation}, status, events (the archive's history),
// mergedFrom / mergedInto.
struct Resident {
    QString id;
    qint64 version = 0;
    QJsonObject payload;

    QString name() const { return payload.value(QStringLiteral("name")).toString(); }
    QString idNumber() const { return payload.value(QStringLiteral("idNumber")).toString(); }
    QString archiveNumber() const { return payload.value(QStringLiteral("archiveNumber")).toString(); }
    QString familyId() const;
    QString relation() const;
    ResidentStatus status() const { return parseStatus(payload.value(QStringLiteral("status")).toString()); }
};

// What search matched; lower values rank first.
enum class MatchKind { IdNumber = 1, ArchiveNumber = 2, Phone = 3, Name = 4, Pinyin = 5, Initials = 6 };

struct SearchHit {
    QString id;
    QString name;
    QString sex;
    QString birthDate; // yyyy-MM-dd
    QString idNumber;
    QString phone;
    QString archiveNumber;
    QString status;
    MatchKind kind = MatchKind::Name;
    bool exact = false;
};

} // namespace cliniclink::registry
