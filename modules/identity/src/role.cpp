#include "cliniclink/identity/role.h"

#include <QCoreApplication>

namespace cliniclink::identity {

namespace {
using P = Permission;
struct RoleInfo {
    Role role;
    const char *key;
    const char *name;
    QList<Permission> permissions;
};

// Least privilege: the administrator manages the clinic but reads no patient data; a doctor
// who also administers has two accounts.
const QList<RoleInfo> &table()
{
    static const QList<RoleInfo> roles = {
        {Role::VillageDoctor, "village_doctor", QT_TRANSLATE_NOOP("cliniclink::Role", "Village doctor"),
         {P::ReadPatients, P::WritePatients, P::WriteClinicalNotes, P::Prescribe, P::Dispense, P::ManageStock,
          P::Billing, P::ReadImages, P::RequestConsult, P::Sync}},
        {Role::TownshipDoctor, "township_doctor", QT_TRANSLATE_NOOP("cliniclink::Role", "Township doctor"),
         {P::ReadPatients, P::WritePatients, P::WriteClinicalNotes, P::Prescribe, P::ReadImages, P::RequestConsult,
          P::Sync}},
        {Role::Radiologist, "radiologist", QT_TRANSLATE_NOOP("cliniclink::Role", "Radiologist"),
         {P::ReadPatients, P::ReadImages, P::ReportImages, P::Sync}},
        {Role::Pharmacist, "pharmacist", QT_TRANSLATE_NOOP("cliniclink::Role", "Pharmacist"),
         {P::ReadPatients, P::Dispense, P::ManageStock, P::Billing, P::Sync}},
        {Role::Administrator, "administrator", QT_TRANSLATE_NOOP("cliniclink::Role", "Administrator"),
         {P::ManageUsers, P::ViewAudit, P::ExportData, P::ConfigureClinic, P::Sync}},
    };
    return roles;
}

const RoleInfo &info(Role role)
{
    for (const RoleInfo &r : table())
        if (r.role == role)
            return r;
    return table().constLast();
}
} // namespace

QList<Role> allRoles()
{
    QList<Role> roles;
    for (const RoleInfo &r : table())
        roles << r.role;
    return roles;
}

QString roleKey(Role role) { return QString::fromLatin1(info(role).key); }

Result<Role> parseRole(const QString &key)
{
    for (const RoleInfo &r : table())
        if (key == QLatin1String(r.key))
            return r.role;
    return fail(ErrorCode::InvalidRole, QStringLiteral("unknown role"), key);
}

const char *roleDisplayName(Role role) { return info(role).name; }

QString permissionKey(Permission p)
{
    static const char *const names[] = {"read_patients", "write_patients", "write_clinical_notes", "prescribe",
                                        "dispense", "manage_stock", "billing", "read_images", "report_images",
                                        "request_consult", "manage_users", "view_audit", "export_data",
                                        "configure_clinic", "sync"};
    return QString::fromLatin1(names[int(p)]);
}

bool roleHas(Role role, Permission p) { return info(role).permissions.contains(p); }

} // namespace cliniclink::identity
