#pragma once

#include "cliniclink/publichealth/formdefinition.h"

#include <QList>

namespace cliniclink::publichealth {

// 国家免疫规划 doses (vaccine-schedule.json): configurable, because the schedule changes.
struct VaccineDose {
    QString id;      // "HepB-1"
    QString vaccine; // 乙肝疫苗
    int dose = 1;
    int ageMonths = 0;
    QString age;     // as printed: 出生时, 2月龄, 6岁
};

// The form definitions a clinic uses: the compiled-in set (:/cliniclink/publichealth/forms/,
// listed in index.json) with the shared value sets of valuesets.json.
class FormLibrary {
public:
    static const FormLibrary &builtIn();
    // Loads index.json and every form it lists from `directory` (":/…" or a folder on disk).
    static Result<FormLibrary> load(const QString &directory);

    const FormDefinition *form(const QString &id) const;
    const QList<FormDefinition> &forms() const { return m_forms; }
    const QHash<QString, CodeSet> &sharedValueSets() const { return m_shared; }
    // The vaccine schedule; also the shared value set "vaccineDoses" (the rows of 预防接种卡).
    const QList<VaccineDose> &vaccineSchedule() const { return m_schedule; }

private:
    QList<FormDefinition> m_forms;
    QHash<QString, CodeSet> m_shared;
    QList<VaccineDose> m_schedule;
};

// Reads a compiled-in data file of this module (":/cliniclink/publichealth/<name>").
QByteArray publicHealthData(const QString &name);

} // namespace cliniclink::publichealth
