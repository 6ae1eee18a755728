#pragma once

#include "cliniclink/core/result.h"

#include <QDate>
#include <QList>

#include <optional>

namespace cliniclink::identity {
class Session;
}

namespace cliniclink::publichealth {

struct Quarter {
    int year = 0;
    int quarter = 1; // 1–4
    QDate first() const { return QDate(year, (quarter - 1) * 3 + 1, 1); }
    QDate last() const { return first().addMonths(3).addDays(-1); }
    static Quarter containing(const QDate &d) { return Quarter{d.year(), (d.month() - 1) / 3 + 1}; }
};

// One figure of the quarterly report with its definition, so the number is never shown
// without what it counts. Title and definition are English source text (context
// "cliniclink::publichealth::Indicator"); the UI translates them.
struct Indicator {
    QString id;
    const char *title = "";
    const char *definition = "";
    qint64 numerator = 0;
    qint64 denominator = 0;
    std::optional<double> percent() const
    {
        return denominator > 0 ? std::optional<double>(100.0 * double(numerator) / double(denominator)) : std::nullopt;
    }
};

// 考核指标 of the quarter, evaluated at its last day over the 12 months ending then:
// - filingRate 建档率: active archives / resident population (the clinic's 常住人口, set with
//   setResidentPopulation; without it the figure has no denominator);
// - hypertensionStandardManagement / diabetesStandardManagement 规范管理率: register members
//   with ≥ 4 face-to-face follow-ups (门诊 or 家庭, not 电话) in the 12 months / members;
// - bloodPressureControl 血压控制率 / glucoseControl 血糖控制率: members whose latest follow-up
//   in the 12 months was controlled / members;
// - elderlyManagement 65+ 健康管理率: residents ≥ 65 with a 健康体检表 in the calendar year of
//   the quarter / residents ≥ 65.
class Indicators {
public:
    explicit Indicators(identity::Session &session);
    Result<QList<Indicator>> compute(const Quarter &quarter);
    Result<void> setResidentPopulation(qint64 population);
    Result<std::optional<qint64>> residentPopulation();

private:
    identity::Session &m_session;
};

} // namespace cliniclink::publichealth
