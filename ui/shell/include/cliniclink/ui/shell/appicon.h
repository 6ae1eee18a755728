#pragma once

#include <QIcon>

namespace cliniclink::ui::shell {

// The ClinicLink icon (a white cross on a green rounded square), painted in code so the
// application needs no SVG image plugin at run time.
QIcon applicationIcon();

} // namespace cliniclink::ui::shell
