#include "cliniclink/publichealth/formrecords.h"

#include "cliniclink/core/uuid7.h"
#include "cliniclink/identity/session.h"
#include "cliniclink/publichealth/registers.h"
#include "cliniclink/registry/resident.h"
#include "cliniclink/registry/residentfields.h"
#include "publichealthlogging.h"
#include "formindex.h"

#include <QJsonArray>

Q_LOGGING_CATEGORY(lcPublicHealth, "cliniclink.publichealth")

namespace cliniclink::publichealth {

using identity::Permission;

namespace {
FormRecord fromRecord(const store::Record &r) { return FormRecord{r.id, r.version, r.payload}; }

QJsonArray suggestionsJson(const QList<Suggestion> &suggestions)
{
    QJsonArray out;
    for (const Suggestion &s : suggestions)
        out.append(QJsonObject{{QStringLiteral("rule"), s.rule}, {QStringLiteral("field"), s.field}, {QStringLiteral("value"), s.value}});
    return out;
}
} // namespace

FormRecords::FormRecords(identity::Session &session, const FormLibrary &library, const RuleParameters &parameters)
    : m_session(session), m_library(library), m_parameters(parameters)
{
}

QString FormRecords::now() const { return m_session.clock().nowUtc().toString(Qt::ISODateWithMs); }

Result<const FormDefinition *> FormRecords::definition(const QString &formId) const
{
    const FormDefinition *def = m_library.form(formId);
    if (!def)
        return fail(ErrorCode::NotFound, QStringLiteral("form definition"));
    return def;
}

Result<FormContext> FormRecords::context(const QString &residentId)
{
    CL_TRY(m_session.require(Permission::ReadPatients));
    FormContext ctx;
    ctx.today = m_session.clock().nowUtc().toLocalTime().date();
    auto resident = m_session.store().record(QLatin1String(registry::kResidentRecord), residentId);
    if (!resident)
        return fail(resident.error());
    if (!resident->has_value())
        return fail(ErrorCode::NotFound, QStringLiteral("resident"));
    ctx.birthDate = QDate::fromString((*resident)->payload.value(QLatin1String("birthDate")).toString(), Qt::ISODate);
    ctx.sex = (*resident)->payload.value(QLatin1String("sex")).toString();
    // Height for BMI comes from the latest health examination that recorded it.
    auto rows = m_session.store().db().query(
        QStringLiteral("SELECT id FROM ph_form_index WHERE resident_id = ? AND form_id = 'health-exam' "
                       "ORDER BY visit_date DESC LIMIT 3"),
        {residentId});
    if (!rows)
        return fail(rows.error());
    for (const store::Row &r : *rows) {
        auto exam = m_session.store().record(QLatin1String(kFormRecord), r.at(0).toString());
        if (!exam)
            return fail(exam.error());
        const QJsonValue h = exam->has_value() ? (*exam)->payload.value(QLatin1String("values")).toObject().value(QLatin1String("height"))
                                               : QJsonValue();
        if (h.isDouble()) {
            ctx.heightCm = h.toDouble();
            break;
        }
    }
    return ctx;
}

Result<Evaluation> FormRecords::checked(const FormDefinition &def, const QString &residentId, const QJsonObject &values,
                                        const QString &excludeRecordId)
{
    auto ctx = context(residentId);
    if (!ctx)
        return fail(ctx.error());
    // The previous visit of this form (before this one) for the consecutive-visit rule.
    std::optional<VisitOutcome> previous;
    const QDate visitDate = registry::parseLooseDate(values.value(def.visitDateField()).toString());
    if (visitDate.isValid()) {
        auto row = m_session.store().db().queryOne(
            QStringLiteral("SELECT visit_date, controlled FROM ph_form_index WHERE resident_id = ? AND form_id = ? AND "
                           "visit_date < ? AND id <> ? ORDER BY visit_date DESC LIMIT 1"),
            {residentId, def.id(), visitDate.toString(Qt::ISODate), excludeRecordId});
        if (!row)
            return fail(row.error());
        if (row->has_value()) {
            VisitOutcome o;
            o.date = QDate::fromString((**row).at(0).toString(), Qt::ISODate);
            o.controlled = (**row).at(1).isNull() || (**row).at(1).toLongLong() != 0;
            previous = o;
        }
    }
    return evaluateForm(def, values, *ctx, previous, m_parameters);
}

Result<Evaluation> FormRecords::evaluate(const QString &formId, const QString &residentId, const QJsonObject &values)
{
    auto def = definition(formId);
    if (!def)
        return fail(def.error());
    return checked(**def, residentId, values, {});
}

Result<FormRecord> FormRecords::write(const FormDefinition &def, const QString &id, qint64 baseVersion, QJsonObject payload,
                                      const Evaluation &evaluation)
{
    store::Store &s = m_session.store();
    const QJsonObject &v = evaluation.values;
    const QString visitDate = v.value(def.visitDateField()).toString();
    payload.insert(QStringLiteral("values"), v);
    payload.insert(QStringLiteral("visitDate"), visitDate);
    payload.insert(QStringLiteral("suggestions"), suggestionsJson(evaluation.suggestions));
    payload.insert(QStringLiteral("savedBy"), s.actor().username);
    payload.insert(QStringLiteral("savedAt"), now());
    FormRecord out;
    CL_TRY(s.db().transaction([&]() -> Result<void> {
        auto rec = s.putRecord(QLatin1String(kFormRecord), id, baseVersion, payload);
        if (!rec)
            return fail(rec.error());
        CL_TRY(detail::writeFormIndex(s, def, id, payload, evaluation, rec->createdUtc));
        out = fromRecord(*rec);
        return {};
    }));
    return out;
}

Result<FormRecord> FormRecords::save(const QString &formId, const QString &residentId, const QJsonObject &values, bool sign)
{
    CL_TRY(m_session.require(Permission::WritePatients));
    auto def = definition(formId);
    if (!def)
        return fail(def.error());
    auto resident = m_session.store().record(QLatin1String(registry::kResidentRecord), residentId);
    if (!resident)
        return fail(resident.error());
    if (!resident->has_value())
        return fail(ErrorCode::NotFound, QStringLiteral("resident"));
    if (registry::Resident{residentId, 0, (*resident)->payload}.status() != registry::ResidentStatus::Active)
        return fail(ErrorCode::ArchiveNotActive, QStringLiteral("resident"));
    auto ev = checked(**def, residentId, values, {});
    if (!ev)
        return fail(ev.error());
    if (!ev->ok())
        return fail(ErrorCode::FormHasErrors, ev->issues.first().field);
    const QString by = m_session.store().actor().username;
    QJsonObject payload{{QStringLiteral("formId"), formId},
                        {QStringLiteral("formVersion"), (*def)->version()},
                        {QStringLiteral("residentId"), residentId},
                        {QStringLiteral("status"), sign ? QStringLiteral("signed") : QStringLiteral("draft")},
                        {QStringLiteral("createdBy"), by},
                        {QStringLiteral("createdAt"), now()},
                        {QStringLiteral("amendments"), QJsonArray()}};
    if (sign) {
        payload.insert(QStringLiteral("signedBy"), by);
        payload.insert(QStringLiteral("signedAt"), now());
    }
    auto r = write(**def, newId(m_session.store().clock()), 0, payload, *ev);
    if (r)
        qCInfo(lcPublicHealth) << "form saved" << formId << r->id;
    return r;
}

Result<FormRecord> FormRecords::load(const QString &id)
{
    auto rec = m_session.store().record(QLatin1String(kFormRecord), id);
    if (!rec)
        return fail(rec.error());
    if (!rec->has_value() || (*rec)->deleted)
        return fail(ErrorCode::NotFound, QStringLiteral("form"));
    return fromRecord(**rec);
}

Result<FormRecord> FormRecords::update(const QString &id, qint64 baseVersion, const QJsonObject &values, bool sign)
{
    CL_TRY(m_session.require(Permission::WritePatients));
    auto current = load(id);
    if (!current)
        return fail(current.error());
    if (current->version != baseVersion)
        return fail(ErrorCode::VersionConflict, QStringLiteral("form"));
    if (current->isSigned())
        return fail(ErrorCode::FormSigned, QStringLiteral("form"));
    auto def = definition(current->formId());
    if (!def)
        return fail(def.error());
    auto ev = checked(**def, current->residentId(), values, id);
    if (!ev)
        return fail(ev.error());
    if (!ev->ok())
        return fail(ErrorCode::FormHasErrors, ev->issues.first().field);
    QJsonObject payload = current->payload;
    // A draft is re-filled against the current definition.
    payload.insert(QStringLiteral("formVersion"), (*def)->version());
    if (sign) {
        payload.insert(QStringLiteral("status"), QStringLiteral("signed"));
        payload.insert(QStringLiteral("signedBy"), m_session.store().actor().username);
        payload.insert(QStringLiteral("signedAt"), now());
    }
    return write(**def, id, baseVersion, payload, *ev);
}

Result<FormRecord> FormRecords::sign(const QString &id, qint64 baseVersion)
{
    CL_TRY(m_session.require(Permission::WritePatients));
    auto current = load(id);
    if (!current)
        return fail(current.error());
    if (current->isSigned())
        return fail(ErrorCode::FormSigned, QStringLiteral("form"));
    return update(id, baseVersion, current->values(), true);
}

Result<FormRecord> FormRecords::amend(const QString &id, qint64 baseVersion, const QJsonObject &values, const QString &reason)
{
    CL_TRY(m_session.require(Permission::WritePatients));
    if (reason.trimmed().isEmpty())
        return fail(ErrorCode::AmendmentReasonMissing, QStringLiteral("reason"));
    auto current = load(id);
    if (!current)
        return fail(current.error());
    if (current->version != baseVersion)
        return fail(ErrorCode::VersionConflict, QStringLiteral("form"));
    if (!current->isSigned())
        return update(id, baseVersion, values, false);
    // A signed form is read against the definition version it was signed with when that is
    // still known; otherwise the current one.
    auto def = definition(current->formId());
    if (!def)
        return fail(def.error());
    auto ev = checked(**def, current->residentId(), values, id);
    if (!ev)
        return fail(ev.error());
    if (!ev->ok())
        return fail(ErrorCode::FormHasErrors, ev->issues.first().field);
    const QJsonObject before = current->values();
    QJsonArray changed;
    QJsonObject previous;
    QStringList keys = before.keys() + ev->values.keys();
    keys.removeDuplicates();
    for (const QString &k : std::as_const(keys)) {
        if (before.value(k) == ev->values.value(k))
            continue;
        changed.append(k);
        previous.insert(k, before.contains(k) ? before.value(k) : QJsonValue());
    }
    if (changed.isEmpty())
        return *current;
    QJsonObject payload = current->payload;
    QJsonArray trail = payload.value(QLatin1String("amendments")).toArray();
    trail.append(QJsonObject{{QStringLiteral("at"), now()},
                             {QStringLiteral("by"), m_session.store().actor().username},
                             {QStringLiteral("reason"), reason.trimmed()},
                             {QStringLiteral("fields"), changed},
                             {QStringLiteral("previous"), previous}});
    payload.insert(QStringLiteral("amendments"), trail);
    return write(**def, id, baseVersion, payload, *ev);
}

Result<std::optional<FormRecord>> FormRecords::form(const QString &id)
{
    CL_TRY(m_session.require(Permission::ReadPatients));
    auto rec = m_session.store().readRecordAudited(QLatin1String(kFormRecord), id);
    if (!rec)
        return fail(rec.error());
    if (!rec->has_value() || (*rec)->deleted)
        return std::optional<FormRecord>();
    return std::optional<FormRecord>(fromRecord(**rec));
}

Result<QList<FormRecord>> FormRecords::forms(const QString &residentId, const QString &formId)
{
    CL_TRY(m_session.require(Permission::ReadPatients));
    QString sql = QStringLiteral("SELECT id FROM ph_form_index WHERE resident_id = ?");
    QVariantList params{residentId};
    if (!formId.isEmpty()) {
        sql += QStringLiteral(" AND form_id = ?");
        params << formId;
    }
    sql += QStringLiteral(" ORDER BY visit_date DESC, id DESC");
    auto rows = m_session.store().db().query(sql, params);
    if (!rows)
        return fail(rows.error());
    QList<FormRecord> out;
    for (const store::Row &r : *rows) {
        auto rec = load(r.at(0).toString());
        if (!rec)
            return fail(rec.error());
        out << *rec;
    }
    return out;
}

Result<std::optional<FormRecord>> FormRecords::lastVisit(const QString &residentId, const QString &formId)
{
    CL_TRY(m_session.require(Permission::ReadPatients));
    auto row = m_session.store().db().queryOne(
        QStringLiteral("SELECT id FROM ph_form_index WHERE resident_id = ? AND form_id = ? ORDER BY visit_date DESC, id DESC "
                       "LIMIT 1"),
        {residentId, formId});
    if (!row)
        return fail(row.error());
    if (!row->has_value())
        return std::optional<FormRecord>();
    auto rec = load((**row).at(0).toString());
    if (!rec)
        return fail(rec.error());
    return std::optional<FormRecord>(*rec);
}

} // namespace cliniclink::publichealth
