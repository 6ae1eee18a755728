#pragma once

#include "cliniclink/core/result.h"
#include "cliniclink/registry/resident.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace cliniclink::identity {
class Session;
}
namespace cliniclink::registry {
class Registry;
}

namespace cliniclink::publichealth {

// 重点人群: the key populations of the service specification.
enum class Population { Hypertension, Diabetes, Elderly, Child, Pregnant, SevereMentalIllness, Tuberculosis };
QList<Population> allPopulations();
QString populationKey(Population p); // hypertension, diabetes, elderly, child, pregnant, smi, tb
std::optional<Population> parsePopulation(const QString &key);
const char *populationDisplayName(Population p); // English source, context "cliniclink::publichealth::Population"

// How each register is derived and followed up (forms/rules.json "registers"): the 既往史 code
// that puts an archive on it, the age band, the form that serves it and its schedule.
struct RegisterRule {
    Population population = Population::Hypertension;
    QString pastDiseaseCode;       // 居民个人基本信息表 既往史 code, if any
    std::optional<int> fromAgeYears; // inclusive
    std::optional<int> belowAgeYears;
    QString form;                  // the follow-up form of this register
    int intervalMonths = 0;        // when the form sets no next visit date
    QList<int> checkAgesMonths;    // child checks at these ages (months)
    int untilDaysAfterDueDate = 0; // pregnant: leaves the register this long after the EDD
};
const QList<RegisterRule> &registerRules();
const RegisterRule *registerRule(Population p);

struct RegisterEntry {
    Population population = Population::Hypertension;
    QString residentId;
    QDate since;
    QDate until; // invalid = open
    QString source; // "archive", "age", "form"
    QString doctor;
    QString village;
};

// Key-population registers (高血压, 糖尿病, 65岁及以上, 0–6岁, 孕产妇, 严重精神障碍, 肺结核) kept in
// the ph_register table: derived from the archive (既往史 with its date, age) by noteResident(),
// and from saved forms (a hypertension follow-up puts its resident on the hypertension register;
// a first prenatal examination on the pregnant register until 42 days after the EDD).
class Registers {
public:
    explicit Registers(identity::Session &session);

    // Re-derives the archive- and age-based entries of one resident (call after the archive
    // changes); form-based entries stay. A resident who is no longer active leaves every register.
    Result<void> noteResident(const registry::Resident &resident);
    // The same for every archive (after an import or a rule change).
    Result<int> rebuild();

    // Members on `on` (since ≤ on < until), optionally for one doctor / village.
    Result<QList<RegisterEntry>> members(Population p, const QDate &on, const QString &doctor = {},
                                         const QString &village = {});
    Result<QList<RegisterEntry>> entriesFor(const QString &residentId);
    Result<QHash<Population, int>> counts(const QDate &on);

private:
    identity::Session &m_session;
};

// Makes `registry` re-derive the registers of every resident it writes (create, update, import,
// transfer, death, merge, family changes) in the same transaction, so registers and due lists
// never depend on which screen or tool saved the archive. Call once per Registry.
void followRegisters(registry::Registry &registry);

} // namespace cliniclink::publichealth
