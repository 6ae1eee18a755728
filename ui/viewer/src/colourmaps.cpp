#include "cliniclink/ui/viewer/colourmaps.h"

#include <QColor>

#include <algorithm>
#include <array>
#include <cmath>

namespace cliniclink::ui::viewer {

namespace {
int c8(double v) { return std::clamp(int(std::lround(v * 255.0)), 0, 255); }

QList<QRgb> build(ColourMap map)
{
    QList<QRgb> t;
    t.reserve(256);
    for (int i = 0; i < 256; ++i) {
        const double x = i / 255.0;
        switch (map) {
        case ColourMap::Grey:
            t << qRgb(i, i, i);
            break;
        case ColourMap::HotIron: // black → red → yellow → white
            t << qRgb(c8(x * 3), c8(x * 3 - 1), c8(x * 3 - 2));
            break;
        case ColourMap::Rainbow: // blue → cyan → green → yellow → red ("jet")
            t << qRgb(c8(1.5 - std::abs(4 * x - 3)), c8(1.5 - std::abs(4 * x - 2)), c8(1.5 - std::abs(4 * x - 1)));
            break;
        case ColourMap::Bone: // grey with a blue tint in the darks (as in common viewers)
            t << qRgb(c8(x < 0.75 ? x * 0.875 : x * 1.375 - 0.375), c8(x < 0.375 ? x * 0.875 : x < 0.75 ? x * 1.2083 - 0.125 : x * 0.875 + 0.125),
                      c8(x < 0.375 ? x * 1.2083 : x * 0.875 + 0.125));
            break;
        }
    }
    return t;
}
} // namespace

QList<ColourMap> ColourMaps::all() { return {ColourMap::Grey, ColourMap::HotIron, ColourMap::Rainbow, ColourMap::Bone}; }

QString ColourMaps::name(ColourMap map)
{
    switch (map) {
    case ColourMap::Grey: return tr("Greyscale");
    case ColourMap::HotIron: return tr("Hot iron");
    case ColourMap::Rainbow: return tr("Rainbow");
    case ColourMap::Bone: return tr("Bone");
    }
    return {};
}

const QList<QRgb> &ColourMaps::table(ColourMap map)
{
    static const std::array<QList<QRgb>, 4> tables{build(ColourMap::Grey), build(ColourMap::HotIron), build(ColourMap::Rainbow),
                                                  build(ColourMap::Bone)};
    return tables[size_t(map)];
}

} // namespace cliniclink::ui::viewer
