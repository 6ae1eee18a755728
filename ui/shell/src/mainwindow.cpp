#include "cliniclink/ui/shell/mainwindow.h"

#include "cliniclink/identity/idlelock.h"
#include "cliniclink/identity/session.h"
#include "cliniclink/ui/shell/aboutdialog.h"
#include "cliniclink/ui/shell/activityfilter.h"
#include "cliniclink/ui/shell/appicon.h"
#include "cliniclink/ui/shell/changepassworddialog.h"
#include "cliniclink/ui/shell/enroldialog.h"
#include "cliniclink/ui/shell/platformenrolform.h"
#include "cliniclink/ui/shell/homepage.h"
#include "cliniclink/ui/shell/languageswitcher.h"
#include "cliniclink/ui/shell/screenlocker.h"
#include "cliniclink/ui/shell/useradminpage.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>

namespace cliniclink::ui::shell {

MainWindow::MainWindow(identity::Session &session, LanguageSwitcher *languages, QMap<QString, QString> componentVersions,
                       QWidget *parent)
    : QMainWindow(parent), m_session(session), m_languages(languages), m_componentVersions(std::move(componentVersions)),
      m_nav(new QListWidget), m_pages(new QStackedWidget), m_locker(new ScreenLocker(session, this)),
      m_idle(new identity::IdleLock(session.clock(), this)), m_activity(new ActivityFilter(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(applicationIcon());
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_pages->setObjectName(QStringLiteral("areaPages"));
    m_nav->setIconSize(QSize(24, 24));
    m_nav->setSpacing(2);
    m_nav->setMinimumWidth(170);
    m_nav->setMaximumWidth(240);
    QFont navFont = m_nav->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.15);
    m_nav->setFont(navFont);

    auto *central = new QWidget;
    central->setObjectName(QStringLiteral("workArea"));
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_nav);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    connect(m_nav, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    addArea(QLatin1String(kHomeArea), tr("Home"), style()->standardIcon(QStyle::SP_DirHomeIcon), new HomePage(session));
    if (session.can(identity::Permission::ManageUsers))
        addArea(QLatin1String(kUsersArea), tr("Users"), style()->standardIcon(QStyle::SP_FileDialogDetailedView),
                new UserAdminPage(session));
    setCurrentArea(QLatin1String(kHomeArea));

    buildMenus();
    connect(m_activity, &ActivityFilter::activity, m_idle, &identity::IdleLock::activity);
    connect(m_idle, &identity::IdleLock::idle, m_locker, &ScreenLocker::lock);
    connect(m_locker, &ScreenLocker::locked, this, [this] {
        m_idle->stop();
        setActionsEnabled(false);
    });
    connect(m_locker, &ScreenLocker::unlocked, this, [this] {
        setActionsEnabled(true);
        m_idle->start();
    });
    connect(m_locker, &ScreenLocker::signOutRequested, this, &MainWindow::signOutRequested);
    m_idle->start();
    resize(1100, 720);
    retranslateUi();
}

MainWindow::~MainWindow() = default;

void MainWindow::setIdleMinutes(int minutes)
{
    m_idle->setTimeoutMinutes(minutes);
    if (auto *home = qobject_cast<HomePage *>(area(QLatin1String(kHomeArea))))
        home->setIdleMinutes(m_idle->timeoutMinutes());
}

void MainWindow::addArea(const QString &id, const QString &title, const QIcon &icon, QWidget *widget)
{
    Q_ASSERT(!m_areaIds.contains(id));
    if (widget->windowTitle().isEmpty())
        widget->setWindowTitle(title);
    widget->setProperty("cliniclinkAreaId", id);
    auto *item = new QListWidgetItem(icon, widget->windowTitle());
    item->setData(Qt::UserRole, id);
    item->setSizeHint(QSize(0, 40));
    m_nav->addItem(item);
    m_pages->addWidget(widget);
    m_areaIds.append(id);
    widget->installEventFilter(this);
}

QWidget *MainWindow::area(const QString &id) const
{
    const qsizetype i = m_areaIds.indexOf(id);
    return i < 0 ? nullptr : m_pages->widget(int(i));
}

QStringList MainWindow::areaIds() const { return m_areaIds; }

bool MainWindow::setCurrentArea(const QString &id)
{
    const qsizetype i = m_areaIds.indexOf(id);
    if (i < 0)
        return false;
    m_nav->setCurrentRow(int(i));
    return true;
}

QString MainWindow::currentArea() const
{
    const int i = m_pages->currentIndex();
    return i < 0 ? QString() : m_areaIds.value(i);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::WindowTitleChange) {
        const qsizetype i = m_areaIds.indexOf(watched->property("cliniclinkAreaId").toString());
        if (i >= 0)
            m_nav->item(int(i))->setText(static_cast<QWidget *>(watched)->windowTitle());
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::buildMenus()
{
    m_sessionMenu = menuBar()->addMenu(QString());
    m_lockAction = m_sessionMenu->addAction(QString(), this, &MainWindow::lockNow);
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_changePasswordAction = m_sessionMenu->addAction(QString(), this, &MainWindow::changePassword);
    m_changePasswordAction->setObjectName(QStringLiteral("changePasswordAction"));
    if (m_session.can(identity::Permission::ConfigureClinic) && !m_session.isRecovery()) {
        m_connectAction = m_sessionMenu->addAction(QString(), this, &MainWindow::connectToPlatform);
        m_connectAction->setObjectName(QStringLiteral("connectPlatformAction"));
    }
    m_sessionMenu->addSeparator();
    m_signOutAction = m_sessionMenu->addAction(QString(), this, &MainWindow::signOutRequested);
    m_signOutAction->setObjectName(QStringLiteral("signOutAction"));
    m_quitAction = m_sessionMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));

    if (m_languages) {
        m_languageMenu = menuBar()->addMenu(QString());
        m_languageGroup = new QActionGroup(this);
        for (const QString &lang : LanguageSwitcher::languages()) {
            QAction *a = m_languageMenu->addAction(LanguageSwitcher::nativeName(lang));
            a->setCheckable(true);
            a->setChecked(lang == m_languages->current());
            a->setData(lang);
            a->setObjectName(QStringLiteral("language_") + lang);
            m_languageGroup->addAction(a);
            connect(a, &QAction::triggered, this, [this, lang] { m_languages->apply(lang); });
        }
    }
    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
}

void MainWindow::setActionsEnabled(bool enabled)
{
    for (QMenu *m : {m_sessionMenu, m_languageMenu, m_helpMenu})
        if (m)
            m->menuAction()->setEnabled(enabled);
    for (QAction *a : {m_lockAction, m_changePasswordAction, m_signOutAction, m_quitAction, m_aboutAction})
        a->setEnabled(enabled);
    if (m_connectAction)
        m_connectAction->setEnabled(enabled);
}

void MainWindow::lockNow() { m_locker->lock(); }

void MainWindow::addStatusWidget(QWidget *widget) { statusBar()->addPermanentWidget(widget); }

void MainWindow::connectToPlatform()
{
    EnrolDialog dialog(m_session, this);
    dialog.exec();
    if (dialog.form()->isEnrolled())
        emit platformEnrolled();
}

void MainWindow::changePassword()
{
    if (m_session.isRecovery())
        return;
    ChangePasswordDialog dialog(m_session, ChangePasswordDialog::Mode::Voluntary, QString(), this);
    if (dialog.exec() == QDialog::Accepted)
        QMessageBox::information(this, tr("Change password"), tr("Your password was changed."));
}

void MainWindow::showAbout()
{
    AboutDialog about(m_componentVersions, this);
    about.exec();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_locker->isLocked()) {
        event->ignore(); // closing a locked window would throw away the work it protects
        return;
    }
    QMainWindow::closeEvent(event);
    if (event->isAccepted())
        emit closed();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    const identity::User &u = m_session.user();
    setWindowTitle(tr("ClinicLink — %1 — %2").arg(m_session.store().clinicName(), u.displayName));
    m_sessionMenu->setTitle(tr("&Session"));
    m_lockAction->setText(tr("&Lock now"));
    m_changePasswordAction->setText(tr("&Change password…"));
    if (m_connectAction)
        m_connectAction->setText(tr("Connect to &platform…"));
    m_signOutAction->setText(tr("Sign &out"));
    m_quitAction->setText(tr("E&xit"));
    if (m_languageMenu)
        m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About ClinicLink"));
    if (m_languageGroup && m_languages)
        for (QAction *a : m_languageGroup->actions())
            a->setChecked(a->data().toString() == m_languages->current());
}

} // namespace cliniclink::ui::shell
