// Family archives (家庭档案): a family record lists the members and their GB/T 4761 relation
// to the head of household; each member's resident record carries {family id, relation}.
// Both are written in one transaction so the two views never disagree.
#include "cliniclink/registry/registry.h"

#include "cliniclink/core/uuid7.h"
#include "cliniclink/identity/session.h"

#include <QJsonArray>

#include <algorithm>

namespace cliniclink::registry {

using identity::Permission;

namespace {
const QString kHeadRelation = QStringLiteral("02");
const QString kSelfRelation = QStringLiteral("01");

Family familyFromRecord(const store::Record &r)
{
    Family f{r.id, r.version, r.payload.value(QStringLiteral("head")).toString(), {}};
    for (const QJsonValue &v : r.payload.value(QStringLiteral("members")).toArray()) {
        const QJsonObject o = v.toObject();
        f.members << FamilyMember{o.value(QStringLiteral("residentId")).toString(), o.value(QStringLiteral("relation")).toString()};
    }
    return f;
}

QJsonObject familyPayload(const Family &f)
{
    QJsonArray members;
    for (const FamilyMember &m : f.members)
        members.append(QJsonObject{{QStringLiteral("residentId"), m.residentId}, {QStringLiteral("relation"), m.relation}});
    return QJsonObject{{QStringLiteral("head"), f.headResidentId}, {QStringLiteral("members"), members}};
}
} // namespace

Result<Family> Registry::writeFamily(const Family &family)
{
    auto rec = m_session.store().putRecord(QLatin1String(kFamilyRecord), family.id, family.version, familyPayload(family));
    if (!rec)
        return fail(rec.error());
    return familyFromRecord(*rec);
}

Result<std::optional<Family>> Registry::family(const QString &familyId)
{
    CL_TRY(m_session.require(Permission::ReadPatients));
    auto rec = m_session.store().readRecordAudited(QLatin1String(kFamilyRecord), familyId);
    if (!rec)
        return fail(rec.error());
    if (!rec->has_value() || (*rec)->deleted)
        return std::optional<Family>();
    return std::optional<Family>(familyFromRecord(**rec));
}

Result<Family> Registry::createFamily(const QString &headResidentId)
{
    CL_TRY(m_session.require(Permission::WritePatients));
    store::Store &s = m_session.store();
    Family out;
    CL_TRY(s.db().transaction([&]() -> Result<void> {
        auto head = load(headResidentId);
        if (!head)
            return fail(head.error());
        if (head->status() != ResidentStatus::Active)
            return fail(ErrorCode::ArchiveNotActive, QStringLiteral("resident"));
        if (!head->familyId().isEmpty())
            return fail(ErrorCode::FamilyRelationInvalid, QStringLiteral("already in a family"));
        Family f{newId(s.clock()), 0, headResidentId, {FamilyMember{headResidentId, kHeadRelation}}};
        auto written = writeFamily(f);
        if (!written)
            return fail(written.error());
        QJsonObject p = head->payload;
        p.insert(QStringLiteral("family"), QJsonObject{{QStringLiteral("id"), f.id}, {QStringLiteral("relation"), kHeadRelation}});
        QJsonArray events = p.value(QStringLiteral("events")).toArray();
        events.append(event(QStringLiteral("family_joined"), {{QStringLiteral("family"), f.id}, {QStringLiteral("relation"), kHeadRelation}}));
        p.insert(QStringLiteral("events"), events);
        auto w = write(headResidentId, head->version, p);
        if (!w)
            return fail(w.error());
        out = *written;
        return {};
    }));
    return out;
}

Result<Family> Registry::addFamilyMember(const QString &familyId, const QString &residentId, const QString &relationInput)
{
    CL_TRY(m_session.require(Permission::WritePatients));
    const CodeSet *relations = m_fields.codeSets().set(QStringLiteral("familyRelation"));
    const QString relation = relations ? relations->normalize(relationInput) : QString();
    if (relation.isEmpty())
        return fail(ErrorCode::InvalidCode, QStringLiteral("relation"));
    // 户主 is the head's own relation; 本人 describes no relation to the head.
    if (relation == kHeadRelation || relation == kSelfRelation)
        return fail(ErrorCode::FamilyRelationInvalid, QStringLiteral("relation"));
    store::Store &s = m_session.store();
    Family out;
    CL_TRY(s.db().transaction([&]() -> Result<void> {
        auto loaded = existingFamily(familyId);
        if (!loaded)
            return fail(loaded.error());
        Family f = *loaded;
        auto member = load(residentId);
        if (!member)
            return fail(member.error());
        if (member->status() != ResidentStatus::Active)
            return fail(ErrorCode::ArchiveNotActive, QStringLiteral("resident"));
        if (!member->familyId().isEmpty())
            return fail(ErrorCode::FamilyRelationInvalid, QStringLiteral("already in a family"));
        f.members << FamilyMember{residentId, relation};
        auto written = writeFamily(f);
        if (!written)
            return fail(written.error());
        QJsonObject p = member->payload;
        p.insert(QStringLiteral("family"), QJsonObject{{QStringLiteral("id"), familyId}, {QStringLiteral("relation"), relation}});
        QJsonArray events = p.value(QStringLiteral("events")).toArray();
        events.append(event(QStringLiteral("family_joined"), {{QStringLiteral("family"), familyId}, {QStringLiteral("relation"), relation}}));
        p.insert(QStringLiteral("events"), events);
        auto w = write(residentId, member->version, p);
        if (!w)
            return fail(w.error());
        out = *written;
        return {};
    }));
    return out;
}

Result<Family> Registry::existingFamily(const QString &familyId)
{
    // Unaudited on purpose: the write that follows is itself audited as record.update.
    auto rec = m_session.store().record(QLatin1String(kFamilyRecord), familyId);
    if (!rec)
        return fail(rec.error());
    if (!rec->has_value() || (*rec)->deleted)
        return fail(ErrorCode::NotFound, QStringLiteral("family"));
    return familyFromRecord(**rec);
}

Result<Family> Registry::removeFamilyMember(const QString &familyId, const QString &residentId)
{
    CL_TRY(m_session.require(Permission::WritePatients));
    store::Store &s = m_session.store();
    Family out;
    CL_TRY(s.db().transaction([&]() -> Result<void> {
        auto loaded = existingFamily(familyId);
        if (!loaded)
            return fail(loaded.error());
        Family f = *loaded;
        if (f.headResidentId == residentId)
            return fail(ErrorCode::FamilyRelationInvalid, QStringLiteral("head cannot leave"));
        const auto removed = f.members.removeIf([&](const FamilyMember &m) { return m.residentId == residentId; });
        if (removed == 0)
            return fail(ErrorCode::NotFound, QStringLiteral("member"));
        auto written = writeFamily(f);
        if (!written)
            return fail(written.error());
        auto member = load(residentId);
        if (!member)
            return fail(member.error());
        QJsonObject p = member->payload;
        p.remove(QStringLiteral("family"));
        QJsonArray events = p.value(QStringLiteral("events")).toArray();
        events.append(event(QStringLiteral("family_left"), {{QStringLiteral("family"), familyId}}));
        p.insert(QStringLiteral("events"), events);
        auto w = write(residentId, member->version, p);
        if (!w)
            return fail(w.error());
        out = *written;
        return {};
    }));
    return out;
}

Result<Family> Registry::changeHead(const QString &familyId, const QString &newHeadId, const QHash<QString, QString> &relationInputs)
{
    CL_TRY(m_session.require(Permission::WritePatients));
    const CodeSet *relations = m_fields.codeSets().set(QStringLiteral("familyRelation"));
    store::Store &s = m_session.store();
    Family out;
    CL_TRY(s.db().transaction([&]() -> Result<void> {
        auto loaded = existingFamily(familyId);
        if (!loaded)
            return fail(loaded.error());
        const Family before = *loaded;
        if (before.headResidentId == newHeadId)
            return fail(ErrorCode::FamilyRelationInvalid, QStringLiteral("already head"));
        const bool isMember = std::any_of(before.members.cbegin(), before.members.cend(),
                                          [&](const FamilyMember &m) { return m.residentId == newHeadId; });
        if (!isMember)
            return fail(ErrorCode::NotFound, QStringLiteral("member"));
        Family f{before.id, before.version, newHeadId, {}};
        QList<QPair<Resident, QString>> changed; // member archive → new relation ("" = leaves)
        for (const FamilyMember &m : before.members) {
            auto member = load(m.residentId);
            if (!member)
                return fail(member.error());
            QString relation;
            if (m.residentId == newHeadId) {
                if (member->status() != ResidentStatus::Active)
                    return fail(ErrorCode::ArchiveNotActive, QStringLiteral("resident"));
                relation = kHeadRelation;
            } else if (member->status() == ResidentStatus::Active) {
                relation = relations ? relations->normalize(relationInputs.value(m.residentId)) : QString();
                if (relation.isEmpty())
                    return fail(ErrorCode::InvalidCode, QStringLiteral("relation"));
                if (relation == kHeadRelation || relation == kSelfRelation)
                    return fail(ErrorCode::FamilyRelationInvalid, QStringLiteral("relation"));
            }
            if (!relation.isEmpty())
                f.members << FamilyMember{m.residentId, relation};
            changed.append({*member, relation});
        }
        auto written = writeFamily(f);
        if (!written)
            return fail(written.error());
        for (const auto &[member, relation] : std::as_const(changed)) {
            QJsonObject p = member.payload;
            QJsonArray events = p.value(QStringLiteral("events")).toArray();
            if (relation.isEmpty()) {
                p.remove(QStringLiteral("family"));
                events.append(event(QStringLiteral("family_left"), {{QStringLiteral("family"), familyId}}));
            } else {
                p.insert(QStringLiteral("family"), QJsonObject{{QStringLiteral("id"), familyId}, {QStringLiteral("relation"), relation}});
                events.append(event(QStringLiteral("family_head_changed"), {{QStringLiteral("family"), familyId},
                                                                             {QStringLiteral("head"), newHeadId},
                                                                             {QStringLiteral("relation"), relation}}));
            }
            p.insert(QStringLiteral("events"), events);
            auto w = write(member.id, member.version, p);
            if (!w)
                return fail(w.error());
        }
        out = *written;
        return {};
    }));
    return out;
}

} // namespace cliniclink::registry
