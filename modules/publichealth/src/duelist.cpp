#include "cliniclink/publichealth/duelist.h"

#include "cliniclink/identity/session.h"

namespace cliniclink::publichealth {

using identity::Permission;

std::optional<DueBucket> dueBucket(const QDate &due, const QDate &today)
{
    if (!due.isValid())
        return std::nullopt;
    if (due < today)
        return DueBucket::Overdue;
    const QDate endOfWeek = today.addDays(7 - today.dayOfWeek()); // ISO week ends on Sunday
    if (due <= endOfWeek)
        return DueBucket::ThisWeek;
    const QDate endOfMonth = QDate(today.year(), today.month(), today.daysInMonth());
    if (due <= endOfMonth)
        return DueBucket::ThisMonth;
    return std::nullopt;
}

QDate dueDate(const RegisterRule &rule, const QDate &since, const QDate &birthDate, const QDate &lastVisit,
              const QDate &lastNextVisit, int checksDone)
{
    if (!rule.checkAgesMonths.isEmpty()) {
        if (!birthDate.isValid() || checksDone >= rule.checkAgesMonths.size())
            return {};
        return birthDate.addMonths(rule.checkAgesMonths.at(checksDone));
    }
    if (lastNextVisit.isValid())
        return lastNextVisit;
    if (lastVisit.isValid())
        return rule.intervalMonths > 0 ? lastVisit.addMonths(rule.intervalMonths) : QDate();
    return since;
}

DueList::DueList(identity::Session &session) : m_session(session) {}

Result<QList<DueItem>> DueList::items(const QDate &today, const DueFilter &filter)
{
    CL_TRY(m_session.require(Permission::ReadPatients));
    const QString day = today.toString(Qt::ISODate);
    // One row per register member: the latest form of the register's form, and how many there are.
    QString sql = QStringLiteral(
        "SELECT r.population, r.resident_id, r.since, r.doctor, r.village, i.name, i.archive_number, i.birth_date, "
        "(SELECT MAX(f.visit_date) FROM ph_form_index f WHERE f.resident_id = r.resident_id AND f.form_id = ?1), "
        "(SELECT f.next_visit_date FROM ph_form_index f WHERE f.resident_id = r.resident_id AND f.form_id = ?1 "
        " ORDER BY f.visit_date DESC LIMIT 1), "
        "(SELECT COUNT(*) FROM ph_form_index f WHERE f.resident_id = r.resident_id AND f.form_id = ?1) "
        "FROM ph_register r JOIN resident_index i ON i.id = r.resident_id "
        "WHERE r.population = ?2 AND r.since <= ?3 AND (r.until IS NULL OR r.until > ?3) AND i.status = 'active'");
    QVariantList base;
    if (!filter.doctor.isEmpty())
        sql += QStringLiteral(" AND r.doctor = ?4");
    if (!filter.village.isEmpty())
        sql += QStringLiteral(" AND r.village = ?5");
    QList<DueItem> out;
    for (const RegisterRule &rule : registerRules()) {
        if (rule.form.isEmpty())
            continue;
        QVariantList params{rule.form, populationKey(rule.population), day, filter.doctor, filter.village};
        if (filter.village.isEmpty())
            params.removeLast();
        if (filter.village.isEmpty() && filter.doctor.isEmpty())
            params.removeLast();
        auto rows = m_session.store().db().query(sql, params);
        if (!rows)
            return fail(rows.error());
        for (const store::Row &r : *rows) {
            DueItem item;
            item.population = rule.population;
            item.residentId = r.at(1).toString();
            item.doctor = r.at(3).toString();
            item.village = r.at(4).toString();
            item.name = r.at(5).toString();
            item.archiveNumber = r.at(6).toString();
            item.formId = rule.form;
            item.lastVisit = QDate::fromString(r.at(8).toString(), Qt::ISODate);
            item.dueDate = dueDate(rule, QDate::fromString(r.at(2).toString(), Qt::ISODate),
                                   QDate::fromString(r.at(7).toString(), Qt::ISODate), item.lastVisit,
                                   QDate::fromString(r.at(9).toString(), Qt::ISODate), int(r.at(10).toLongLong()));
            const auto bucket = dueBucket(item.dueDate, today);
            if (!bucket)
                continue;
            item.bucket = *bucket;
            out << item;
        }
    }
    std::sort(out.begin(), out.end(), [](const DueItem &a, const DueItem &b) {
        return a.dueDate != b.dueDate ? a.dueDate < b.dueDate : a.archiveNumber < b.archiveNumber;
    });
    return out;
}

} // namespace cliniclink::publichealth
