#pragma once

#include "cliniclink/core/clock.h"
#include "cliniclink/identity/role.h"

#include <QByteArray>
#include <QMap>
#include <QString>

#include <functional>
#include <memory>

class QWidget;

namespace cliniclink::identity {
class Session;
}

// Helpers shared by the shell's widget tests: a clinic store in a temporary directory, fast
// extra users, the Chinese UI language, and driving modal dialogs.
namespace cliniclink::uitest {

inline const QString kAdminUser = QStringLiteral("admin");
inline const QString kAdminPassword = QStringLiteral("Admin#2026pw");
inline const QString kClinicCode = QStringLiteral("110101001001");

// Sets QSettings to a private directory, so tests never read or write the user's settings.
void useTemporarySettings(const QString &directory);
// Installs the product translation (as the application does at start) — Chinese by default.
void installLanguage(const QString &language = QStringLiteral("zh_CN"));
// The text of `source` in the installed language, as lupdate's context/source pair.
QString tr(const char *context, const char *source);

// Sets up a clinic store in `directory` with the administrator kAdminUser / kAdminPassword;
// returns the recovery key (empty on failure).
QString createClinic(const QString &directory, const Clock &clock = systemClock());
std::unique_ptr<identity::Session> signIn(const QString &directory, const QString &user, const QString &password,
                                          const Clock &clock = systemClock());
// Adds a user with cheap Argon2 parameters (tests only) and clears the must-change flag by
// changing the password to `password`.
bool addUser(identity::Session &admin, const QString &user, identity::Role role, const QString &password,
             const QString &displayName = {});

// A clinic store in `directory` with the village doctor li.na (李娜, password kDoctorPassword),
// signed in as her; nullptr when any step fails.
inline const QString kDoctorUser = QStringLiteral("li.na");
inline const QString kDoctorPassword = QStringLiteral("Doctor#2026pw");
std::unique_ptr<identity::Session> clinicWithVillageDoctor(const QString &directory);

// Calls fn with the next modal widget that opens (polled from the event loop), so a test can
// fill in and close a dialog started with exec().
void onNextModal(std::function<void(QWidget *)> fn, int timeoutMs = 10000);

// File name → content of every file below directory, except the names in `ignore`.
QMap<QString, QByteArray> snapshot(const QString &directory, const QStringList &ignore = {});

} // namespace cliniclink::uitest
