// Requirement: sign-in with the user's own password; wrong password, locked and disabled
// accounts give clear translated messages (locked: with the time it unlocks); a wrong password
// leaves the database and every keyslot byte-for-byte unchanged; a temporary password must be
// replaced before work starts (issue 2, ui/shell).
#include "cliniclink/identity/lockout.h"
#include "cliniclink/identity/session.h"
#include "cliniclink/ui/shell/changepassworddialog.h"
#include "cliniclink/ui/shell/signindialog.h"
#include "uitestsupport.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace cliniclink;
using ui::shell::SignInDialog;

class TestSignInDialog : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_settings;
    QTemporaryDir m_store;

    static void type(SignInDialog &d, const QString &user, const QString &password)
    {
        d.findChild<QLineEdit *>(QStringLiteral("userNameEdit"))->setText(user);
        d.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(password);
    }

private slots:
    void initTestCase()
    {
        uitest::useTemporarySettings(m_settings.path());
        uitest::installLanguage();
        QVERIFY(!uitest::createClinic(m_store.path()).isEmpty());
        auto admin = uitest::signIn(m_store.path(), uitest::kAdminUser, uitest::kAdminPassword);
        QVERIFY(admin);
        QVERIFY(uitest::addUser(*admin, QStringLiteral("li.na"), identity::Role::VillageDoctor, QStringLiteral("Doctor#2026pw")));
        QVERIFY(uitest::addUser(*admin, QStringLiteral("zhao"), identity::Role::Pharmacist, QStringLiteral("Pharma#2026pw")));
        QVERIFY(admin->disableUser(QStringLiteral("zhao")));
    }

    void signIn_correctPassword_acceptsWithSession()
    {
        SignInDialog d(m_store.path());
        d.show();
        type(d, QStringLiteral("li.na"), QStringLiteral("Doctor#2026pw"));
        d.findChild<QPushButton *>(QStringLiteral("signInButton"))->click();
        QCOMPARE(d.result(), int(QDialog::Accepted));
        auto session = d.takeSession();
        QVERIFY(session);
        QCOMPARE(session->user().username, QStringLiteral("li.na"));
        QVERIFY(d.message().isEmpty());
    }

    void signIn_wrongPassword_showsChineseMessageAndStoreUnchanged()
    {
        // Only the failed-attempt record that drives the lockout may change.
        const auto before = uitest::snapshot(m_store.path(), {QStringLiteral("lockout.json")});
        QVERIFY(before.contains(QStringLiteral("clinic.db")));
        QVERIFY(before.contains(QStringLiteral("keyslots.json")));
        SignInDialog d(m_store.path());
        d.show();
        type(d, QStringLiteral("li.na"), QStringLiteral("Wrong#2026pw"));
        d.attemptSignIn();
        QCOMPARE(d.result(), int(QDialog::Rejected));
        QVERIFY(!d.takeSession());
        QCOMPARE(d.message(), QString::fromUtf8("用户名或密码错误。"));
        QVERIFY(d.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->text().isEmpty());
        QCOMPARE(uitest::snapshot(m_store.path(), {QStringLiteral("lockout.json")}), before);
        // Counted towards the lockout; a correct sign-in afterwards resets it.
        QCOMPARE(identity::LockoutTracker(m_store.filePath(QStringLiteral("lockout.json")), systemClock())
                     .failures(QStringLiteral("li.na")),
                 1);
    }

    void signIn_unknownUser_showsSameMessage()
    {
        SignInDialog d(m_store.path());
        type(d, QStringLiteral("nobody"), QStringLiteral("Wrong#2026pw"));
        d.attemptSignIn();
        QCOMPARE(d.message(), QString::fromUtf8("用户名或密码错误。")); // does not reveal which names exist
    }

    void signIn_disabledUser_showsDisabledMessage()
    {
        SignInDialog d(m_store.path());
        type(d, QStringLiteral("zhao"), QStringLiteral("Pharma#2026pw"));
        d.attemptSignIn();
        QCOMPARE(d.result(), int(QDialog::Rejected));
        QCOMPARE(d.message(), QString::fromUtf8("该账号已被管理员停用。"));
    }

    void signIn_fifthFailure_showsLockedUntilTime()
    {
        QTemporaryDir store;
        ManualClock clock;
        QVERIFY(!uitest::createClinic(store.path(), clock).isEmpty());
        SignInDialog d(store.path(), clock);
        for (int i = 0; i < identity::LockoutTracker::kMaxFailures; ++i) {
            type(d, uitest::kAdminUser, QStringLiteral("Wrong#2026pw"));
            d.attemptSignIn();
        }
        const QString locked = QString::fromUtf8("登录失败次数过多，该账号已被锁定。请稍后再试。");
        QVERIFY2(d.message().startsWith(locked), qPrintable(d.message()));
        const QDateTime until = clock.nowUtc().addSecs(identity::LockoutTracker::kLockSeconds).toLocalTime();
        QVERIFY2(d.message().contains(QString::fromUtf8("将于 %1 自动解锁").arg(QLocale().toString(until, QLocale::ShortFormat))),
                 qPrintable(d.message()));
        // Even the right password is refused while locked …
        type(d, uitest::kAdminUser, uitest::kAdminPassword);
        d.attemptSignIn();
        QVERIFY(d.message().startsWith(locked));
        // … and accepted after the lock period.
        clock.advance((identity::LockoutTracker::kLockSeconds + 1) * 1000);
        type(d, uitest::kAdminUser, uitest::kAdminPassword);
        d.attemptSignIn();
        QCOMPARE(d.result(), int(QDialog::Accepted));
    }

    void signIn_temporaryPassword_requiresNewPasswordFirst()
    {
        {
            auto admin = uitest::signIn(m_store.path(), uitest::kAdminUser, uitest::kAdminPassword);
            QVERIFY(admin);
            admin->setKdfParams(crypto::Argon2Params{1, 8 * 1024, 1});
            QVERIFY(admin->addUser({QStringLiteral("sun"), QString(), identity::Role::TownshipDoctor, QStringLiteral("Temp#2026pw")}));
        }
        SignInDialog d(m_store.path());
        d.show();

        // Cancelling the change keeps the user out.
        uitest::onNextModal([](QWidget *w) { qobject_cast<QDialog *>(w)->reject(); });
        type(d, QStringLiteral("sun"), QStringLiteral("Temp#2026pw"));
        d.attemptSignIn();
        QCOMPARE(d.result(), int(QDialog::Rejected));
        QCOMPARE(d.message(), QString::fromUtf8("必须先设置新密码才能继续。"));

        // Choosing a new password lets them in; the old one asked only once (at sign-in).
        bool oldFieldHidden = false;
        uitest::onNextModal([&](QWidget *w) {
            QCOMPARE(w->objectName(), QStringLiteral("changePasswordDialog"));
            oldFieldHidden = !w->findChild<QLineEdit *>(QStringLiteral("oldPasswordEdit"))->isVisible();
            w->findChild<QLineEdit *>(QStringLiteral("newPasswordEdit"))->setText(QStringLiteral("Mine#2026pw"));
            w->findChild<QLineEdit *>(QStringLiteral("repeatPasswordEdit"))->setText(QStringLiteral("Mine#2026pw"));
            w->findChild<QPushButton *>(QStringLiteral("okButton"))->click();
        });
        type(d, QStringLiteral("sun"), QStringLiteral("Temp#2026pw"));
        d.attemptSignIn();
        QCOMPARE(d.result(), int(QDialog::Accepted));
        QVERIFY(oldFieldHidden);
        auto session = d.takeSession();
        QVERIFY(session);
        QVERIFY(!session->user().mustChangePassword);
        session->signOut();
        QVERIFY(uitest::signIn(m_store.path(), QStringLiteral("sun"), QStringLiteral("Mine#2026pw")));
    }
};

QTEST_MAIN(TestSignInDialog)
#include "tst_signindialog.moc"
