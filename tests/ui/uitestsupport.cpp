#include "uitestsupport.h"

#include "cliniclink/identity/session.h"
#include "cliniclink/ui/shell/languageswitcher.h"
#include "testsupport.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QTimer>
#include <QWidget>

namespace cliniclink::uitest {

void useTemporarySettings(const QString &directory)
{
    QCoreApplication::setOrganizationName(QStringLiteral("ClinicLinkTest"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, directory);
}

void installLanguage(const QString &language)
{
    // One switcher for the whole test process, like the application's.
    static ui::shell::LanguageSwitcher *switcher = new ui::shell::LanguageSwitcher(qApp);
    switcher->apply(language, false);
}

QString tr(const char *context, const char *source) { return QCoreApplication::translate(context, source); }

QString createClinic(const QString &directory, const Clock &clock)
{
    identity::ClinicSetup setup;
    setup.clinicCode = kClinicCode;
    setup.clinicName = QString::fromUtf8("兴隆村卫生室");
    setup.adminUsername = kAdminUser;
    setup.adminDisplayName = QString::fromUtf8("王建国");
    setup.adminPassword = kAdminPassword;
    auto r = identity::setUpClinic(directory, setup, clock);
    if (!r) {
        qWarning() << "setUpClinic failed:" << r.error().toString();
        return {};
    }
    return r->recoveryKey;
}

std::unique_ptr<identity::Session> signIn(const QString &directory, const QString &user, const QString &password,
                                          const Clock &clock)
{
    auto s = identity::Session::signIn(directory, user, password, clock);
    if (!s) {
        qWarning() << "signIn failed:" << s.error().toString();
        return nullptr;
    }
    return std::move(*s);
}

bool addUser(identity::Session &admin, const QString &user, identity::Role role, const QString &password,
             const QString &displayName)
{
    admin.setKdfParams(crypto::Argon2Params{1, 8 * 1024, 1});
    const QString temporary = QStringLiteral("Temp#") + password;
    auto added = admin.addUser({user, displayName, role, temporary});
    if (!added) {
        qWarning() << "addUser failed:" << added.error().toString();
        return false;
    }
    auto s = identity::Session::signIn(admin.store().layout().dir, user, temporary, admin.clock());
    if (!s)
        return false;
    (*s)->setKdfParams(crypto::Argon2Params{1, 8 * 1024, 1});
    return bool((*s)->changePassword(temporary, password));
}

std::unique_ptr<identity::Session> clinicWithVillageDoctor(const QString &directory)
{
    if (createClinic(directory).isEmpty())
        return nullptr;
    auto admin = signIn(directory, kAdminUser, kAdminPassword);
    if (!admin || !addUser(*admin, kDoctorUser, identity::Role::VillageDoctor, kDoctorPassword, QString::fromUtf8("李娜")))
        return nullptr;
    admin.reset();
    return signIn(directory, kDoctorUser, kDoctorPassword);
}

void onNextModal(std::function<void(QWidget *)> fn, int timeoutMs)
{
    QWidget *before = QApplication::activeModalWidget();
    auto *timer = new QTimer(qApp);
    auto remaining = std::make_shared<int>(timeoutMs / 20);
    QObject::connect(timer, &QTimer::timeout, qApp, [timer, before, fn, remaining] {
        QWidget *modal = QApplication::activeModalWidget();
        if (modal && modal != before && modal->isVisible()) {
            timer->stop();
            timer->deleteLater();
            fn(modal);
        } else if (--*remaining <= 0) {
            timer->stop();
            timer->deleteLater();
            qWarning("onNextModal: no modal dialog appeared");
        }
    });
    timer->start(20);
}

QMap<QString, QByteArray> snapshot(const QString &directory, const QStringList &ignore)
{
    QMap<QString, QByteArray> files;
    for (const QString &path : test::filesBelow(directory)) {
        const QString name = QDir(directory).relativeFilePath(path);
        if (ignore.contains(QFileInfo(path).fileName()) || name.startsWith(QLatin1String("logs/")))
            continue;
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            files.insert(name, f.readAll());
    }
    return files;
}

} // namespace cliniclink::uitest
