// Requirement: under a real X server (xvfb-run) the shell renders in Simplified Chinese with
// real glyphs; screenshots of the sign-in screen, set-up wizard, main window, user
// administration, lock screen and About box are saved for review (issue 2, ui/shell).
#include "cliniclink/identity/session.h"
#include "cliniclink/ui/shell/aboutdialog.h"
#include "cliniclink/ui/shell/applicationstyle.h"
#include "cliniclink/ui/shell/mainwindow.h"
#include "cliniclink/ui/shell/screenlocker.h"
#include "cliniclink/ui/shell/setupwizard.h"
#include "cliniclink/ui/shell/signindialog.h"
#include "testsupport.h"
#include "uitestsupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QImage>
#include <QLineEdit>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

using namespace cliniclink;
using namespace cliniclink::ui::shell;

class TestScreenshots : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_settings;
    QTemporaryDir m_store;
    QString m_outDir;

    // Saves the window and checks it is not blank (one colour everywhere = nothing rendered).
    void save(QWidget *w, const QString &name)
    {
        QVERIFY(QTest::qWaitForWindowExposed(w));
        QTest::qWait(100); // let the style sheet and layouts settle
        const QImage img = w->grab().toImage();
        QVERIFY(!img.isNull());
        QSet<QRgb> colours;
        for (int y = 0; y < img.height() && colours.size() < 16; y += 7)
            for (int x = 0; x < img.width() && colours.size() < 16; x += 7)
                colours.insert(img.pixel(x, y));
        QVERIFY2(colours.size() >= 16, qPrintable(name + QStringLiteral(" looks blank")));
        const QString path = m_outDir + QLatin1Char('/') + name + QStringLiteral(".png");
        QVERIFY(img.save(path));
        qInfo("screenshot: %s", qPrintable(path));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QGuiApplication::platformName() == QLatin1String("xcb"), "run under xvfb-run");
        uitest::useTemporarySettings(m_settings.path());
        uitest::installLanguage(); // Chinese, the default UI language
        QVERIFY(QFile::exists(QStringLiteral(":/cliniclink/styles/cliniclink.qss")));
        applyApplicationStyle(); // as the application does
        QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
        m_outDir = test::buildDir() + QStringLiteral("/screenshots");
        QVERIFY(QDir().mkpath(m_outDir));
        QVERIFY(!uitest::createClinic(m_store.path()).isEmpty());
        auto admin = uitest::signIn(m_store.path(), uitest::kAdminUser, uitest::kAdminPassword);
        QVERIFY(uitest::addUser(*admin, QStringLiteral("li.na"), identity::Role::VillageDoctor,
                                QStringLiteral("Doctor#2026pw"), QString::fromUtf8("李娜")));
    }

    void chineseFont_installed_rendersDistinctGlyphs()
    {
        QVERIFY(!QFontDatabase::families(QFontDatabase::SimplifiedChinese).isEmpty());
        // Missing glyphs render as identical boxes; two different characters must differ.
        auto render = [](const QString &text) {
            QImage img(64, 64, QImage::Format_RGB32);
            img.fill(Qt::white);
            QPainter p(&img);
            QFont f = QApplication::font();
            f.setPixelSize(40);
            p.setFont(f);
            p.setPen(Qt::black);
            p.drawText(img.rect(), Qt::AlignCenter, text);
            return img;
        };
        QVERIFY(render(QString::fromUtf8("首")) != render(QString::fromUtf8("页")));
        QVERIFY(render(QString::fromUtf8("首")) != render(QStringLiteral(" ")));
    }

    void signIn_wrongPassword_screenshot()
    {
        SignInDialog d(m_store.path());
        d.show();
        d.findChild<QLineEdit *>(QStringLiteral("userNameEdit"))->setText(QStringLiteral("li.na"));
        d.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(QStringLiteral("Wrong#2026pw"));
        d.attemptSignIn();
        QCOMPARE(d.message(), QString::fromUtf8("用户名或密码错误。"));
        save(&d, QStringLiteral("signin_zh_CN"));
    }

    void setupWizard_pages_screenshots()
    {
        QTemporaryDir store;
        SetupWizard w(store.path());
        w.show();
        w.findChild<QLineEdit *>(QStringLiteral("clinicNameEdit"))->setText(QString::fromUtf8("兴隆村卫生室"));
        w.findChild<QLineEdit *>(QStringLiteral("clinicCodeEdit"))->setText(QStringLiteral("1101010010"));
        save(&w, QStringLiteral("setupwizard_clinic_zh_CN"));
        w.findChild<QLineEdit *>(QStringLiteral("clinicCodeEdit"))->setText(uitest::kClinicCode);
        w.next();
        w.findChild<QLineEdit *>(QStringLiteral("adminUserNameEdit"))->setText(QStringLiteral("admin"));
        w.findChild<QLineEdit *>(QStringLiteral("adminDisplayNameEdit"))->setText(QString::fromUtf8("王建国"));
        w.findChild<QLineEdit *>(QStringLiteral("adminPasswordEdit"))->setText(uitest::kAdminPassword);
        save(&w, QStringLiteral("setupwizard_admin_zh_CN"));
        w.findChild<QLineEdit *>(QStringLiteral("adminRepeatEdit"))->setText(uitest::kAdminPassword);
        w.next();
        QVERIFY(w.isSetUp());
        save(&w, QStringLiteral("setupwizard_recoverykey_zh_CN"));
        w.findChild<QCheckBox *>(QStringLiteral("keyStoredCheckBox"))->setChecked(true);
        w.accept();
    }

    void mainWindow_administrator_screenshots()
    {
        auto admin = uitest::signIn(m_store.path(), uitest::kAdminUser, uitest::kAdminPassword);
        MainWindow w(*admin, nullptr, {{QStringLiteral("Qt"), QString::fromLatin1(qVersion())}});
        w.resize(1100, 720);
        w.show();
        save(&w, QStringLiteral("mainwindow_home_zh_CN"));
        w.setCurrentArea(QLatin1String(MainWindow::kUsersArea));
        save(&w, QStringLiteral("mainwindow_users_zh_CN"));
        w.lockNow();
        save(&w, QStringLiteral("lockscreen_zh_CN"));
        QVERIFY(w.locker().unlock(uitest::kAdminPassword));
    }

    void mainWindow_doctor_screenshot()
    {
        auto doctor = uitest::signIn(m_store.path(), QStringLiteral("li.na"), QStringLiteral("Doctor#2026pw"));
        MainWindow w(*doctor, nullptr, {});
        w.resize(1100, 720);
        w.show();
        save(&w, QStringLiteral("mainwindow_doctor_zh_CN"));
    }

    void aboutDialog_screenshot()
    {
        AboutDialog about({{QStringLiteral("Qt"), QString::fromLatin1(qVersion())}, {QStringLiteral("SQLCipher"), QStringLiteral("3.4.1")}});
        about.show();
        save(&about, QStringLiteral("about_zh_CN"));
    }
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
