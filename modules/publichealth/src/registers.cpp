#include "cliniclink/publichealth/registers.h"

#include "cliniclink/identity/session.h"
#include "cliniclink/publichealth/formlibrary.h"
#include "cliniclink/registry/registry.h"
#include "registerstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace cliniclink::publichealth {

using identity::Permission;

namespace {
const QString kIso = QStringLiteral("yyyy-MM-dd");

QList<RegisterRule> loadRules()
{
    QList<RegisterRule> out;
    const QJsonObject regs = QJsonDocument::fromJson(publicHealthData(QStringLiteral("forms/rules.json")))
                                 .object().value(QLatin1String("registers")).toObject();
    for (Population p : allPopulations()) {
        const QJsonObject o = regs.value(populationKey(p)).toObject();
        RegisterRule r;
        r.population = p;
        r.pastDiseaseCode = o.value(QLatin1String("pastDisease")).toString();
        if (o.contains(QLatin1String("fromAgeYears")))
            r.fromAgeYears = o.value(QLatin1String("fromAgeYears")).toInt();
        if (o.contains(QLatin1String("belowAgeYears")))
            r.belowAgeYears = o.value(QLatin1String("belowAgeYears")).toInt();
        r.form = o.value(QLatin1String("form")).toString();
        r.intervalMonths = o.value(QLatin1String("intervalMonths")).toInt();
        for (const QJsonValue &a : o.value(QLatin1String("checkAgesMonths")).toArray())
            r.checkAgesMonths << a.toInt();
        r.untilDaysAfterDueDate = o.value(QLatin1String("untilDaysAfterDueDate")).toInt();
        out << r;
    }
    return out;
}

RegisterEntry entryFromRow(const store::Row &r)
{
    RegisterEntry e;
    e.population = parsePopulation(r.at(0).toString()).value_or(Population::Hypertension);
    e.residentId = r.at(1).toString();
    e.since = QDate::fromString(r.at(2).toString(), Qt::ISODate);
    e.until = QDate::fromString(r.at(3).toString(), Qt::ISODate);
    e.source = r.at(4).toString();
    e.doctor = r.at(5).toString();
    e.village = r.at(6).toString();
    return e;
}

const QString kSelect = QStringLiteral("SELECT population, resident_id, since, until, source, doctor, village FROM ph_register ");
} // namespace

QList<Population> allPopulations()
{
    return {Population::Hypertension, Population::Diabetes, Population::Elderly, Population::Child,
            Population::Pregnant, Population::SevereMentalIllness, Population::Tuberculosis};
}

QString populationKey(Population p)
{
    switch (p) {
    case Population::Hypertension: return QStringLiteral("hypertension");
    case Population::Diabetes: return QStringLiteral("diabetes");
    case Population::Elderly: return QStringLiteral("elderly");
    case Population::Child: return QStringLiteral("child");
    case Population::Pregnant: return QStringLiteral("pregnant");
    case Population::SevereMentalIllness: return QStringLiteral("smi");
    case Population::Tuberculosis: return QStringLiteral("tb");
    }
    return {};
}

std::optional<Population> parsePopulation(const QString &key)
{
    for (Population p : allPopulations())
        if (populationKey(p) == key)
            return p;
    return std::nullopt;
}

const char *populationDisplayName(Population p)
{
    switch (p) {
    case Population::Hypertension: return QT_TRANSLATE_NOOP("cliniclink::publichealth::Population", "Hypertension");
    case Population::Diabetes: return QT_TRANSLATE_NOOP("cliniclink::publichealth::Population", "Type 2 diabetes");
    case Population::Elderly: return QT_TRANSLATE_NOOP("cliniclink::publichealth::Population", "Aged 65 and over");
    case Population::Child: return QT_TRANSLATE_NOOP("cliniclink::publichealth::Population", "Children 0–6 years");
    case Population::Pregnant: return QT_TRANSLATE_NOOP("cliniclink::publichealth::Population", "Pregnant women");
    case Population::SevereMentalIllness:
        return QT_TRANSLATE_NOOP("cliniclink::publichealth::Population", "Severe mental illness");
    case Population::Tuberculosis: return QT_TRANSLATE_NOOP("cliniclink::publichealth::Population", "Tuberculosis");
    }
    return "";
}

const QList<RegisterRule> &registerRules()
{
    static const QList<RegisterRule> rules = loadRules();
    return rules;
}

const RegisterRule *registerRule(Population p)
{
    for (const RegisterRule &r : registerRules())
        if (r.population == p)
            return &r;
    return nullptr;
}

namespace detail {

Place placeOf(const QJsonObject &payload)
{
    Place p;
    p.doctor = payload.value(QLatin1String("responsibleDoctor")).toString();
    p.village = payload.value(QLatin1String("village")).toString();
    const QString number = payload.value(QLatin1String("archiveNumber")).toString();
    if (p.village.isEmpty() && number.size() == 17)
        p.village = number.mid(9, 3); // county(6) + township(3) + village(3) + sequence(5)
    return p;
}

Result<void> putRegisterEntry(store::Database &db, const RegisterEntry &e)
{
    static const QStringList columns = {QStringLiteral("population"), QStringLiteral("resident_id"), QStringLiteral("since"),
                                        QStringLiteral("until"), QStringLiteral("source"), QStringLiteral("doctor"),
                                        QStringLiteral("village")};
    static const QList<QStringList> keys = {{QStringLiteral("population"), QStringLiteral("resident_id")}};
    return db.replaceRow(QStringLiteral("ph_register"), columns,
                         {populationKey(e.population), e.residentId, e.since.toString(kIso),
                          e.until.isValid() ? QVariant(e.until.toString(kIso)) : QVariant(), e.source, e.doctor, e.village},
                         keys);
}

Result<void> noteFormRegister(store::Store &store, Population p, const QString &residentId, const QDate &since,
                              const QDate &until)
{
    auto row = store.db().queryOne(QStringLiteral("SELECT since, until, source FROM ph_register WHERE population = ? AND "
                                                  "resident_id = ?"),
                                   {populationKey(p), residentId});
    if (!row)
        return fail(row.error());
    RegisterEntry e{p, residentId, since, until, QStringLiteral("form"), {}, {}};
    if (row->has_value()) {
        const QDate earlier = QDate::fromString((**row).at(0).toString(), Qt::ISODate);
        if (earlier.isValid() && earlier < since)
            e.since = earlier;
        if (!until.isValid())
            e.until = QDate::fromString((**row).at(1).toString(), Qt::ISODate);
    }
    // The payload alone (not Store::record: no times to parse), as often as forms are indexed.
    auto resident = store.db().scalar(QStringLiteral("SELECT payload FROM records WHERE type = ? AND id = ?"),
                                      {QLatin1String(registry::kResidentRecord), residentId});
    if (!resident)
        return fail(resident.error());
    if (!resident->isNull()) {
        const Place place = placeOf(QJsonDocument::fromJson(resident->toByteArray()).object());
        e.doctor = place.doctor;
        e.village = place.village;
    }
    return putRegisterEntry(store.db(), e);
}

} // namespace detail

Registers::Registers(identity::Session &session) : m_session(session) {}

Result<void> Registers::noteResident(const registry::Resident &resident)
{
    CL_TRY(m_session.require(Permission::WritePatients));
    store::Database &db = m_session.store().db();
    const QDate today = m_session.clock().nowUtc().toLocalTime().date();
    return db.transaction([&] { return detail::deriveRegisters(db, resident, today); });
}

Result<void> detail::deriveRegisters(store::Database &db, const registry::Resident &resident, const QDate &today)
{
    {
        // Archive- and age-derived entries are re-derived from scratch; form entries stay but
        // take the archive's doctor and village.
        auto del = db.execute(QStringLiteral("DELETE FROM ph_register WHERE resident_id = ? AND source <> 'form'"),
                              {resident.id});
        if (!del)
            return fail(del.error());
        if (resident.status() != registry::ResidentStatus::Active) {
            auto all = db.execute(QStringLiteral("DELETE FROM ph_register WHERE resident_id = ?"), {resident.id});
            return all ? Result<void>() : fail(all.error());
        }
        const detail::Place place = detail::placeOf(resident.payload);
        // What is left are form entries: one read for all rules below (most residents have none).
        auto forms = db.query(QStringLiteral("SELECT population FROM ph_register WHERE resident_id = ?"), {resident.id});
        if (!forms)
            return fail(forms.error());
        QSet<QString> byForm;
        for (const store::Row &r : *forms)
            byForm.insert(r.at(0).toString());
        if (!byForm.isEmpty()) {
            auto upd = db.execute(QStringLiteral("UPDATE ph_register SET doctor = ?, village = ? WHERE resident_id = ?"),
                                  {place.doctor, place.village, resident.id});
            if (!upd)
                return fail(upd.error());
        }
        const QDate birth = QDate::fromString(resident.payload.value(QLatin1String("birthDate")).toString(), Qt::ISODate);
        const QDate created = QDate::fromString(resident.payload.value(QLatin1String("createdOn")).toString(), Qt::ISODate);
        const QJsonArray diseases = resident.payload.value(QLatin1String("pastDiseases")).toArray();
        for (const RegisterRule &rule : registerRules()) {
            RegisterEntry e{rule.population, resident.id, {}, {}, {}, place.doctor, place.village};
            if (!rule.pastDiseaseCode.isEmpty()) {
                for (const QJsonValue &d : diseases) {
                    const QJsonObject o = d.toObject();
                    const QString code = d.isString() ? d.toString() : o.value(QLatin1String("code")).toString();
                    if (code != rule.pastDiseaseCode)
                        continue;
                    e.source = QStringLiteral("archive");
                    // 确诊时间 is kept as year/month or a date; the register starts then, or at filing.
                    const QString on = o.value(QLatin1String("diagnosedOn")).toString();
                    e.since = QDate::fromString(on.left(7) + QStringLiteral("-01"), Qt::ISODate);
                    if (!e.since.isValid())
                        e.since = created.isValid() ? created : today;
                }
            } else if (birth.isValid() && (rule.fromAgeYears || rule.belowAgeYears)) {
                e.source = QStringLiteral("age");
                e.since = rule.fromAgeYears ? birth.addYears(*rule.fromAgeYears) : birth;
                if (rule.belowAgeYears)
                    e.until = birth.addYears(*rule.belowAgeYears);
            }
            if (e.source.isEmpty() || (e.until.isValid() && e.until <= today))
                continue; // not on it, or aged out (a child past 7)
            if (byForm.contains(populationKey(rule.population)))
                continue; // a form already put the resident there
            CL_TRY(detail::putRegisterEntry(db, e));
        }
        return {};
    }
}

Result<int> Registers::rebuild()
{
    CL_TRY(m_session.require(Permission::WritePatients));
    auto records = m_session.store().records(QLatin1String(registry::kResidentRecord));
    if (!records)
        return fail(records.error());
    int n = 0;
    CL_TRY(m_session.store().db().transaction([&]() -> Result<void> {
        for (const store::Record &r : *records) {
            CL_TRY(noteResident(registry::Resident{r.id, r.version, r.payload}));
            ++n;
        }
        return {};
    }));
    return n;
}

Result<QList<RegisterEntry>> Registers::members(Population p, const QDate &on, const QString &doctor, const QString &village)
{
    CL_TRY(m_session.require(Permission::ReadPatients));
    QString sql = kSelect + QStringLiteral("WHERE population = ? AND since <= ? AND (until IS NULL OR until > ?)");
    QVariantList params{populationKey(p), on.toString(kIso), on.toString(kIso)};
    if (!doctor.isEmpty()) {
        sql += QStringLiteral(" AND doctor = ?");
        params << doctor;
    }
    if (!village.isEmpty()) {
        sql += QStringLiteral(" AND village = ?");
        params << village;
    }
    auto rows = m_session.store().db().query(sql, params);
    if (!rows)
        return fail(rows.error());
    QList<RegisterEntry> out;
    for (const store::Row &r : *rows)
        out << entryFromRow(r);
    return out;
}

Result<QList<RegisterEntry>> Registers::entriesFor(const QString &residentId)
{
    CL_TRY(m_session.require(Permission::ReadPatients));
    auto rows = m_session.store().db().query(kSelect + QStringLiteral("WHERE resident_id = ?"), {residentId});
    if (!rows)
        return fail(rows.error());
    QList<RegisterEntry> out;
    for (const store::Row &r : *rows)
        out << entryFromRow(r);
    return out;
}

Result<QHash<Population, int>> Registers::counts(const QDate &on)
{
    CL_TRY(m_session.require(Permission::ReadPatients));
    auto rows = m_session.store().db().query(
        QStringLiteral("SELECT population, COUNT(*) FROM ph_register WHERE since <= ? AND (until IS NULL OR until > ?) "
                       "GROUP BY population"),
        {on.toString(kIso), on.toString(kIso)});
    if (!rows)
        return fail(rows.error());
    QHash<Population, int> out;
    for (const store::Row &r : *rows)
        if (auto p = parsePopulation(r.at(0).toString()))
            out.insert(*p, int(r.at(1).toLongLong()));
    return out;
}

void followRegisters(registry::Registry &registry)
{
    identity::Session &session = registry.session();
    registry.addObserver([&session](const registry::Resident &r) { return Registers(session).noteResident(r); });
}

} // namespace cliniclink::publichealth
