#include "residentcommands.h"

#include "cliniclink/identity/session.h"
#include "cliniclink/publichealth/registers.h"
#include "cliniclink/registry/registry.h"
#include "cliniclink/registry/residentimport.h"
#include "cliio.h"
#include "exitcodes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace cliniclink;

namespace {

// Prints {"imported", "rejected", "errors": [{row, column, reason}], …}. Rejected rows do not
// make the command fail: the report is the result; only an unreadable file does.
int cmdImport(Invocation &inv, registry::Registry &reg)
{
    const QString file = inv.words.value(2);
    if (file.isEmpty())
        return usage(inv, QStringLiteral("residents import needs a CSV file"));
    registry::ResidentImporter importer(reg);
    auto r = importer.importFile(file);
    if (!r)
        return report(inv, r.error());
    inv.out << QJsonDocument(r->toJson()).toJson(QJsonDocument::Indented);
    return ExitOk;
}

// Prints a JSON array of matches, best first.
int cmdSearch(Invocation &inv, registry::Registry &reg, identity::Session &s)
{
    const QString text = inv.words.mid(2).join(QLatin1Char(' ')).trimmed();
    if (text.isEmpty())
        return usage(inv, QStringLiteral("residents search needs the text to search for"));
    if (!inv.parser.isSet(QStringLiteral("json")))
        return usage(inv, QStringLiteral("residents search prints JSON only: add --json"));
    const int limit = inv.parser.isSet(QStringLiteral("limit")) ? inv.parser.value(QStringLiteral("limit")).toInt() : 50;
    if (limit <= 0)
        return usage(inv, QStringLiteral("--limit must be a positive number"));
    auto hits = reg.search(text, limit);
    if (!hits)
        return report(inv, hits.error());
    // Patient data leaves the program here: record who searched and how many matched (not what).
    auto logged = s.store().audit().append(QLatin1String(store::audit::Export), QStringLiteral("resident_search"), QString(),
                                           QJsonObject{{QStringLiteral("matches"), int(hits->size())}});
    if (!logged)
        return report(inv, logged.error());
    QJsonArray arr;
    for (const registry::SearchHit &h : *hits)
        arr.append(QJsonObject{{QStringLiteral("id"), h.id},
                               {QStringLiteral("name"), h.name},
                               {QStringLiteral("sex"), h.sex},
                               {QStringLiteral("birthDate"), h.birthDate},
                               {QStringLiteral("idNumber"), h.idNumber},
                               {QStringLiteral("archiveNumber"), h.archiveNumber},
                               {QStringLiteral("status"), h.status}});
    inv.out << QJsonDocument(arr).toJson(QJsonDocument::Indented);
    return ExitOk;
}

} // namespace

int cmdResidents(Invocation &inv, identity::Session &session)
{
    registry::Registry reg(session);
    publichealth::followRegisters(reg); // imported archives join their key-population registers
    const QString sub = inv.words.value(1);
    if (sub == QLatin1String("import"))
        return cmdImport(inv, reg);
    if (sub == QLatin1String("search"))
        return cmdSearch(inv, reg, session);
    return usage(inv, QStringLiteral("unknown residents command '%1'").arg(sub));
}
