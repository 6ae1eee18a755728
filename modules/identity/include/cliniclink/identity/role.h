#pragma once

#include "cliniclink/core/result.h"

#include <QList>
#include <QString>

namespace cliniclink::identity {

enum class Role { VillageDoctor, TownshipDoctor, Radiologist, Pharmacist, Administrator };

// What the logic layer checks before acting; the UI only hides what a role cannot do.
enum class Permission {
    ReadPatients,
    WritePatients,
    WriteClinicalNotes,
    Prescribe,
    Dispense,
    ManageStock,
    Billing,
    ReadImages,
    ReportImages,
    RequestConsult,
    ManageUsers,
    ViewAudit,
    ExportData,
    ConfigureClinic,
    Sync,
};

QList<Role> allRoles();
// Stable keys used on the command line and in the database: village_doctor, township_doctor,
// radiologist, pharmacist, administrator.
QString roleKey(Role role);
Result<Role> parseRole(const QString &key); // ErrorCode::InvalidRole
// English source text of the role's display name (translate in the UI with context "cliniclink::Role").
const char *roleDisplayName(Role role);
QString permissionKey(Permission p);
bool roleHas(Role role, Permission p);

} // namespace cliniclink::identity
