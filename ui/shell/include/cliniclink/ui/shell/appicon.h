#pragma once

#include <QIcon>

namespace cliniclink::ui::shell {

// The ClinicLink icon (white cross on green, as installer/cliniclink.svg), painted in code so
// the application needs no SVG image plugin at run time.
QIcon applicationIcon();

} // namespace cliniclink::ui::shell
