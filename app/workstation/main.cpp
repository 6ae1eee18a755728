// cliniclink — the village clinic workstation. Wiring only: store location, logging, language,
// then set-up wizard (first run), sign-in and the main window, until the user quits.
#include "componentversions.h"
#include "outpatientareas.h"
#include "syncwiring.h"

#include "cliniclink/core/logging.h"
#include "cliniclink/identity/session.h"
#include "cliniclink/store/storelayout.h"
#include "cliniclink/ui/his/outpatientservices.h"
#include "cliniclink/ui/shell/appicon.h"
#include "cliniclink/ui/shell/applicationstyle.h"
#include "cliniclink/ui/shell/languageswitcher.h"
#include "cliniclink/ui/shell/mainwindow.h"
#include "cliniclink/ui/shell/setupwizard.h"
#include "cliniclink/ui/shell/signindialog.h"
#include "cliniclink/ui/publichealth/duelistpage.h"
#include "cliniclink/ui/publichealth/formpage.h"
#include "cliniclink/ui/publichealth/indicatorspage.h"
#include "cliniclink/ui/registry/residentspage.h"
#include "cliniclink/ui/viewer/viewerwidget.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStyle>

#include <cstdio>
#include <cstring>
#include <sys/stat.h>

Q_LOGGING_CATEGORY(lcApp, "cliniclink.app")

using namespace cliniclink;

namespace {

// --version and --help must work without a display, so they are answered before QApplication.
bool answeredWithoutDisplay(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--version") || !std::strcmp(argv[i], "-v")) {
            std::printf("cliniclink %s\n", CLINICLINK_VERSION);
            return true;
        }
        if (!std::strcmp(argv[i], "--help") || !std::strcmp(argv[i], "-h")) {
            std::printf("Usage: cliniclink [--store DIR]\n\n"
                        "ClinicLink village clinic workstation.\n\n"
                        "  --store DIR   data store directory (default: $CLINICLINK_STORE, else\n"
                        "                ~/.local/share/ClinicLink/cliniclink/store)\n"
                        "  --version     print the version and exit\n");
            return true;
        }
    }
    return false;
}

QString storeDirectory(const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("store")))
        return QDir(parser.value(QStringLiteral("store"))).absolutePath();
    const QString env = qEnvironmentVariable("CLINICLINK_STORE");
    if (!env.isEmpty())
        return QDir(env).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/store");
}

// Without a CJK font the Chinese UI shows empty boxes; say so (in English, which every font can
// show) and run in English rather than unreadably.
bool hasChineseFont()
{
    return !QFontDatabase::families(QFontDatabase::SimplifiedChinese).isEmpty();
}

} // namespace

int main(int argc, char *argv[])
{
    umask(077); // every file ClinicLink creates (store, logs, PDFs) is readable by its owner only
    if (answeredWithoutDisplay(argc, argv))
        return 0;

    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ClinicLink"));
    QCoreApplication::setApplicationName(QStringLiteral("cliniclink"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CLINICLINK_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("cliniclink"));
    QApplication::setWindowIcon(ui::shell::applicationIcon());
    QApplication::setQuitOnLastWindowClosed(false); // the sign-in loop below decides when to quit

    QCommandLineParser parser;
    parser.addOption({QStringLiteral("store"), QStringLiteral("Data store directory."), QStringLiteral("DIR")});
    parser.process(app);

    const QString store = storeDirectory(parser);
    if (!QDir().mkpath(store)) {
        std::fprintf(stderr, "cliniclink: cannot create the store directory %s\n", qPrintable(store));
        return 1;
    }
    QFile::setPermissions(store, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    if (!installFileLogging(store::StoreLayout(store).logs()))
        qCWarning(lcApp) << "file logging unavailable";
    qCInfo(lcApp) << "cliniclink" << CLINICLINK_VERSION << "starting";

    ui::shell::LanguageSwitcher languages;
    if (hasChineseFont()) {
        languages.applySaved();
    } else {
        qCWarning(lcApp) << "no Simplified Chinese font installed; using English";
        languages.apply(QStringLiteral("en"), /*persist=*/false);
        QMessageBox::warning(nullptr, QStringLiteral("ClinicLink"),
                             QStringLiteral("No Chinese font is installed, so ClinicLink is shown in English.\n"
                                            "Install one with: sudo apt install fonts-wqy-microhei"));
    }
    ui::shell::applyApplicationStyle();

    if (!identity::isClinicSetUp(store)) {
        ui::shell::SetupWizard wizard(store);
        if (wizard.exec() != QDialog::Accepted)
            return 0;
    }

    const QMap<QString, QString> versions = componentVersions();
    QString lastUser;
    for (;;) {
        ui::shell::SignInDialog signIn(store);
        if (!lastUser.isEmpty())
            signIn.setUserName(lastUser);
        if (signIn.exec() != QDialog::Accepted)
            break;
        std::unique_ptr<identity::Session> session = signIn.takeSession();
        lastUser = session->user().username;

        bool signedOut = false;
        {
            ui::his::OutpatientServices outpatient(*session); // outlives the window's pages
            ui::shell::MainWindow window(*session, &languages, versions);
            // Areas are added here, explicitly, for the roles that may use them.
            if (session->can(identity::Permission::ReadPatients)) {
                // The due list first: it is the village doctor's home screen.
                auto *due = new ui::publichealth::DueListPage(*session);
                auto *residents = new ui::registry::ResidentsPage(*session);
                auto *forms = new ui::publichealth::FormPage(*session);
                auto *indicators = new ui::publichealth::IndicatorsPage(*session);
                QStyle *style = QApplication::style();
                window.addArea(QStringLiteral("duelist"), due->windowTitle(), style->standardIcon(QStyle::SP_FileDialogListView), due);
                window.addArea(QStringLiteral("residents"), residents->windowTitle(), style->standardIcon(QStyle::SP_DirHomeIcon), residents);
                window.addArea(QStringLiteral("forms"), forms->windowTitle(), style->standardIcon(QStyle::SP_FileDialogDetailedView), forms);
                window.addArea(QStringLiteral("indicators"), indicators->windowTitle(), style->standardIcon(QStyle::SP_FileDialogInfoView), indicators);
                QObject::connect(due, &ui::publichealth::DueListPage::openForm, forms, [&window, forms](const QString &resident, const QString &form) {
                    if (forms->openFor(resident, form))
                        window.setCurrentArea(QStringLiteral("forms"));
                });
                QObject::connect(residents, &ui::registry::ResidentsPage::residentChosen, forms, [&window, forms](const auto &resident) {
                    forms->setResident(resident);
                    window.setCurrentArea(QStringLiteral("forms"));
                });
                window.setCurrentArea(QStringLiteral("duelist"));
            }
            ui::addOutpatientAreas(window, *session, outpatient);
            if (session->can(identity::Permission::ReadImages)) {
                auto *viewer = new ui::viewer::ViewerWidget;
                window.addArea(QStringLiteral("viewer"), viewer->windowTitle(),
                               QApplication::style()->standardIcon(QStyle::SP_DesktopIcon), viewer);
            }
            SessionSync sync(*session, window); // status-bar indicator + background sync
            QObject::connect(&window, &ui::shell::MainWindow::signOutRequested, &app, [&] {
                signedOut = true;
                QCoreApplication::exit(0); // also ends any dialog's event loop
            });
            QObject::connect(&window, &ui::shell::MainWindow::closed, &app, [] { QCoreApplication::exit(0); });
            window.show();
            app.exec();
            sync.finish(); // the last sync before the store closes, with a bounded wait
        }
        session->signOut();
        if (!signedOut)
            break;
    }
    qCInfo(lcApp) << "cliniclink exiting";
    uninstallFileLogging();
    return 0;
}
