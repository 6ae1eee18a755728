#include "formindex.h"

#include "cliniclink/publichealth/formrecords.h"
#include "cliniclink/publichealth/registers.h"
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
    if (auto pop = parsePopulation(def.population())) {
        QDate until;
        const RegisterRule *rule = registerRule(*pop);
        const QDate edd = QDate::fromString(v.value(QLatin1String("expectedDeliveryDate")).toString(), Qt::ISODate);
        if (rule && rule->untilDaysAfterDueDate > 0 && edd.isValid())
            until = edd.addDays(rule->untilDaysAfterDueDate);
        CL_TRY(noteFormRegister(s, *pop, residentId, QDate::fromString(visitDate, Qt::ISODate), until));
    }
    return {};
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
