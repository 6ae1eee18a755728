#pragma once

namespace cliniclink::identity {
class Session;
}
namespace cliniclink::ui::shell {
class MainWindow;
}
namespace cliniclink::ui::his {
struct OutpatientServices;
}

namespace cliniclink::ui {

// The outpatient areas of the main window, each only for a role that may use it: 门诊 for
// WriteClinicalNotes, 药房 for Dispense, 收费 for Billing, the catalogue for ConfigureClinic or
// ManageStock. Separate from main.cpp so the role walk-through test wires exactly the same.
void addOutpatientAreas(shell::MainWindow &window, identity::Session &session, his::OutpatientServices &outpatient);

} // namespace cliniclink::ui
