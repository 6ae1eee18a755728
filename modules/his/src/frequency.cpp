#include "cliniclink/his/frequency.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace cliniclink::his {

const QList<Frequency> &frequencies()
{
    static const QList<Frequency> list = {
        {"qd", "每日一次", 1, 1, false, false},    {"bid", "每日两次", 2, 1, false, false},
        {"tid", "每日三次", 3, 1, false, false},   {"qid", "每日四次", 4, 1, false, false},
        {"qn", "每晚一次", 1, 1, false, false},    {"qm", "每晨一次", 1, 1, false, false},
        {"q12h", "每12小时一次", 2, 1, false, false}, {"q8h", "每8小时一次", 3, 1, false, false},
        {"q6h", "每6小时一次", 4, 1, false, false}, {"q4h", "每4小时一次", 6, 1, false, false},
        {"qod", "隔日一次", 1, 2, false, false},   {"biw", "每周两次", 2, 7, false, false},
        {"qw", "每周一次", 1, 7, false, false},    {"st", "立即", 1, 1, false, true},
        {"prn", "必要时", 0, 1, true, false},
    };
    return list;
}

const Frequency *findFrequency(const QString &key)
{
    const QString k = key.trimmed().toLower();
    for (const Frequency &f : frequencies())
        if (k == QLatin1String(f.key))
            return &f;
    return nullptr;
}

Result<qint64> computeQuantity(double dose, double dosePerUnit, const QString &frequency, int days)
{
    const Frequency *f = findFrequency(frequency);
    if (!f)
        return fail(ErrorCode::InvalidFrequency, frequency.left(8));
    if (!(dose > 0) || !(dosePerUnit > 0) || days < 1)
        return fail(ErrorCode::InvalidQuantity, u"dose or days"_s);
    if (f->asNeeded)
        return fail(ErrorCode::InvalidQuantity, u"prn needs an explicit quantity"_s);
    // Administrations over the course: ceil for qod/qw ("every other day for 3 days" is 2).
    const qint64 administrations = f->once ? 1 : (qint64(days) * f->perDay + f->perDays - 1) / f->perDays;
    const double units = dose / dosePerUnit * double(administrations);
    // The epsilon keeps 0.1 × 3 = 0.30000000000000004 from becoming one unit too many.
    return qint64(std::ceil(units - 1e-9));
}

double administrationsPerDay(const QString &frequency)
{
    const Frequency *f = findFrequency(frequency);
    if (!f || f->asNeeded)
        return 0;
    return f->once ? 1.0 : double(f->perDay) / double(f->perDays);
}

} // namespace cliniclink::his
