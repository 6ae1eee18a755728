#pragma once

#include <QCoreApplication>
#include <QList>
#include <QRgb>
#include <QString>

namespace cliniclink::ui::viewer {

// Pseudo-colour tables for 8-bit greyscale display images. They become the colour table of an
// Indexed8 QImage, so changing the map costs nothing per pixel.
enum class ColourMap { Grey, HotIron, Rainbow, Bone };

class ColourMaps {
    Q_DECLARE_TR_FUNCTIONS(ColourMaps)
public:
    static QList<ColourMap> all();
    static QString name(ColourMap map);
    static const QList<QRgb> &table(ColourMap map); // 256 entries
};

} // namespace cliniclink::ui::viewer
