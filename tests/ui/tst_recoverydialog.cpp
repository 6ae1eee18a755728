// Requirement: "forgot password" — the printed recovery key opens a recovery session that can
// only reset an administrator's password; the administrator then signs in with the temporary
// password and must choose a new one (issue 2, ui/shell).
#include "cliniclink/identity/session.h"
#include "cliniclink/ui/shell/recoverydialog.h"
#include "uitestsupport.h"

#include <QComboBox>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace cliniclink;
using ui::shell::RecoveryDialog;

class TestRecoveryDialog : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_settings;
    QTemporaryDir m_store;
    QString m_key;

private slots:
    void initTestCase()
    {
        uitest::useTemporarySettings(m_settings.path());
        uitest::installLanguage();
        m_key = uitest::createClinic(m_store.path());
        QVERIFY(!m_key.isEmpty());
        auto admin = uitest::signIn(m_store.path(), uitest::kAdminUser, uitest::kAdminPassword);
        QVERIFY(uitest::addUser(*admin, QStringLiteral("li.na"), identity::Role::VillageDoctor, QStringLiteral("Doctor#2026pw")));
    }

    void openWithKey_wrongKey_showsTranslatedError()
    {
        RecoveryDialog d(m_store.path());
        d.findChild<QLineEdit *>(QStringLiteral("recoveryKeyEdit"))->setText(QStringLiteral("ABCD-EFGH"));
        d.openWithKey();
        QCOMPARE(d.message(), QString::fromUtf8("恢复密钥无效。"));
        QVERIFY(d.findChild<QComboBox *>(QStringLiteral("administratorCombo"))->count() == 0);
    }

    void resetPassword_withPrintedKey_administratorSignsInWithTemporaryPassword()
    {
        RecoveryDialog d(m_store.path());
        d.show();
        // Typed from paper: lower case, spaces instead of some dashes.
        QString typed = m_key.toLower();
        typed.replace(9, 1, QLatin1Char(' '));
        d.findChild<QLineEdit *>(QStringLiteral("recoveryKeyEdit"))->setText(typed);
        d.openWithKey();
        QVERIFY2(d.message().isEmpty(), qPrintable(d.message()));
        auto *admins = d.findChild<QComboBox *>(QStringLiteral("administratorCombo"));
        QCOMPARE(admins->count(), 1); // only administrators, not li.na
        QCOMPARE(admins->currentData().toString(), uitest::kAdminUser);
        d.findChild<QLineEdit *>(QStringLiteral("temporaryPasswordEdit"))->setText(QStringLiteral("Reset#2026pw"));
        d.findChild<QLineEdit *>(QStringLiteral("repeatTemporaryPasswordEdit"))->setText(QStringLiteral("Reset#2026pw"));
        d.resetPassword();
        QCOMPARE(d.result(), int(QDialog::Accepted));
        QCOMPARE(d.resetUserName(), uitest::kAdminUser);

        QVERIFY(!identity::Session::signIn(m_store.path(), uitest::kAdminUser, uitest::kAdminPassword));
        auto admin = uitest::signIn(m_store.path(), uitest::kAdminUser, QStringLiteral("Reset#2026pw"));
        QVERIFY(admin);
        QVERIFY(admin->user().mustChangePassword);
    }
};

QTEST_MAIN(TestRecoveryDialog)
#include "tst_recoverydialog.moc"
