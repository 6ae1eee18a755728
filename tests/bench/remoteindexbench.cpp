// Pulled-record indexing benchmark (issue 6): the store-side cost of the modules' indexers on
// the pull path. Residents (with hypertension in the archive) and hypertension follow-ups are
// applied with Store::applyRemoteVersion in transactions of one pull page (1,000 records), once
// on a bare store without indexers (the baseline, measured in the same run: record write only)
// and once with every module's indexers installed (search tokens, registers, form index,
// timeline). Prints both rates and their ratio; checks that every record got its rows.
//   cliniclink_remoteindexbench [residents (default 5000)]
// CTest runs a short version that only checks the rows, never the times.
#include "cliniclink/core/clock.h"
#include "cliniclink/emr/remoteindexing.h"
#include "cliniclink/his/remoteindexing.h"
#include "cliniclink/publichealth/formrecords.h"
#include "cliniclink/publichealth/remoteindexing.h"
#include "cliniclink/registry/namepinyin.h"
#include "cliniclink/registry/remoteindexing.h"
#include "cliniclink/registry/resident.h"
#include "cliniclink/store/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

using namespace cliniclink;

namespace {
QTextStream out(stdout);

struct Incoming {
    QString type;
    QString id;
    QJsonObject payload;
};

// Payloads of the shape the registry and FormRecords save (the fields the indexers read).
QList<Incoming> incoming(int residents)
{
    const QStringList surnames = {QStringLiteral("张"), QStringLiteral("王"), QStringLiteral("李"), QStringLiteral("赵"),
                                  QStringLiteral("陈"), QStringLiteral("刘"), QStringLiteral("黄"), QStringLiteral("周")};
    const QStringList given = {QStringLiteral("建国"), QStringLiteral("秀英"), QStringLiteral("桂兰"), QStringLiteral("志强"),
                               QStringLiteral("丽"), QStringLiteral("德明"), QStringLiteral("海燕"), QStringLiteral("三丰")};
    QList<Incoming> out;
    for (int i = 0; i < residents; ++i) {
        const QString name = surnames[i % surnames.size()] + given[(i / surnames.size()) % given.size()];
        const registry::NamePinyin py = registry::namePinyin(name);
        const QString rid = QStringLiteral("r%1").arg(i, 7, 10, QLatin1Char('0'));
        out.append({QLatin1String(registry::kResidentRecord), rid,
                    {{QStringLiteral("name"), name},
                     {QStringLiteral("namePinyin"), py.syllables.join(QLatin1Char(' '))},
                     {QStringLiteral("nameInitials"), py.initials},
                     {QStringLiteral("sex"), QString::number(1 + i % 2)},
                     {QStringLiteral("birthDate"), QDate(1940 + i % 40, 1 + i % 12, 1 + i % 28).toString(Qt::ISODate)},
                     {QStringLiteral("phone"), QStringLiteral("139%1").arg(i, 8, 10, QLatin1Char('0'))},
                     {QStringLiteral("archiveNumber"), QStringLiteral("45010200100%1").arg(i, 6, 10, QLatin1Char('0'))},
                     {QStringLiteral("status"), QStringLiteral("active")},
                     {QStringLiteral("village"), QStringLiteral("001")},
                     {QStringLiteral("pastDiseases"), QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("2")},
                                                                             {QStringLiteral("diagnosedOn"), QStringLiteral("2019-05")}}}}}});
        const QString visit = QDate(2026, 1 + i % 10, 1 + i % 28).toString(Qt::ISODate);
        out.append({QLatin1String(publichealth::kFormRecord), QStringLiteral("f%1").arg(i, 7, 10, QLatin1Char('0')),
                    {{QStringLiteral("formId"), QStringLiteral("hypertension-followup")},
                     {QStringLiteral("residentId"), rid},
                     {QStringLiteral("status"), QStringLiteral("signed")},
                     {QStringLiteral("createdBy"), QStringLiteral("doctor")},
                     {QStringLiteral("createdAt"), QStringLiteral("2026-11-01T08:00:00.000Z")},
                     {QStringLiteral("visitDate"), visit},
                     {QStringLiteral("values"), QJsonObject{{QStringLiteral("visitDate"), visit},
                                                            {QStringLiteral("nextVisitDate"), QDate::fromString(visit, Qt::ISODate).addDays(90).toString(Qt::ISODate)},
                                                            {QStringLiteral("visitMode"), QStringLiteral("1")},
                                                            {QStringLiteral("sbp"), 120 + i % 50},
                                                            {QStringLiteral("dbp"), 75 + i % 25}}},
                     {QStringLiteral("suggestions"), QJsonArray{QJsonObject{{QStringLiteral("rule"), QStringLiteral("hypertension.control")},
                                                                            {QStringLiteral("field"), QStringLiteral("classification")},
                                                                            {QStringLiteral("value"), i % 50 < 20 ? QStringLiteral("1") : QStringLiteral("2")}}}}}});
    }
    return out;
}

// CPU time of this process (user + system), in ms: on a shared machine it moves less with the
// load than the wall time does.
double cpuMs()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3 + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3;
}

// Applies the records page by page; returns wall milliseconds (CPU ms in *cpu), or -1 on a failure.
qint64 apply(store::Store &s, const QList<Incoming> &records, double *cpu)
{
    // As SyncEngine::pull does while pages stream in.
    s.db().exec(QStringLiteral("PRAGMA cache_size = -32768"));
    QElapsedTimer t;
    t.start();
    const double cpu0 = cpuMs();
    for (qsizetype from = 0; from < records.size(); from += 1000) {
        auto page = s.db().transaction([&]() -> Result<void> {
            for (qsizetype i = from; i < qMin(records.size(), from + 1000); ++i) {
                auto a = s.applyRemoteVersion(records[i].type, records[i].id, records[i].payload, false, QStringLiteral("bench"),
                                              QStringLiteral("bench"));
                if (!a)
                    return fail(a.error());
            }
            return {};
        });
        if (!page) {
            out << "apply failed: " << page.error().toString() << Qt::endl;
            return -1;
        }
    }
    *cpu = qMax(1.0, cpuMs() - cpu0);
    return qMax<qint64>(1, t.elapsed());
}

std::unique_ptr<store::Store> bareStore(const QString &dir)
{
    auto s = store::Store::create(dir, crypto::SecretKey::generate(),
                                  {QStringLiteral("450102001001"), QStringLiteral("基准"), QStringLiteral("bench-device")});
    if (!s) {
        out << "store: " << s.error().toString() << Qt::endl;
        return nullptr;
    }
    return std::move(*s);
}

qint64 count(store::Store &s, const QString &sql)
{
    auto v = s.db().scalar(sql);
    return v ? v->toLongLong() : -1;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("cliniclink.*.info=false"));
    const int residents = qMax(1, argc > 1 ? QByteArray(argv[1]).toInt() : 5000);
    const QList<Incoming> records = incoming(residents);
    QTemporaryDir plainDir, indexedDir;
    auto plain = bareStore(plainDir.path());
    auto indexed = bareStore(indexedDir.path());
    if (!plain || !indexed)
        return 1;
    registry::installIndexers(*indexed);
    publichealth::installIndexers(*indexed);
    emr::installIndexers(*indexed);
    his::installIndexers(*indexed);

    double baseCpu = 0, indexedCpu = 0;
    const qint64 baseMs = apply(*plain, records, &baseCpu);
    const qint64 indexedMs = apply(*indexed, records, &indexedCpu);
    if (baseMs < 0 || indexedMs < 0)
        return 1;
    // Every record got its rows (the short CTest run checks only this).
    const qint64 searchable = count(*indexed, QStringLiteral("SELECT count(DISTINCT resident_id) FROM resident_search"));
    const qint64 registered = count(*indexed, QStringLiteral("SELECT count(*) FROM ph_register WHERE population = 'hypertension'"));
    const qint64 forms = count(*indexed, QStringLiteral("SELECT count(*) FROM ph_form_index"));
    const qint64 timeline = count(*indexed, QStringLiteral("SELECT count(*) FROM clinical_timeline"));
    const qint64 plainRows = count(*plain, QStringLiteral("SELECT count(*) FROM resident_index"));
    const bool ok = searchable == residents && registered == residents && forms == residents && timeline == residents && plainRows == 0;
    const qint64 n = records.size();
    out << "pulled records applied: " << n << " (" << residents << " residents + " << residents << " hypertension follow-ups), pages of 1000\n"
        << "  baseline, record write only: " << baseMs << " ms, " << n * 1000 / baseMs << " rec/s (CPU " << qint64(baseCpu) << " ms)\n"
        << "  with the modules' indexers:  " << indexedMs << " ms, " << n * 1000 / indexedMs << " rec/s (CPU " << qint64(indexedCpu)
        << " ms, " << qint64(double(n) * 1000 / indexedCpu) << " rec/s of CPU)\n"
        << "  ratio indexed / baseline time: " << QString::number(double(indexedMs) / double(baseMs), 'f', 2) << " (CPU "
        << QString::number(indexedCpu / baseCpu, 'f', 2) << ")\n"
        << "  rows: searchable residents " << searchable << ", hypertension register " << registered << ", form index " << forms
        << ", timeline " << timeline << (ok ? " — all present" : " — MISSING ROWS") << Qt::endl;
    return ok ? 0 : 1;
}
