#pragma once

#include "cliniclink/core/result.h"
#include "cliniclink/registry/namepinyin.h"
#include "cliniclink/registry/resident.h"
#include "cliniclink/registry/residentfields.h"

#include <QDate>
#include <QJsonObject>
#include <QHash>
#include <QList>

#include <functional>
#include <optional>

namespace cliniclink::identity {
class Session;
}

namespace cliniclink::registry {

struct FamilyMember {
    QString residentId;
    QString relation; // GB/T 4761 code; "02" = head of household
};

struct Family {
    QString id;
    qint64 version = 0;
    QString headResidentId;
    QList<FamilyMember> members; // the head included
};

struct MergeOutcome {
    Resident survivor;
    Resident duplicate; // kept, status "merged", mergedInto = survivor
    QString mergeRecordId;
};

// Resident health archives and families. Every change goes through store::Store::putRecord
// (version, outbox entry and audit event) together with the registry's index tables, in one
// transaction. Writing needs Permission::WritePatients, reading and searching ReadPatients.
class Registry {
public:
    explicit Registry(identity::Session &session, const ResidentFields &fields = ResidentFields::builtIn());

    // Called inside the transaction of every resident write (create, update, lifecycle, family,
    // merge, import); an error rolls the write back. Lets higher levels keep what they derive
    // from archives current (publichealth::followRegisters) without this module knowing them.
    using ResidentObserver = std::function<Result<void>(const Resident &)>;
    void addObserver(ResidentObserver observer) { m_observers.append(std::move(observer)); }

    // Clinic-specific surname readings (stored in the store's meta, over the compiled-in table).
    const SurnameReadings &surnameReadings();
    Result<void> setSurnameReading(const QString &surname, const QString &syllables);
    Result<void> removeSurnameReading(const QString &surname);

    // New archive. The archive number is allocated (clinic code + next sequence) unless
    // `archiveNumber` is given (17 digits, unused). `namePinyin` ("shan xiong xin") may be
    // given with `pinyinEdited: true` to override the computed reading.
    Result<Resident> create(const QJsonObject &fields);
    // Replaces the form fields of an active archive; managed fields are kept.
    Result<Resident> update(const QString &id, qint64 baseVersion, const QJsonObject &fields);
    // Audited read (store.readRecordAudited).
    Result<std::optional<Resident>> resident(const QString &id);
    // The resident with this ID number that is not merged, if any (audited).
    Result<std::optional<Resident>> residentByIdNumber(const QString &idNumber);

    // Lifecycle.
    Result<Resident> transferOut(const QString &id, const QDate &date, const QString &destination, const QString &reason);
    // An archive arriving from another clinic keeps its archive number; a resident that was
    // transferred out of this clinic and comes back (same ID number) is reactivated.
    Result<Resident> transferIn(const QJsonObject &fields, const QString &fromOrganization, const QDate &date);
    Result<Resident> registerDeath(const QString &id, const QDate &date, const QString &cause);
    Result<Resident> close(const QString &id, const QString &reason);
    // Both archives stay; the duplicate becomes "merged" and is hidden from search; blank fields
    // of the survivor are filled from the duplicate; the survivor's history gains the
    // duplicate's events; a resident_merge record keeps the duplicate's full payload.
    Result<MergeOutcome> merge(const QString &survivorId, const QString &duplicateId, const QString &reason);

    // Families (家庭档案): one head of household (relation "02"); members carry a GB/T 4761
    // relation to the head; a resident belongs to at most one family.
    Result<Family> createFamily(const QString &headResidentId);
    Result<Family> addFamilyMember(const QString &familyId, const QString &residentId, const QString &relation);
    Result<Family> removeFamilyMember(const QString &familyId, const QString &residentId);
    // 户主变更: `newHeadId` (a member) becomes head; `relations` gives every other active member's
    // relation to the new head (the old head included). Members whose archive is no longer
    // active (died, transferred out …) leave the family.
    Result<Family> changeHead(const QString &familyId, const QString &newHeadId, const QHash<QString, QString> &relations);
    Result<std::optional<Family>> family(const QString &familyId);

    // Name, pinyin initials, full pinyin, ID number, phone or archive number (prefix match),
    // best match first: exact before prefix, then ID/archive/phone/name/pinyin/initials.
    // Mixed queries narrow each other: "张s" (Han then pinyin of the next characters),
    // "zs138" / "zhang s 1380" (pinyin or initials and the start of a phone/ID/archive number).
    // Merged archives are not returned.
    Result<QList<SearchHit>> search(const QString &text, int limit = 50);

    const ResidentFields &fields() const { return m_fields; }
    identity::Session &session() { return m_session; }

private:
    Result<Resident> load(const QString &id);
    Result<Resident> write(const QString &id, qint64 baseVersion, const QJsonObject &payload);
    Result<Resident> changeStatus(const QString &id, ResidentStatus status, const QJsonObject &event);
    Result<Family> writeFamily(const Family &family);
    // The live family record for a write in progress; NotFound if missing or deleted.
    Result<Family> existingFamily(const QString &familyId);
    QJsonObject event(const QString &type, const QJsonObject &extra = {}) const;
    QDate today() const;

    identity::Session &m_session;
    const ResidentFields &m_fields;
    std::optional<SurnameReadings> m_readings;
    QList<ResidentObserver> m_observers;
};

} // namespace cliniclink::registry
