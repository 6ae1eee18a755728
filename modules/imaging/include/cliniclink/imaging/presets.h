#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace cliniclink::imaging {

struct WindowPreset {
    QString name;
    double center = 0;
    double width = 1;
};

// The CT presets of the requirements, in key order 1..8.
QList<WindowPreset> defaultCtPresets();
// Presets from JSON: [{"name": "...", "center": 40, "width": 80}, ...]; invalid entries are skipped.
QList<WindowPreset> presetsFromJson(const QByteArray &json);
QByteArray presetsToJson(const QList<WindowPreset> &presets);
// Keys 1..8 carry presets (9 is the image's own window): longer lists are cut.
constexpr int kMaxWindowPresets = 8;

} // namespace cliniclink::imaging
