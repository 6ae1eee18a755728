#pragma once

#include <QIcon>
#include <QMainWindow>
#include <QMap>

class QAction;
class QActionGroup;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace cliniclink::identity {
class IdleLock;
class Session;
} // namespace cliniclink::identity

namespace cliniclink::ui::shell {
class ActivityFilter;
class LanguageSwitcher;
class ScreenLocker;

// The workstation window of a signed-in user: a navigation list on the left and one page per
// area on the right. The shell adds Home and, for administrators, Users; app/ adds every other
// area explicitly with addArea() (no static registration).
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    static constexpr const char *kHomeArea = "home";
    static constexpr const char *kUsersArea = "users";

    // languages may be null (no language menu). componentVersions feed the About box.
    MainWindow(identity::Session &session, LanguageSwitcher *languages, QMap<QString, QString> componentVersions,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // Adds a page. The title follows the widget's windowTitle from then on, so an area that
    // retranslates itself (setWindowTitle(tr(...)) on LanguageChange) keeps its entry current.
    void addArea(const QString &id, const QString &title, const QIcon &icon, QWidget *widget);
    QWidget *area(const QString &id) const;
    QStringList areaIds() const;
    bool setCurrentArea(const QString &id);
    QString currentArea() const;

    // A permanent widget at the right of the status bar (app/ puts the sync indicator there).
    void addStatusWidget(QWidget *widget);

    identity::Session &session() { return m_session; }
    ScreenLocker &locker() { return *m_locker; }
    identity::IdleLock &idleLock() { return *m_idle; }
    void setIdleMinutes(int minutes);

public slots:
    void lockNow();
    void changePassword();
    void showAbout();
    // Session › Connect to platform (administrators: ConfigureClinic).
    void connectToPlatform();

signals:
    void signOutRequested();
    void closed();
    void platformEnrolled();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildMenus();
    void retranslateUi();
    void setActionsEnabled(bool enabled);

    identity::Session &m_session;
    LanguageSwitcher *m_languages;
    QMap<QString, QString> m_componentVersions;
    QListWidget *m_nav;
    QStackedWidget *m_pages;
    QStringList m_areaIds;
    ScreenLocker *m_locker;
    identity::IdleLock *m_idle;
    ActivityFilter *m_activity;

    QMenu *m_sessionMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_lockAction = nullptr;
    QAction *m_changePasswordAction = nullptr;
    QAction *m_connectAction = nullptr;
    QAction *m_signOutAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
};

} // namespace cliniclink::ui::shell
