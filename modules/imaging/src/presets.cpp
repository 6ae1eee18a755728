#include "cliniclink/imaging/presets.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cliniclink::imaging {

QList<WindowPreset> defaultCtPresets()
{
    return {
        {QStringLiteral("Brain"), 40, 80},        {QStringLiteral("Subdural"), 75, 215},
        {QStringLiteral("Stroke"), 40, 40},       {QStringLiteral("Lung"), -600, 1500},
        {QStringLiteral("Mediastinum"), 50, 350}, {QStringLiteral("Abdomen"), 40, 400},
        {QStringLiteral("Liver"), 60, 160},       {QStringLiteral("Bone"), 400, 1800},
    };
}

QList<WindowPreset> presetsFromJson(const QByteArray &json)
{
    QList<WindowPreset> out;
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject o = v.toObject();
        const QString name = o.value(QLatin1String("name")).toString();
        const double c = o.value(QLatin1String("center")).toDouble(qQNaN());
        const double w = o.value(QLatin1String("width")).toDouble(qQNaN());
        if (name.isEmpty() || qIsNaN(c) || qIsNaN(w) || w < 1)
            continue;
        out.append({name, c, w});
        if (out.size() == kMaxWindowPresets)
            break;
    }
    return out;
}

QByteArray presetsToJson(const QList<WindowPreset> &presets)
{
    QJsonArray a;
    for (const WindowPreset &p : presets)
        a.append(QJsonObject{{QLatin1String("name"), p.name}, {QLatin1String("center"), p.center}, {QLatin1String("width"), p.width}});
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

} // namespace cliniclink::imaging
