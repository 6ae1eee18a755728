// Requirement: the main window shows clinic and user, navigates between areas that app/ adds
// explicitly, offers user administration to administrators only, and switches language live
// (Simplified Chinese by default, English on request, remembered) (issue 2, ui/shell).
#include "cliniclink/identity/session.h"
#include "cliniclink/ui/shell/languageswitcher.h"
#include "cliniclink/ui/shell/mainwindow.h"
#include "uitestsupport.h"

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace cliniclink;
using ui::shell::LanguageSwitcher;
using ui::shell::MainWindow;

class TestMainWindow : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_settings;
    QTemporaryDir m_store;

private slots:
    void initTestCase()
    {
        uitest::useTemporarySettings(m_settings.path());
        uitest::installLanguage();
        QVERIFY(!uitest::createClinic(m_store.path()).isEmpty());
        auto admin = uitest::signIn(m_store.path(), uitest::kAdminUser, uitest::kAdminPassword);
        QVERIFY(uitest::addUser(*admin, QStringLiteral("li.na"), identity::Role::VillageDoctor, QStringLiteral("Doctor#2026pw"),
                                QString::fromUtf8("李娜")));
    }

    void construct_administrator_titleHomeAndUserAdministration()
    {
        auto admin = uitest::signIn(m_store.path(), uitest::kAdminUser, uitest::kAdminPassword);
        MainWindow w(*admin, nullptr, {});
        QCOMPARE(w.windowTitle(), QString::fromUtf8("ClinicLink — 兴隆村卫生室 — 王建国"));
        QCOMPARE(w.areaIds(), (QStringList{QStringLiteral("home"), QStringLiteral("users")}));
        QCOMPARE(w.currentArea(), QStringLiteral("home"));
        auto *nav = w.findChild<QListWidget *>(QStringLiteral("navigation"));
        QCOMPARE(nav->item(0)->text(), QString::fromUtf8("首页"));
        QCOMPARE(nav->item(1)->text(), QString::fromUtf8("用户管理"));
        auto *unsent = w.area(QStringLiteral("home"))->findChild<QLabel *>(QStringLiteral("unsentRecordsLabel"));
        QCOMPARE(unsent->text(), QString::fromUtf8("0 条记录等待上传到乡镇卫生院"));
    }

    void construct_villageDoctor_hasNoUserAdministration()
    {
        auto doctor = uitest::signIn(m_store.path(), QStringLiteral("li.na"), QStringLiteral("Doctor#2026pw"));
        QVERIFY(doctor);
        MainWindow w(*doctor, nullptr, {});
        QCOMPARE(w.areaIds(), QStringList{QStringLiteral("home")});
        QVERIFY(!w.area(QStringLiteral("users")));
        QVERIFY(!w.findChild<QWidget *>(QStringLiteral("userAdminPage")));
        QCOMPARE(w.windowTitle(), QString::fromUtf8("ClinicLink — 兴隆村卫生室 — 李娜"));
    }

    void homePage_outboxHasPending_showsCount()
    {
        auto doctor = uitest::signIn(m_store.path(), QStringLiteral("li.na"), QStringLiteral("Doctor#2026pw"));
        QVERIFY(doctor->store().putRecord(QStringLiteral("test.note"), QStringLiteral("n1"), 0, {{QStringLiteral("x"), 1}}));
        QVERIFY(doctor->store().putRecord(QStringLiteral("test.note"), QStringLiteral("n2"), 0, {{QStringLiteral("x"), 2}}));
        MainWindow w(*doctor, nullptr, {});
        auto *unsent = w.area(QStringLiteral("home"))->findChild<QLabel *>(QStringLiteral("unsentRecordsLabel"));
        QCOMPARE(unsent->text(), QString::fromUtf8("2 条记录等待上传到乡镇卫生院"));
    }

    void addArea_widget_appendsNavigationEntryAndFollowsItsTitle()
    {
        auto doctor = uitest::signIn(m_store.path(), QStringLiteral("li.na"), QStringLiteral("Doctor#2026pw"));
        MainWindow w(*doctor, nullptr, {});
        auto *notes = new QPlainTextEdit;
        w.addArea(QStringLiteral("notes"), QStringLiteral("Notes"), QIcon(), notes);
        QCOMPARE(w.areaIds().last(), QStringLiteral("notes"));
        QCOMPARE(w.area(QStringLiteral("notes")), notes);
        QVERIFY(w.setCurrentArea(QStringLiteral("notes")));
        QCOMPARE(w.findChild<QStackedWidget *>(QStringLiteral("areaPages"))->currentWidget(), notes);
        notes->setWindowTitle(QStringLiteral("Renamed")); // e.g. an area retranslating itself
        auto *nav = w.findChild<QListWidget *>(QStringLiteral("navigation"));
        QCOMPARE(nav->item(nav->count() - 1)->text(), QStringLiteral("Renamed"));
        QVERIFY(!w.setCurrentArea(QStringLiteral("missing")));
    }

    void languageMenu_english_retranslatesLiveAndIsRemembered()
    {
        auto admin = uitest::signIn(m_store.path(), uitest::kAdminUser, uitest::kAdminPassword);
        LanguageSwitcher languages;
        QVERIFY(languages.apply(languages.savedLanguage(), false));
        QCOMPARE(languages.current(), QStringLiteral("zh_CN")); // the default without a setting
        MainWindow w(*admin, &languages, {});
        auto *nav = w.findChild<QListWidget *>(QStringLiteral("navigation"));
        QCOMPARE(nav->item(0)->text(), QString::fromUtf8("首页"));

        w.findChild<QAction *>(QStringLiteral("language_en"))->trigger();
        QCOMPARE(languages.current(), QStringLiteral("en"));
        QCoreApplication::processEvents(); // LanguageChange events are posted
        QCOMPARE(nav->item(0)->text(), QStringLiteral("Home"));
        QCOMPARE(nav->item(1)->text(), QStringLiteral("Users"));
        QCOMPARE(w.findChild<QAction *>(QStringLiteral("lockAction"))->text(), QStringLiteral("&Lock now"));
        QCOMPARE(QSettings().value(QLatin1String(LanguageSwitcher::kSettingsKey)).toString(), QStringLiteral("en"));
        QCOMPARE(languages.savedLanguage(), QStringLiteral("en"));

        w.findChild<QAction *>(QStringLiteral("language_zh_CN"))->trigger();
        QCoreApplication::processEvents();
        QCOMPARE(nav->item(0)->text(), QString::fromUtf8("首页"));
        QVERIFY(w.findChild<QAction *>(QStringLiteral("language_zh_CN"))->isChecked());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
