#pragma once

#include "cliniclink/identity/role.h"

#include <QDateTime>
#include <QString>

namespace cliniclink::identity {

struct User {
    QString id;
    QString username;
    QString displayName;
    Role role = Role::VillageDoctor;
    bool disabled = false;
    bool mustChangePassword = false;
    QDateTime createdUtc;
};

struct NewUser {
    QString username;
    QString displayName;
    Role role = Role::VillageDoctor;
    QString password; // initial password; the user must change it at first sign-in
};

} // namespace cliniclink::identity
