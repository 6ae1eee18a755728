#include "cliniclink/publichealth/formlibrary.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cliniclink::publichealth {

namespace {
QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

QByteArray publicHealthData(const QString &name) { return readFile(QStringLiteral(":/cliniclink/publichealth/") + name); }

const FormLibrary &FormLibrary::builtIn()
{
    static const FormLibrary library = [] {
        auto r = load(QStringLiteral(":/cliniclink/publichealth/forms"));
        Q_ASSERT_X(r.has_value(), "FormLibrary::builtIn", r ? "" : qPrintable(r.error().toString()));
        return r ? *r : FormLibrary();
    }();
    return library;
}

Result<FormLibrary> FormLibrary::load(const QString &directory)
{
    FormLibrary lib;
    const QJsonObject shared = QJsonDocument::fromJson(readFile(directory + QStringLiteral("/valuesets.json"))).object();
    const QJsonObject sets = shared.value(QLatin1String("valueSets")).toObject();
    if (sets.isEmpty())
        return fail(ErrorCode::FormDefinitionInvalid, QStringLiteral("valuesets.json"));
    for (auto it = sets.begin(); it != sets.end(); ++it) {
        auto set = parseValueSet(it.key(), it.value());
        if (!set)
            return fail(set.error());
        lib.m_shared.insert(it.key(), *set);
    }
    CodeSet doses;
    doses.id = QStringLiteral("vaccineDoses");
    const QJsonObject schedule = QJsonDocument::fromJson(readFile(directory + QStringLiteral("/vaccine-schedule.json"))).object();
    doses.source = schedule.value(QLatin1String("source")).toString();
    doses.verified = schedule.value(QLatin1String("verified")).toBool();
    for (const QJsonValue &v : schedule.value(QLatin1String("doses")).toArray()) {
        const QJsonObject o = v.toObject();
        VaccineDose d{o.value(QLatin1String("id")).toString(), o.value(QLatin1String("vaccine")).toString(),
                      o.value(QLatin1String("dose")).toInt(), o.value(QLatin1String("ageMonths")).toInt(),
                      o.value(QLatin1String("age")).toString()};
        if (d.id.isEmpty() || d.vaccine.isEmpty())
            return fail(ErrorCode::FormDefinitionInvalid, QStringLiteral("vaccine-schedule.json"));
        lib.m_schedule << d;
        doses.codes << Code{d.id, QStringLiteral("%1 第%2剂（%3）").arg(d.vaccine).arg(d.dose).arg(d.age), {}};
    }
    if (!doses.codes.isEmpty())
        lib.m_shared.insert(doses.id, doses);
    const QJsonArray index = QJsonDocument::fromJson(readFile(directory + QStringLiteral("/index.json")))
                                 .object().value(QLatin1String("forms")).toArray();
    if (index.isEmpty())
        return fail(ErrorCode::FormDefinitionInvalid, QStringLiteral("index.json"));
    for (const QJsonValue &v : index) {
        const QString file = v.toString();
        auto def = FormDefinition::fromJson(readFile(directory + QLatin1Char('/') + file), lib.m_shared);
        if (!def)
            return fail(ErrorCode::FormDefinitionInvalid, file + QStringLiteral(": ") + def.error().detail);
        if (lib.form(def->id()))
            return fail(ErrorCode::FormDefinitionInvalid, QStringLiteral("duplicate form id ") + def->id());
        lib.m_forms << *def;
    }
    return lib;
}

const FormDefinition *FormLibrary::form(const QString &id) const
{
    for (const FormDefinition &f : m_forms)
        if (f.id() == id)
            return &f;
    return nullptr;
}

} // namespace cliniclink::publichealth
