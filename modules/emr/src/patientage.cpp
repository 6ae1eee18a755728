#include "cliniclink/emr/patientage.h"

using namespace Qt::StringLiterals;

namespace cliniclink::emr {

PatientAge ageOn(const QDate &birth, const QDate &on)
{
    PatientAge a;
    if (!birth.isValid() || !on.isValid() || on < birth)
        return a;
    a.valid = true;
    a.totalDays = int(birth.daysTo(on));
    int months = (on.year() - birth.year()) * 12 + (on.month() - birth.month());
    // addMonths clamps to the month's end (born 31 Jan → 28/29 Feb), as people count it.
    if (birth.addMonths(months) > on)
        --months;
    a.years = months / 12;
    a.months = months % 12;
    a.days = int(birth.addMonths(months).daysTo(on));
    return a;
}

QString PatientAge::text() const
{
    if (!valid)
        return {};
    if (years == 0 && months == 0)
        return QString::number(days) + u"天"_s;
    if (years == 0)
        return QString::number(months) + u"月"_s + (days ? QString::number(days) + u"天"_s : QString());
    if (years < 3)
        return QString::number(years) + u"岁"_s + (months ? QString::number(months) + u"月"_s : QString());
    return QString::number(years) + u"岁"_s;
}

} // namespace cliniclink::emr
