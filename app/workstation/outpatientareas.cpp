#include "outpatientareas.h"

#include "cliniclink/identity/session.h"
#include "cliniclink/ui/his/cashierpage.h"
#include "cliniclink/ui/his/catalogueadminpage.h"
#include "cliniclink/ui/his/doctorpage.h"
#include "cliniclink/ui/his/outpatientservices.h"
#include "cliniclink/ui/his/pharmacypage.h"
#include "cliniclink/ui/shell/mainwindow.h"

#include <QApplication>
#include <QStyle>

namespace cliniclink::ui {

void addOutpatientAreas(shell::MainWindow &window, identity::Session &session, his::OutpatientServices &outpatient)
{
    QStyle *style = QApplication::style();
    if (session.can(identity::Permission::WriteClinicalNotes)) {
        auto *doctor = new his::DoctorPage(outpatient);
        window.addArea(QStringLiteral("outpatient"), doctor->windowTitle(), style->standardIcon(QStyle::SP_FileDialogDetailedView), doctor);
    }
    if (session.can(identity::Permission::Dispense)) {
        auto *pharmacy = new his::PharmacyPage(outpatient);
        window.addArea(QStringLiteral("pharmacy"), pharmacy->windowTitle(), style->standardIcon(QStyle::SP_DriveHDIcon), pharmacy);
    }
    if (session.can(identity::Permission::Billing)) {
        auto *cashier = new his::CashierPage(outpatient);
        window.addArea(QStringLiteral("cashier"), cashier->windowTitle(), style->standardIcon(QStyle::SP_DialogApplyButton), cashier);
    }
    // The administrator reads no patient data but keeps the catalogue; a pharmacist may too.
    if (session.can(identity::Permission::ConfigureClinic) || session.can(identity::Permission::ManageStock)) {
        auto *catalogue = new his::CatalogueAdminPage(outpatient);
        window.addArea(QStringLiteral("catalogue"), catalogue->windowTitle(),
                       style->standardIcon(QStyle::SP_FileDialogContentsView), catalogue);
    }
}

} // namespace cliniclink::ui
