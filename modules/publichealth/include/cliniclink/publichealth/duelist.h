#pragma once

#include "cliniclink/core/result.h"
#include "cliniclink/publichealth/registers.h"

#include <QDate>
#include <QList>

namespace cliniclink::identity {
class Session;
}

namespace cliniclink::publichealth {

enum class DueBucket { Overdue, ThisWeek, ThisMonth };

struct DueItem {
    QString residentId;
    QString name;
    QString archiveNumber;
    Population population = Population::Hypertension;
    QString formId;
    QDate dueDate;
    QDate lastVisit; // invalid if never seen
    DueBucket bucket = DueBucket::ThisMonth;
    QString doctor;
    QString village;
};

struct DueFilter {
    QString doctor;  // responsible doctor (责任医生), empty = all
    QString village; // empty = all
};

// Which week/month bucket a due date falls in on `today`: before today → Overdue; up to the
// end of this ISO week (Sunday) → ThisWeek; up to the end of this month → ThisMonth; later →
// nullopt (not listed).
std::optional<DueBucket> dueBucket(const QDate &due, const QDate &today);

// When a register member is next due: the last form's next visit date, or its visit date plus
// the register's interval; a child's next check age; on joining the register when never seen.
QDate dueDate(const RegisterRule &rule, const QDate &since, const QDate &birthDate, const QDate &lastVisit,
              const QDate &lastNextVisit, int checksDone);

// The doctor's work list: who is overdue, due this week, due this month — per register.
class DueList {
public:
    explicit DueList(identity::Session &session);
    Result<QList<DueItem>> items(const QDate &today, const DueFilter &filter = {});

private:
    identity::Session &m_session;
};

} // namespace cliniclink::publichealth
