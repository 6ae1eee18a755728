#pragma once

#include <QDate>
#include <QString>

namespace cliniclink::emr {

// 实足年龄: completed years, then months and days since the last (month) birthday.
struct PatientAge {
    int years = 0;
    int months = 0; // within the year
    int days = 0;   // within the month
    int totalDays = 0;
    bool valid = false;

    // Prescriptions write newborns and infants in days/months (处方管理办法): "18天",
    // "3月12天" under one year, "1岁2月" under three, else "45岁".
    QString text() const;
};

PatientAge ageOn(const QDate &birth, const QDate &on);

} // namespace cliniclink::emr
