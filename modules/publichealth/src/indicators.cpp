#include "cliniclink/publichealth/indicators.h"

#include "cliniclink/identity/session.h"

namespace cliniclink::publichealth {

using identity::Permission;

namespace {
const QString kPopulationMeta = QStringLiteral("publichealth.residentPopulation");

// Members of a register on `end` with at least `minVisits` face-to-face follow-ups of `form`
// in (start, end], and those whose latest follow-up in that window was controlled.
struct ManagementCounts {
    qint64 members = 0;
    qint64 standard = 0;
    qint64 controlled = 0;
};

Result<ManagementCounts> management(store::Database &db, const QString &population, const QString &form, const QDate &start,
                                    const QDate &end, int minVisits)
{
    const QString s = start.toString(Qt::ISODate), e = end.toString(Qt::ISODate);
    auto row = db.queryOne(
        QStringLiteral(
            "SELECT COUNT(*), "
            "SUM(CASE WHEN (SELECT COUNT(*) FROM ph_form_index f WHERE f.resident_id = r.resident_id AND f.form_id = ?1 "
            "  AND f.face_to_face = 1 AND f.visit_date > ?2 AND f.visit_date <= ?3) >= ?4 THEN 1 ELSE 0 END), "
            "SUM(CASE WHEN (SELECT f.controlled FROM ph_form_index f WHERE f.resident_id = r.resident_id AND f.form_id = ?1 "
            "  AND f.visit_date > ?2 AND f.visit_date <= ?3 ORDER BY f.visit_date DESC LIMIT 1) = 1 THEN 1 ELSE 0 END) "
            "FROM ph_register r JOIN resident_index i ON i.id = r.resident_id "
            "WHERE r.population = ?5 AND r.since <= ?3 AND (r.until IS NULL OR r.until > ?3) AND i.status = 'active'"),
        {form, s, e, minVisits, population});
    if (!row)
        return fail(row.error());
    ManagementCounts c;
    if (row->has_value()) {
        c.members = (**row).at(0).toLongLong();
        c.standard = (**row).at(1).toLongLong();
        c.controlled = (**row).at(2).toLongLong();
    }
    return c;
}
// The chronic-disease registers share their indicators' shape; only names and texts differ.
struct ChronicIndicators {
    const char *population;
    const char *form;
    const char *standardKey;
    const char *standardName;
    const char *standardDefinition;
    const char *controlKey;
    const char *controlName;
    const char *controlDefinition;
};

const ChronicIndicators kChronic[] = {
    {"hypertension", "hypertension-followup", "hypertensionStandardManagement",
     QT_TRANSLATE_NOOP("cliniclink::publichealth::Indicator", "Hypertension: standard management rate"),
     QT_TRANSLATE_NOOP("cliniclink::publichealth::Indicator",
                       "Patients on the hypertension register with at least 4 face-to-face follow-ups "
                       "(clinic or home, not telephone) in the 12 months ending with the quarter ÷ patients "
                       "on the register × 100%."),
     "bloodPressureControl", QT_TRANSLATE_NOOP("cliniclink::publichealth::Indicator", "Hypertension: blood pressure control rate"),
     QT_TRANSLATE_NOOP("cliniclink::publichealth::Indicator",
                       "Patients whose latest follow-up in the 12 months ending with the quarter had blood "
                       "pressure below 140/90 mmHg ÷ patients on the hypertension register × 100%.")},
    {"diabetes", "diabetes-followup", "diabetesStandardManagement",
     QT_TRANSLATE_NOOP("cliniclink::publichealth::Indicator", "Type 2 diabetes: standard management rate"),
     QT_TRANSLATE_NOOP("cliniclink::publichealth::Indicator",
                       "Patients on the diabetes register with at least 4 face-to-face follow-ups (clinic "
                       "or home, not telephone) in the 12 months ending with the quarter ÷ patients on the "
                       "register × 100%."),
     "glucoseControl", QT_TRANSLATE_NOOP("cliniclink::publichealth::Indicator", "Type 2 diabetes: blood glucose control rate"),
     QT_TRANSLATE_NOOP("cliniclink::publichealth::Indicator",
                       "Patients whose latest follow-up in the 12 months ending with the quarter had a "
                       "fasting glucose below 7.0 mmol/L ÷ patients on the diabetes register × 100%.")},
};
} // namespace

Indicators::Indicators(identity::Session &session) : m_session(session) {}

Result<void> Indicators::setResidentPopulation(qint64 population)
{
    CL_TRY(m_session.require(Permission::ConfigureClinic));
    if (population < 0)
        return fail(ErrorCode::ValueOutOfRange, QStringLiteral("population"));
    return m_session.store().setMeta(kPopulationMeta, QString::number(population));
}

Result<std::optional<qint64>> Indicators::residentPopulation()
{
    auto v = m_session.store().meta(kPopulationMeta);
    if (!v)
        return fail(v.error());
    if (!v->has_value())
        return std::optional<qint64>();
    return std::optional<qint64>((*v)->toLongLong());
}

Result<QList<Indicator>> Indicators::compute(const Quarter &quarter)
{
    CL_TRY(m_session.require(Permission::ReadPatients));
    store::Database &db = m_session.store().db();
    const QDate end = quarter.last();
    const QDate start = end.addYears(-1); // the 12 months ending with the quarter
    QList<Indicator> out;

    auto archives = db.scalar(QStringLiteral("SELECT COUNT(*) FROM resident_index WHERE status = 'active'"));
    if (!archives)
        return fail(archives.error());
    auto population = residentPopulation();
    if (!population)
        return fail(population.error());
    out << Indicator{QStringLiteral("filingRate"), QT_TRANSLATE_NOOP("cliniclink::publichealth::Indicator", "Archive filing rate"),
                     QT_TRANSLATE_NOOP("cliniclink::publichealth::Indicator",
                                       "Active resident archives ÷ resident population of the service area (set by the "
                                       "clinic) × 100%."),
                     archives->toLongLong(), population->value_or(0)};

    // 规范管理率 and 控制率 of the chronic-disease registers: one query each, one pair of figures.
    for (const ChronicIndicators &c : kChronic) {
        auto counts = management(db, QLatin1String(c.population), QLatin1String(c.form), start, end, 4);
        if (!counts)
            return fail(counts.error());
        out << Indicator{QLatin1String(c.standardKey), c.standardName, c.standardDefinition, counts->standard, counts->members};
        out << Indicator{QLatin1String(c.controlKey), c.controlName, c.controlDefinition, counts->controlled, counts->members};
    }

    const QDate yearStart(quarter.year, 1, 1);
    auto elderly = db.queryOne(
        QStringLiteral("SELECT COUNT(*), SUM(CASE WHEN EXISTS (SELECT 1 FROM ph_form_index f WHERE f.resident_id = "
                       "r.resident_id AND f.form_id = 'health-exam' AND f.visit_date >= ?1 AND f.visit_date <= ?2) "
                       "THEN 1 ELSE 0 END) FROM ph_register r JOIN resident_index i ON i.id = r.resident_id "
                       "WHERE r.population = 'elderly' AND r.since <= ?2 AND i.status = 'active'"),
        {yearStart.toString(Qt::ISODate), end.toString(Qt::ISODate)});
    if (!elderly)
        return fail(elderly.error());
    out << Indicator{QStringLiteral("elderlyManagement"),
                     QT_TRANSLATE_NOOP("cliniclink::publichealth::Indicator", "Aged 65+: health management rate"),
                     QT_TRANSLATE_NOOP("cliniclink::publichealth::Indicator",
                                       "Residents aged 65 or over on the last day of the quarter with a health examination "
                                       "(健康体检表) from 1 January of that year ÷ residents aged 65 or over × 100%."),
                     elderly->has_value() ? (**elderly).at(1).toLongLong() : 0,
                     elderly->has_value() ? (**elderly).at(0).toLongLong() : 0};
    return out;
}

} // namespace cliniclink::publichealth
