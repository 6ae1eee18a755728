#pragma once

namespace cliniclink::ui::shell {

// The workstation's look: a readable base font size for older eyes and monitors, and the
// application style sheet (":/cliniclink/styles/cliniclink.qss" from resources/, if linked).
void applyApplicationStyle();

} // namespace cliniclink::ui::shell
