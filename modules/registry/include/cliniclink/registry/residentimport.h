#pragma once

#include "cliniclink/core/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace cliniclink::registry {
class Registry;

struct ImportError {
    int row = 0;      // spreadsheet row: the header is row 1, the first resident row 2
    QString column;   // header text as in the file ("身份证号"), empty for the whole row
    ErrorCode code = ErrorCode::Internal;
    QString reason() const; // the error's stable name, e.g. "InvalidIdNumber"
};

struct ImportReport {
    QString encoding;     // "UTF-8" or "GB18030"
    int imported = 0;
    int rejected = 0;
    int familiesCreated = 0;
    int familyMembersLinked = 0;
    QList<ImportError> errors; // rejected rows, and family links that could not be made
    // {"imported", "rejected", "encoding", "familiesCreated", "familyMembersLinked",
    //  "errors": [{"row", "column", "reason"}]}
    QJsonObject toJson() const;
};

// Migrates archives from other systems' CSV exports (UTF-8 or GB18030, detected). Columns are
// matched by header name (姓名, 性别, 出生日期, 身份证号, 联系电话, 现住址, 民族, 血型, 档案编号,
// 户主身份证号, 与户主关系 and a few more). A bad row is rejected with its row, column and
// reason — invalid ID number, birth date contradicting it, missing name, duplicate ID number,
// unknown code, … — and the rest of the file is imported. Families are built after all rows:
// a row naming a head of household joins the head's family (created on first use).
class ResidentImporter {
public:
    explicit ResidentImporter(Registry &registry);

    // Fails only for the file as a whole: ImportFileUnreadable (undecodable, no 姓名 header),
    // PermissionDenied, or a database error.
    Result<ImportReport> importCsv(const QByteArray &data);
    Result<ImportReport> importFile(const QString &path);

    void setBatchSize(int rows) { m_batch = rows > 0 ? rows : 1; }
    void setProgress(std::function<void(int done, int total)> fn) { m_progress = std::move(fn); }

    // The header names understood, mapped to resident field keys.
    static QList<QPair<QString, QString>> knownColumns();

private:
    Registry &m_registry;
    int m_batch = 500;
    std::function<void(int, int)> m_progress;
};

} // namespace cliniclink::registry
