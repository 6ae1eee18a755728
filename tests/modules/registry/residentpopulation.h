#pragma once
// A synthetic village population for benchmarks and load tests: plausible names (common and
// polyphonic surnames), unique valid ID numbers, phones. Deterministic for a given seed.
#include <QDate>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace cliniclink::registry::bench {

struct SyntheticResident {
    QString name;
    QString idNumber;
    QString phone;
    QString sexLabel;
    QDate birthDate;
    // 17 digits: ten villages (村委会 101–110) of township 450102001, so that more residents than one
    // clinic code's 99,999 sequence numbers fit (a township-sized migration).
    QString archiveNumber;
};

class Population {
public:
    explicit Population(quint32 seed = 4) : m_rng(seed) {}
    // The i-th resident (i < 900,000): ID numbers and phones are unique by construction.
    SyntheticResident make(int i);

private:
    QRandomGenerator m_rng;
};

} // namespace cliniclink::registry::bench
