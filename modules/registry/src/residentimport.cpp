#include "cliniclink/registry/residentimport.h"

#include "cliniclink/identity/session.h"
#include "cliniclink/registry/csvreader.h"
#include "cliniclink/registry/idnumber.h"
#include "cliniclink/registry/registry.h"
#include "registrylogging.h"
#include "residentindex.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QSet>

namespace cliniclink::registry {

namespace {
const QString kHeadIdColumn = QStringLiteral("户主身份证号");
const QString kRelationColumn = QStringLiteral("与户主关系");
const QString kHeadRelation = QStringLiteral("02");

// Excel keeps long digit strings as text only when they are written as '123… or ="123…".
QString cleanCell(const QString &cell)
{
    QString s = cell.trimmed();
    if (s.startsWith(QLatin1String("=\"")) && s.endsWith(QLatin1Char('"')))
        s = s.mid(2, s.size() - 3);
    if (s.startsWith(QLatin1Char('\'')) || s.startsWith(QLatin1Char('\t')))
        s = s.mid(1);
    return s.trimmed();
}

struct PendingLink {
    int row;
    QString residentId;
    QString headIdNumber;
    QString relation;
};
} // namespace

QString ImportError::reason() const { return errorCodeName(code); }

QJsonObject ImportReport::toJson() const
{
    QJsonArray errs;
    for (const ImportError &e : errors)
        errs.append(QJsonObject{{QStringLiteral("row"), e.row}, {QStringLiteral("column"), e.column},
                                {QStringLiteral("reason"), e.reason()}});
    return QJsonObject{{QStringLiteral("encoding"), encoding},
                       {QStringLiteral("imported"), imported},
                       {QStringLiteral("rejected"), rejected},
                       {QStringLiteral("familiesCreated"), familiesCreated},
                       {QStringLiteral("familyMembersLinked"), familyMembersLinked},
                       {QStringLiteral("errors"), errs}};
}

QList<QPair<QString, QString>> ResidentImporter::knownColumns()
{
    return {
        {QStringLiteral("姓名"), QStringLiteral("name")},
        {QStringLiteral("性别"), QStringLiteral("sex")},
        {QStringLiteral("出生日期"), QStringLiteral("birthDate")},
        {QStringLiteral("身份证号"), QStringLiteral("idNumber")},
        {QStringLiteral("身份证号码"), QStringLiteral("idNumber")},
        {QStringLiteral("公民身份号码"), QStringLiteral("idNumber")},
        {QStringLiteral("联系电话"), QStringLiteral("phone")},
        {QStringLiteral("本人电话"), QStringLiteral("phone")},
        {QStringLiteral("现住址"), QStringLiteral("currentAddress")},
        {QStringLiteral("户籍地址"), QStringLiteral("registeredAddress")},
        {QStringLiteral("民族"), QStringLiteral("ethnicity")},
        {QStringLiteral("血型"), QStringLiteral("bloodType")},
        {QStringLiteral("RH血型"), QStringLiteral("rh")},
        {QStringLiteral("文化程度"), QStringLiteral("education")},
        {QStringLiteral("职业"), QStringLiteral("occupation")},
        {QStringLiteral("婚姻状况"), QStringLiteral("maritalStatus")},
        {QStringLiteral("工作单位"), QStringLiteral("workUnit")},
        {QStringLiteral("联系人姓名"), QStringLiteral("contactName")},
        {QStringLiteral("联系人电话"), QStringLiteral("contactPhone")},
        {QStringLiteral("责任医生"), QStringLiteral("responsibleDoctor")},
        {QStringLiteral("档案编号"), QStringLiteral("archiveNumber")},
    };
}

ResidentImporter::ResidentImporter(Registry &registry) : m_registry(registry) {}

Result<ImportReport> ResidentImporter::importFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(ErrorCode::IoError, QStringLiteral("cannot read import file"));
    return importCsv(f.readAll());
}

Result<ImportReport> ResidentImporter::importCsv(const QByteArray &data)
{
    identity::Session &session = m_registry.session();
    CL_TRY(session.require(identity::Permission::WritePatients));
    auto table = parseCsv(data);
    if (!table)
        return fail(table.error());

    // Column index → field key; the header text is kept for the report.
    QHash<int, QString> fieldOf;
    QHash<QString, QString> columnOfField;
    int headIdCol = -1;
    int relationCol = -1;
    const auto known = knownColumns();
    for (int c = 0; c < table->header.size(); ++c) {
        const QString h = table->header[c];
        if (h == kHeadIdColumn)
            headIdCol = c;
        if (h == kRelationColumn)
            relationCol = c;
        for (const auto &[header, key] : known)
            if (h == header && !columnOfField.contains(key)) {
                fieldOf.insert(c, key);
                columnOfField.insert(key, header);
            }
    }
    if (!columnOfField.contains(QStringLiteral("name")))
        return fail(ErrorCode::ImportFileUnreadable, QStringLiteral("no 姓名 column"));

    ImportReport report;
    report.encoding = encodingName(table->encoding);
    const CodeSet *relations = m_registry.fields().codeSets().set(QStringLiteral("familyRelation"));
    const QDate today = session.clock().nowUtc().toLocalTime().date();

    // Heads of household may appear later in the file than their family members.
    QSet<QString> idsInFile;
    const int idCol = fieldOf.key(QStringLiteral("idNumber"), -1);
    if (idCol >= 0)
        for (const QStringList &r : table->rows)
            if (auto id = parseIdNumber(cleanCell(r.value(idCol)), today))
                idsInFile.insert(id->value);

    auto reject = [&](int row, const QString &column, ErrorCode code) {
        ++report.rejected;
        report.errors << ImportError{row, column, code};
    };

    QList<PendingLink> links;
    const int total = int(table->rows.size());
    store::Database &db = session.store().db();
    for (int start = 0; start < total; start += m_batch) {
        const int end = qMin(total, start + m_batch);
        CL_TRY(db.transaction([&]() -> Result<void> {
            for (int i = start; i < end; ++i) {
                const QStringList &cells = table->rows[i];
                const int row = i + 2;
                if (cells.isEmpty())
                    continue;
                QJsonObject input;
                for (auto it = fieldOf.cbegin(); it != fieldOf.cend(); ++it) {
                    const QString v = cleanCell(cells.value(it.key()));
                    if (!v.isEmpty())
                        input.insert(it.value(), v);
                }
                if (input.value(QStringLiteral("name")).toString().isEmpty()) {
                    reject(row, columnOfField.value(QStringLiteral("name")), ErrorCode::RequiredFieldMissing);
                    continue;
                }
                // Family columns are checked before the row is written.
                PendingLink link{row, {}, {}, {}};
                const QString headText = headIdCol >= 0 ? cleanCell(cells.value(headIdCol)) : QString();
                const QString relationText = relationCol >= 0 ? cleanCell(cells.value(relationCol)) : QString();
                if (!headText.isEmpty()) {
                    auto head = parseIdNumber(headText, today);
                    if (!head) {
                        reject(row, kHeadIdColumn, ErrorCode::InvalidIdNumber);
                        continue;
                    }
                    link.headIdNumber = head->value;
                    link.relation = relations ? relations->normalize(relationText) : QString();
                    if (link.relation.isEmpty()) {
                        reject(row, kRelationColumn, relationText.isEmpty() ? ErrorCode::RequiredFieldMissing : ErrorCode::InvalidCode);
                        continue;
                    }
                    if (!idsInFile.contains(link.headIdNumber)) {
                        auto holder = detail::residentWithIdNumber(db, link.headIdNumber);
                        if (!holder)
                            return fail(holder.error());
                        if (!holder->has_value()) {
                            reject(row, kHeadIdColumn, ErrorCode::HeadOfHouseholdNotFound);
                            continue;
                        }
                    }
                }
                auto created = m_registry.create(input);
                if (!created) {
                    const ErrorCode code = created.error().code;
                    if (code == ErrorCode::DatabaseError || code == ErrorCode::StoreCorrupt || code == ErrorCode::Internal)
                        return fail(created.error());
                    // Field errors carry the field key as detail.
                    reject(row, columnOfField.value(created.error().detail), code);
                    continue;
                }
                ++report.imported;
                if (!link.headIdNumber.isEmpty()) {
                    link.residentId = created->id;
                    links << link;
                }
            }
            return {};
        }));
        if (m_progress)
            m_progress(end, total);
    }

    // Families: heads first, then members.
    QHash<QString, QString> familyOfHead; // head resident id → family id
    CL_TRY(db.transaction([&]() -> Result<void> {
        auto familyFor = [&](const QString &headResidentId) -> Result<QString> {
            if (familyOfHead.contains(headResidentId))
                return familyOfHead.value(headResidentId);
            auto head = m_registry.resident(headResidentId);
            if (!head)
                return fail(head.error());
            QString fid = head->has_value() ? (*head)->familyId() : QString();
            if (fid.isEmpty()) {
                auto f = m_registry.createFamily(headResidentId);
                if (!f)
                    return fail(f.error());
                fid = f->id;
                ++report.familiesCreated;
            }
            familyOfHead.insert(headResidentId, fid);
            return fid;
        };
        for (const PendingLink &l : links) {
            auto holder = detail::residentWithIdNumber(db, l.headIdNumber);
            if (!holder)
                return fail(holder.error());
            if (!holder->has_value()) { // the head's own row was rejected
                report.errors << ImportError{l.row, kHeadIdColumn, ErrorCode::HeadOfHouseholdNotFound};
                continue;
            }
            const QString headId = **holder;
            auto fid = familyFor(headId);
            if (!fid) {
                report.errors << ImportError{l.row, kHeadIdColumn, fid.error().code};
                continue;
            }
            if (headId == l.residentId || l.relation == kHeadRelation)
                continue; // the head itself
            auto added = m_registry.addFamilyMember(*fid, l.residentId, l.relation);
            if (!added) {
                report.errors << ImportError{l.row, kRelationColumn, added.error().code};
                continue;
            }
            ++report.familyMembersLinked;
        }
        return {};
    }));
    qCInfo(lcRegistry) << "import finished: imported" << report.imported << "rejected" << report.rejected;
    return report;
}

} // namespace cliniclink::registry
