#pragma once

#include "cliniclink/core/result.h"

#include <QList>
#include <QString>

namespace cliniclink::his {

// Dosing frequencies (给药频次) as administrations per day = perDay / perDays.
struct Frequency {
    const char *key;   // "qd", "bid", …
    const char *label; // "每日一次"
    int perDay;
    int perDays;
    bool asNeeded; // prn: the quantity is entered by the doctor
    bool once;     // st: a single administration, whatever the days
};

const QList<Frequency> &frequencies();
const Frequency *findFrequency(const QString &key); // case-insensitive; nullptr if unknown

// Dispensing units for dose × frequency × days, rounded up to whole units:
// ceil(dose / dosePerUnit × administrations). InvalidFrequency, InvalidQuantity (dose ≤ 0,
// days < 1, prn — the caller must give the quantity).
Result<qint64> computeQuantity(double dose, double dosePerUnit, const QString &frequency, int days);
// Administrations in one day (st counts as one), for the daily-dose check.
double administrationsPerDay(const QString &frequency);

} // namespace cliniclink::his
