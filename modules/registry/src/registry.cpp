#include "cliniclink/registry/registry.h"

#include "cliniclink/core/uuid7.h"
#include "cliniclink/identity/session.h"
#include "cliniclink/registry/archivenumber.h"
#include "registrylogging.h"
#include "residentindex.h"

#include <QJsonArray>

#include <algorithm>

Q_LOGGING_CATEGORY(lcRegistry, "cliniclink.registry")

namespace cliniclink::registry {

using identity::Permission;

namespace {
const QString kSurnameMetaKey = QStringLiteral("registry.surnames");

// Fields the registry manages; update() never takes them from the caller.
const QStringList kManagedFields = {QStringLiteral("archiveNumber"), QStringLiteral("status"), QStringLiteral("events"),
                                    QStringLiteral("family"), QStringLiteral("mergedFrom"), QStringLiteral("mergedInto"),
                                    QStringLiteral("statusDetail")};

Resident fromRecord(const store::Record &r) { return Resident{r.id, r.version, r.payload}; }

// A reading the doctor typed: one plain syllable per character of the name (spaces and
// separators in the name have no syllable).
Result<NamePinyin> editedPinyin(const QString &name, const QString &typed)
{
    const NamePinyin computed = namePinyin(name, SurnameReadings());
    const NamePinyin py = namePinyinFromText(typed);
    const auto nonEmpty = [](const QStringList &l) { return std::count_if(l.begin(), l.end(), [](const QString &s) { return !s.isEmpty(); }); };
    const bool plain = std::all_of(py.syllables.begin(), py.syllables.end(), [](const QString &s) {
        return std::all_of(s.begin(), s.end(), [](QChar c) { return c >= QLatin1Char('a') && c <= QLatin1Char('z'); });
    });
    if (!plain || py.full.isEmpty() || nonEmpty(py.syllables) != nonEmpty(computed.syllables))
        return fail(ErrorCode::PinyinDoesNotMatchName, QStringLiteral("namePinyin"));
    return py;
}

QJsonArray appended(const QJsonValue &array, const QJsonValue &item)
{
    QJsonArray a = array.toArray();
    a.append(item);
    return a;
}
} // namespace

QString statusKey(ResidentStatus s)
{
    switch (s) {
    case ResidentStatus::Active: return QStringLiteral("active");
    case ResidentStatus::TransferredOut: return QStringLiteral("transferred_out");
    case ResidentStatus::Merged: return QStringLiteral("merged");
    case ResidentStatus::Deceased: return QStringLiteral("deceased");
    case ResidentStatus::Closed: return QStringLiteral("closed");
    }
    return {};
}

ResidentStatus parseStatus(const QString &key)
{
    for (ResidentStatus s : {ResidentStatus::TransferredOut, ResidentStatus::Merged, ResidentStatus::Deceased,
                             ResidentStatus::Closed})
        if (statusKey(s) == key)
            return s;
    return ResidentStatus::Active;
}

QString Resident::familyId() const { return payload.value(QStringLiteral("family")).toObject().value(QStringLiteral("id")).toString(); }

QString Resident::relation() const
{
    return payload.value(QStringLiteral("family")).toObject().value(QStringLiteral("relation")).toString();
}

Registry::Registry(identity::Session &session, const ResidentFields &fields) : m_session(session), m_fields(fields) {}

QDate Registry::today() const { return m_session.clock().nowUtc().toLocalTime().date(); }

QJsonObject Registry::event(const QString &type, const QJsonObject &extra) const
{
    QJsonObject e = extra;
    e.insert(QStringLiteral("type"), type);
    e.insert(QStringLiteral("at"), m_session.clock().nowUtc().toString(Qt::ISODateWithMs));
    e.insert(QStringLiteral("by"), m_session.store().actor().username);
    return e;
}

const SurnameReadings &Registry::surnameReadings()
{
    if (!m_readings) {
        m_readings = SurnameReadings::builtIn();
        auto stored = m_session.store().meta(kSurnameMetaKey);
        if (stored && stored->has_value()) {
            auto clinic = SurnameReadings::fromJson((*stored)->toUtf8());
            if (clinic)
                m_readings = *clinic;
            else
                qCWarning(lcRegistry) << "clinic surname readings unreadable; using the built-in table";
        }
    }
    return *m_readings;
}

Result<void> Registry::setSurnameReading(const QString &surname, const QString &syllables)
{
    CL_TRY(m_session.require(Permission::WritePatients));
    SurnameReadings readings = surnameReadings();
    CL_TRY(readings.set(surname, syllables));
    CL_TRY(m_session.store().setMeta(kSurnameMetaKey, QString::fromUtf8(readings.toJson())));
    m_readings = readings;
    return {};
}

Result<void> Registry::removeSurnameReading(const QString &surname)
{
    CL_TRY(m_session.require(Permission::WritePatients));
    SurnameReadings readings = surnameReadings();
    readings.remove(surname);
    CL_TRY(m_session.store().setMeta(kSurnameMetaKey, QString::fromUtf8(readings.toJson())));
    m_readings = readings;
    return {};
}

Result<Resident> Registry::load(const QString &id)
{
    auto rec = m_session.store().record(QLatin1String(kResidentRecord), id);
    if (!rec)
        return fail(rec.error());
    if (!rec->has_value() || (*rec)->deleted)
        return fail(ErrorCode::NotFound, QStringLiteral("resident"));
    return fromRecord(**rec);
}

// One record write plus its index rows; callers are inside a transaction.
Result<Resident> Registry::write(const QString &id, qint64 baseVersion, const QJsonObject &payload)
{
    store::Store &s = m_session.store();
    auto rec = s.putRecord(QLatin1String(kResidentRecord), id, baseVersion, payload);
    if (!rec)
        return fail(rec.error());
    CL_TRY(detail::writeResidentIndex(s.db(), id, payload));
    const Resident saved = fromRecord(*rec);
    for (const ResidentObserver &observe : m_observers)
        CL_TRY(observe(saved));
    return saved;
}

Result<Resident> Registry::create(const QJsonObject &input)
{
    CL_TRY(m_session.require(Permission::WritePatients));
    auto normalized = m_fields.normalize(input, today());
    if (!normalized)
        return fail(normalized.error());
    QJsonObject p = *normalized;
    for (const QString &k : kManagedFields)
        p.remove(k);

    const bool edited = input.value(QStringLiteral("pinyinEdited")).toBool();
    NamePinyin py = namePinyin(p.value(QStringLiteral("name")).toString(), surnameReadings());
    if (edited) {
        auto typed = editedPinyin(p.value(QStringLiteral("name")).toString(), input.value(QStringLiteral("namePinyin")).toString());
        if (!typed)
            return fail(typed.error());
        py = *typed;
    }
    p.remove(QStringLiteral("pinyinEdited"));
    if (edited)
        p.insert(QStringLiteral("pinyinEdited"), true);
    p.insert(QStringLiteral("namePinyin"), py.syllables.join(QLatin1Char(' ')).simplified());
    p.insert(QStringLiteral("nameInitials"), py.initials);
    p.insert(QStringLiteral("status"), statusKey(ResidentStatus::Active));
    p.insert(QStringLiteral("createdOn"), today().toString(Qt::ISODate));

    store::Store &s = m_session.store();
    const QString id = newId(s.clock());
    Resident out;
    CL_TRY(s.db().transaction([&]() -> Result<void> {
        const QString idNumber = p.value(QStringLiteral("idNumber")).toString();
        if (!idNumber.isEmpty()) {
            auto holder = detail::residentWithIdNumber(s.db(), idNumber);
            if (!holder)
                return fail(holder.error());
            if (holder->has_value())
                return fail(ErrorCode::DuplicateIdNumber, QStringLiteral("idNumber"));
        }
        QString number = input.value(QStringLiteral("archiveNumber")).toString().trimmed();
        if (number.isEmpty()) {
            auto allocated = detail::allocateArchiveNumber(s.db(), s.clinicCode());
            if (!allocated)
                return fail(allocated.error());
            number = *allocated;
        } else {
            if (!isValidArchiveNumber(number))
                return fail(ErrorCode::InvalidArchiveNumber, QStringLiteral("archiveNumber"));
            auto taken = detail::archiveNumberTaken(s.db(), number);
            if (!taken)
                return fail(taken.error());
            if (*taken)
                return fail(ErrorCode::DuplicateArchiveNumber, QStringLiteral("archiveNumber"));
            CL_TRY(detail::reserveArchiveNumber(s.db(), number));
        }
        p.insert(QStringLiteral("archiveNumber"), number);
        QJsonObject created = input.value(QStringLiteral("createdEvent")).toObject();
        p.remove(QStringLiteral("createdEvent"));
        p.insert(QStringLiteral("events"), QJsonArray{event(created.isEmpty() ? QStringLiteral("created")
                                                                              : created.value(QStringLiteral("type")).toString(),
                                                            created)});
        auto w = write(id, 0, p);
        if (!w)
            return fail(w.error());
        out = *w;
        return {};
    }));
    qCInfo(lcRegistry) << "resident created" << id;
    return out;
}

Result<Resident> Registry::update(const QString &id, qint64 baseVersion, const QJsonObject &input)
{
    CL_TRY(m_session.require(Permission::WritePatients));
    auto normalized = m_fields.normalize(input, today());
    if (!normalized)
        return fail(normalized.error());
    store::Store &s = m_session.store();
    Resident out;
    CL_TRY(s.db().transaction([&]() -> Result<void> {
        auto current = load(id);
        if (!current)
            return fail(current.error());
        if (current->version != baseVersion)
            return fail(ErrorCode::VersionConflict, QStringLiteral("resident"));
        if (current->status() != ResidentStatus::Active)
            return fail(ErrorCode::ArchiveNotActive, QStringLiteral("resident"));
        QJsonObject p = *normalized;
        for (const QString &k : kManagedFields)
            if (current->payload.contains(k))
                p.insert(k, current->payload.value(k));
            else
                p.remove(k);
        p.insert(QStringLiteral("createdOn"), current->payload.value(QStringLiteral("createdOn")));
        // A corrected reading (多音字) stays until the doctor changes it or the name changes.
        const QString name = p.value(QStringLiteral("name")).toString();
        const bool edited = input.value(QStringLiteral("pinyinEdited")).toBool();
        const bool keepEdited = !input.contains(QStringLiteral("pinyinEdited"))
            && current->payload.value(QStringLiteral("pinyinEdited")).toBool() && name == current->name();
        NamePinyin py = namePinyin(name, surnameReadings());
        if (edited) {
            auto typed = editedPinyin(name, input.value(QStringLiteral("namePinyin")).toString());
            if (!typed)
                return fail(typed.error());
            py = *typed;
        } else if (keepEdited) {
            py = namePinyinFromText(current->payload.value(QStringLiteral("namePinyin")).toString());
        }
        p.remove(QStringLiteral("pinyinEdited"));
        if (edited || keepEdited)
            p.insert(QStringLiteral("pinyinEdited"), true);
        p.insert(QStringLiteral("namePinyin"), py.syllables.join(QLatin1Char(' ')).simplified());
        p.insert(QStringLiteral("nameInitials"), py.initials);
        const QString idNumber = p.value(QStringLiteral("idNumber")).toString();
        if (!idNumber.isEmpty()) {
            auto holder = detail::residentWithIdNumber(s.db(), idNumber, id);
            if (!holder)
                return fail(holder.error());
            if (holder->has_value())
                return fail(ErrorCode::DuplicateIdNumber, QStringLiteral("idNumber"));
        }
        // The history names the fields that changed, never their values.
        QJsonArray changed;
        QStringList keys = p.keys() + current->payload.keys();
        keys.removeDuplicates();
        for (const QString &k : keys)
            if (!kManagedFields.contains(k) && p.value(k) != current->payload.value(k))
                changed.append(k);
        p.insert(QStringLiteral("events"), appended(p.value(QStringLiteral("events")),
                                                    event(QStringLiteral("updated"), {{QStringLiteral("fields"), changed}})));
        auto w = write(id, baseVersion, p);
        if (!w)
            return fail(w.error());
        out = *w;
        return {};
    }));
    return out;
}

Result<std::optional<Resident>> Registry::resident(const QString &id)
{
    CL_TRY(m_session.require(Permission::ReadPatients));
    auto rec = m_session.store().readRecordAudited(QLatin1String(kResidentRecord), id);
    if (!rec)
        return fail(rec.error());
    if (!rec->has_value())
        return std::optional<Resident>();
    return std::optional<Resident>(fromRecord(**rec));
}

Result<std::optional<Resident>> Registry::residentByIdNumber(const QString &idNumber)
{
    CL_TRY(m_session.require(Permission::ReadPatients));
    auto holder = detail::residentWithIdNumber(m_session.store().db(), idNumber.trimmed().toUpper());
    if (!holder)
        return fail(holder.error());
    if (!holder->has_value())
        return std::optional<Resident>();
    return resident(**holder);
}

Result<Resident> Registry::changeStatus(const QString &id, ResidentStatus status, const QJsonObject &ev)
{
    CL_TRY(m_session.require(Permission::WritePatients));
    Resident out;
    CL_TRY(m_session.store().db().transaction([&]() -> Result<void> {
        auto current = load(id);
        if (!current)
            return fail(current.error());
        if (current->status() != ResidentStatus::Active)
            return fail(ErrorCode::ArchiveNotActive, QStringLiteral("resident"));
        QJsonObject p = current->payload;
        p.insert(QStringLiteral("status"), statusKey(status));
        QJsonObject detail = ev;
        detail.remove(QStringLiteral("type"));
        detail.remove(QStringLiteral("at"));
        detail.remove(QStringLiteral("by"));
        p.insert(QStringLiteral("statusDetail"), detail);
        p.insert(QStringLiteral("events"), appended(p.value(QStringLiteral("events")), ev));
        auto w = write(id, current->version, p);
        if (!w)
            return fail(w.error());
        out = *w;
        return {};
    }));
    return out;
}

Result<Resident> Registry::transferOut(const QString &id, const QDate &date, const QString &destination, const QString &reason)
{
    if (!date.isValid() || date > today())
        return fail(ErrorCode::InvalidDate, QStringLiteral("date"));
    if (destination.trimmed().isEmpty())
        return fail(ErrorCode::RequiredFieldMissing, QStringLiteral("destination"));
    return changeStatus(id, ResidentStatus::TransferredOut,
                        event(QStringLiteral("transferred_out"), {{QStringLiteral("date"), date.toString(Qt::ISODate)},
                                                                  {QStringLiteral("destination"), destination.trimmed()},
                                                                  {QStringLiteral("reason"), reason.trimmed()}}));
}

Result<Resident> Registry::transferIn(const QJsonObject &fields, const QString &fromOrganization, const QDate &date)
{
    CL_TRY(m_session.require(Permission::WritePatients));
    if (!date.isValid() || date > today())
        return fail(ErrorCode::InvalidDate, QStringLiteral("date"));
    const QJsonObject ev{{QStringLiteral("type"), QStringLiteral("transferred_in")},
                         {QStringLiteral("date"), date.toString(Qt::ISODate)},
                         {QStringLiteral("from"), fromOrganization.trimmed()}};
    // A resident who left this clinic and returns: reactivate the same archive.
    const QString idNumber = fields.value(QStringLiteral("idNumber")).toString().trimmed().toUpper();
    if (!idNumber.isEmpty()) {
        auto rows = m_session.store().db().query(
            QStringLiteral("SELECT id FROM resident_index WHERE id_number = ? AND status = 'transferred_out'"), {idNumber});
        if (!rows)
            return fail(rows.error());
        if (!rows->isEmpty()) {
            const QString id = rows->first()[0].toString();
            Resident out;
            CL_TRY(m_session.store().db().transaction([&]() -> Result<void> {
                auto current = load(id);
                if (!current)
                    return fail(current.error());
                QJsonObject p = current->payload;
                p.insert(QStringLiteral("status"), statusKey(ResidentStatus::Active));
                p.remove(QStringLiteral("statusDetail"));
                p.insert(QStringLiteral("events"), appended(p.value(QStringLiteral("events")), event(QStringLiteral("transferred_in"), ev)));
                auto w = write(id, current->version, p);
                if (!w)
                    return fail(w.error());
                out = *w;
                return {};
            }));
            return out;
        }
    }
    QJsonObject input = fields;
    input.insert(QStringLiteral("createdEvent"), ev);
    return create(input);
}

Result<Resident> Registry::registerDeath(const QString &id, const QDate &date, const QString &cause)
{
    if (!date.isValid() || date > today())
        return fail(ErrorCode::InvalidDate, QStringLiteral("deathDate"));
    return changeStatus(id, ResidentStatus::Deceased,
                        event(QStringLiteral("deceased"), {{QStringLiteral("deathDate"), date.toString(Qt::ISODate)},
                                                           {QStringLiteral("cause"), cause.trimmed()}}));
}

Result<Resident> Registry::close(const QString &id, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return fail(ErrorCode::RequiredFieldMissing, QStringLiteral("reason"));
    return changeStatus(id, ResidentStatus::Closed, event(QStringLiteral("closed"), {{QStringLiteral("reason"), reason.trimmed()}}));
}

Result<MergeOutcome> Registry::merge(const QString &survivorId, const QString &duplicateId, const QString &reason)
{
    CL_TRY(m_session.require(Permission::WritePatients));
    if (survivorId == duplicateId)
        return fail(ErrorCode::MergeNotAllowed, QStringLiteral("same archive"));
    store::Store &s = m_session.store();
    MergeOutcome out;
    CL_TRY(s.db().transaction([&]() -> Result<void> {
        auto survivor = load(survivorId);
        if (!survivor)
            return fail(survivor.error());
        auto duplicate = load(duplicateId);
        if (!duplicate)
            return fail(duplicate.error());
        if (survivor->status() != ResidentStatus::Active || duplicate->status() == ResidentStatus::Merged)
            return fail(ErrorCode::ArchiveNotActive, QStringLiteral("resident"));
        const QString a = survivor->idNumber();
        const QString b = duplicate->idNumber();
        if (!a.isEmpty() && !b.isEmpty() && a != b)
            return fail(ErrorCode::MergeNotAllowed, QStringLiteral("different ID numbers"));
        if (!duplicate->familyId().isEmpty())
            return fail(ErrorCode::MergeNotAllowed, QStringLiteral("duplicate is a family member"));

        const QString mergeId = newId(s.clock());
        // Survivor: blank form fields filled from the duplicate; the duplicate's history appended.
        QJsonObject p = survivor->payload;
        QJsonArray filled;
        for (const FieldSpec &f : m_fields.fields()) {
            const QString top = f.key.section(QLatin1Char('.'), 0, 0);
            if (!p.contains(top) && duplicate->payload.contains(top)) {
                p.insert(top, duplicate->payload.value(top));
                filled.append(top);
            }
        }
        QJsonArray events = p.value(QStringLiteral("events")).toArray();
        for (const QJsonValue &e : duplicate->payload.value(QStringLiteral("events")).toArray()) {
            QJsonObject o = e.toObject();
            o.insert(QStringLiteral("fromResident"), duplicateId);
            events.append(o);
        }
        const QJsonObject mergeInfo{{QStringLiteral("mergeRecord"), mergeId},
                                    {QStringLiteral("duplicate"), duplicateId},
                                    {QStringLiteral("duplicateArchiveNumber"), duplicate->archiveNumber()},
                                    {QStringLiteral("filledFields"), filled},
                                    {QStringLiteral("reason"), reason.trimmed()}};
        events.append(event(QStringLiteral("merged"), mergeInfo));
        p.insert(QStringLiteral("events"), events);
        p.insert(QStringLiteral("mergedFrom"), appended(p.value(QStringLiteral("mergedFrom")), duplicateId));

        // Duplicate: kept whole, marked merged.
        QJsonObject d = duplicate->payload;
        d.insert(QStringLiteral("status"), statusKey(ResidentStatus::Merged));
        d.insert(QStringLiteral("mergedInto"), survivorId);
        d.insert(QStringLiteral("events"), appended(d.value(QStringLiteral("events")),
                                                    event(QStringLiteral("merged_into"), {{QStringLiteral("survivor"), survivorId},
                                                                                          {QStringLiteral("mergeRecord"), mergeId}})));
        // Write the duplicate first: it frees its ID number for the survivor.
        auto wd = write(duplicateId, duplicate->version, d);
        if (!wd)
            return fail(wd.error());
        if (a.isEmpty() && !b.isEmpty()) {
            // The ID number is authoritative for sex and birth date.
            for (const char *k : {"idNumber", "sex", "birthDate"})
                p.insert(QLatin1String(k), duplicate->payload.value(QLatin1String(k)));
        }
        auto ws = write(survivorId, survivor->version, p);
        if (!ws)
            return fail(ws.error());
        const QJsonObject record{{QStringLiteral("survivor"), survivorId},
                                 {QStringLiteral("survivorVersionBefore"), survivor->version},
                                 {QStringLiteral("duplicate"), duplicateId},
                                 {QStringLiteral("duplicateVersionBefore"), duplicate->version},
                                 {QStringLiteral("duplicateSnapshot"), duplicate->payload},
                                 {QStringLiteral("filledFields"), filled},
                                 {QStringLiteral("reason"), reason.trimmed()},
                                 {QStringLiteral("at"), s.clock().nowUtc().toString(Qt::ISODateWithMs)},
                                 {QStringLiteral("by"), s.actor().username}};
        auto wm = s.putRecord(QLatin1String(kMergeRecord), mergeId, 0, record);
        if (!wm)
            return fail(wm.error());
        out = MergeOutcome{*ws, *wd, mergeId};
        return {};
    }));
    return out;
}

Result<QList<SearchHit>> Registry::search(const QString &text, int limit)
{
    CL_TRY(m_session.require(Permission::ReadPatients));
    const SurnameReadings &readings = surnameReadings();
    return detail::searchResidents(m_session.store().db(), text, limit,
                                   [&readings](const QString &han) { return namePinyin(han, readings); });
}

} // namespace cliniclink::registry
