#include "formindex.h"

#include "cliniclink/publichealth/formrecords.h"
#include "cliniclink/publichealth/registers.h"
#include "cliniclink/registry/resident.h"
#include "cliniclink/store/timeline.h"
#include "registerstore.h"

#include <QJsonArray>

namespace cliniclink::publichealth::detail {

namespace {
// Face-to-face unless the visit was by telephone (随访方式 3); forms without a mode are seen in person.
bool faceToFace(const QJsonObject &values)
{
    return values.value(QLatin1String("visitMode")).toString() != QLatin1String("3");
}

// The register entry a form gives its resident: from the visit date, until (pregnant) some days
// after the expected delivery date.
Result<void> noteRegisterOfForm(store::Store &s, const FormDefinition &def, Population p, const QString &residentId,
                                const QJsonObject &values)
{
    QDate until;
    const RegisterRule *rule = registerRule(p);
    const QDate edd = QDate::fromString(values.value(QLatin1String("expectedDeliveryDate")).toString(), Qt::ISODate);
    if (rule && rule->untilDaysAfterDueDate > 0 && edd.isValid())
        until = edd.addDays(rule->untilDaysAfterDueDate);
    return noteFormRegister(s, p, residentId, QDate::fromString(values.value(def.visitDateField()).toString(), Qt::ISODate), until);
}

// The entry of register `p` for one resident, derived again from the resident's remaining forms
// and archive (see removeFormIndex).
Result<void> rederiveRegister(store::Store &s, const FormLibrary &library, const QString &residentId, Population p,
                              const QDate &today)
{
    auto d = s.db().execute(QStringLiteral("DELETE FROM ph_register WHERE population = ? AND resident_id = ? AND source = 'form'"),
                            {populationKey(p), residentId});
    if (!d)
        return fail(d.error());
    // In the order they were saved here, as noteFormRegister saw them the first time.
    auto forms = s.db().query(QStringLiteral("SELECT i.id FROM ph_form_index i JOIN records r ON r.type = ? AND r.id = i.id "
                                             "WHERE i.resident_id = ? AND r.deleted = 0 ORDER BY r.created_at, i.id"),
                              {QLatin1String(kFormRecord), residentId});
    if (!forms)
        return fail(forms.error());
    for (const store::Row &row : *forms) {
        auto rec = s.record(QLatin1String(kFormRecord), row.at(0).toString());
        if (!rec)
            return fail(rec.error());
        if (!rec->has_value())
            continue;
        const FormDefinition *def = library.form((**rec).payload.value(QLatin1String("formId")).toString());
        if (!def || parsePopulation(def->population()) != p)
            continue;
        CL_TRY(noteRegisterOfForm(s, *def, p, residentId, storedEvaluation((**rec).payload).values));
    }
    auto resident = s.record(QLatin1String(registry::kResidentRecord), residentId);
    if (!resident)
        return fail(resident.error());
    if (!resident->has_value() || (**resident).deleted)
        return {};
    // Archive- and age-derived entries; it adds none where a remaining form put the resident.
    return deriveRegisters(s.db(), registry::Resident{residentId, (**resident).version, (**resident).payload}, today);
}
} // namespace

Result<void> writeFormIndex(store::Store &s, const FormDefinition &def, const QString &id, const QJsonObject &payload,
                            const Evaluation &evaluation, const QDateTime &createdUtc)
{
    const QJsonObject &v = evaluation.values;
    const QString visitDate = v.value(def.visitDateField()).toString();
    const QString residentId = payload.value(QLatin1String("residentId")).toString();
    const VisitOutcome outcome = visitOutcome(def, evaluation);
    bool measured = false;
    for (const Suggestion &sg : evaluation.suggestions)
        measured = measured || sg.kind == SuggestionKind::Controlled || sg.kind == SuggestionKind::Uncontrolled;
    const QString next = def.nextVisitField().isEmpty() ? QString() : v.value(def.nextVisitField()).toString();
    static const QStringList columns = {QStringLiteral("id"), QStringLiteral("resident_id"), QStringLiteral("form_id"),
                                        QStringLiteral("form_version"), QStringLiteral("visit_date"), QStringLiteral("next_visit_date"),
                                        QStringLiteral("controlled"), QStringLiteral("face_to_face"), QStringLiteral("signed"),
                                        QStringLiteral("author")};
    CL_TRY(s.db().replaceRow(QStringLiteral("ph_form_index"), columns,
                             {id, residentId, def.id(), def.version(), visitDate, next.isEmpty() ? QVariant() : QVariant(next),
                              measured ? QVariant(outcome.controlled ? 1 : 0) : QVariant(), faceToFace(v) ? 1 : 0,
                              payload.value(QLatin1String("status")).toString() == QLatin1String("signed") ? 1 : 0,
                              payload.value(QLatin1String("createdBy")).toString()},
                             {{QStringLiteral("id")}}));
    CL_TRY(store::putTimelineEntry(s.db(), {QLatin1String(kFormRecord), id, residentId, createdUtc,
                                            QStringLiteral("public_health_form"), def.title()}));
    if (auto pop = parsePopulation(def.population()))
        CL_TRY(noteRegisterOfForm(s, def, *pop, residentId, v));
    return {};
}

Result<void> removeFormIndex(store::Store &s, const FormLibrary &library, const QString &id, const QJsonObject &payload,
                             const QDate &today)
{
    // The index row says whose form it was; a tombstone's payload is the fallback.
    auto row = s.db().queryOne(QStringLiteral("SELECT resident_id, form_id FROM ph_form_index WHERE id = ?"), {id});
    if (!row)
        return fail(row.error());
    const QString residentId = row->has_value() ? (**row).at(0).toString() : payload.value(QLatin1String("residentId")).toString();
    const QString formId = row->has_value() ? (**row).at(1).toString() : payload.value(QLatin1String("formId")).toString();
    auto d = s.db().execute(QStringLiteral("DELETE FROM ph_form_index WHERE id = ?"), {id});
    if (!d)
        return fail(d.error());
    CL_TRY(store::removeTimelineEntry(s.db(), QLatin1String(kFormRecord), id));
    const FormDefinition *def = library.form(formId);
    const std::optional<Population> pop = def ? parsePopulation(def->population()) : std::nullopt;
    if (!pop || residentId.isEmpty())
        return {};
    return rederiveRegister(s, library, residentId, *pop, today);
}

Evaluation storedEvaluation(const QJsonObject &payload)
{
    Evaluation e;
    e.values = payload.value(QLatin1String("values")).toObject();
    for (const QJsonValue &x : payload.value(QLatin1String("suggestions")).toArray()) {
        const QJsonObject o = x.toObject();
        if (!o.value(QLatin1String("rule")).toString().endsWith(QLatin1String(".control")))
            continue;
        Suggestion sg;
        sg.rule = o.value(QLatin1String("rule")).toString();
        sg.field = o.value(QLatin1String("field")).toString();
        sg.value = o.value(QLatin1String("value"));
        sg.kind = sg.value.toString() == QLatin1String("1") ? SuggestionKind::Controlled : SuggestionKind::Uncontrolled;
        e.suggestions.append(sg);
    }
    return e;
}

} // namespace cliniclink::publichealth::detail
