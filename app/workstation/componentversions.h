#pragma once

#include <QMap>
#include <QString>

// Versions of the libraries the workstation is built on, for the About box. Asked here, in the
// wiring, because the UI may not call third-party libraries itself.
QMap<QString, QString> componentVersions();
