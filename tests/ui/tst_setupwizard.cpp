// Requirement: first-run set-up — clinic name, 12-digit clinic code checked live, administrator
// account with live password policy, encrypted store created, recovery key shown once with
// print / PDF, Finish only after confirming the key is stored (issue 2, ui/shell).
#include "cliniclink/identity/session.h"
#include "cliniclink/ui/shell/setupwizard.h"
#include "uitestsupport.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace cliniclink;
using ui::shell::SetupWizard;

class TestSetupWizard : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_settings;

    static void fillClinic(SetupWizard &w, const QString &name, const QString &code)
    {
        w.findChild<QLineEdit *>(QStringLiteral("clinicNameEdit"))->setText(name);
        w.findChild<QLineEdit *>(QStringLiteral("clinicCodeEdit"))->setText(code);
    }
    static void fillAdmin(SetupWizard &w, const QString &user, const QString &pw, const QString &repeat)
    {
        w.findChild<QLineEdit *>(QStringLiteral("adminUserNameEdit"))->setText(user);
        w.findChild<QLineEdit *>(QStringLiteral("adminDisplayNameEdit"))->setText(QString::fromUtf8("王建国"));
        w.findChild<QLineEdit *>(QStringLiteral("adminPasswordEdit"))->setText(pw);
        w.findChild<QLineEdit *>(QStringLiteral("adminRepeatEdit"))->setText(repeat);
    }

private slots:
    void initTestCase()
    {
        uitest::useTemporarySettings(m_settings.path());
        uitest::installLanguage();
    }

    void clinicCode_typed_liveFeedbackAndNextButton_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("valid village") << QStringLiteral("110101001001") << true;
        QTest::newRow("township centre") << QStringLiteral("320124105000") << true;
        QTest::newRow("too short") << QStringLiteral("11010100") << false;
        QTest::newRow("no province 99") << QStringLiteral("990101001001") << false;
    }

    void clinicCode_typed_liveFeedbackAndNextButton()
    {
        QFETCH(QString, code);
        QFETCH(bool, accepted);
        QTemporaryDir store;
        SetupWizard w(store.path());
        w.show();
        fillClinic(w, QString::fromUtf8("兴隆村卫生室"), code);
        auto *feedback = w.findChild<QLabel *>(QStringLiteral("clinicCodeFeedback"));
        QCOMPARE(w.button(QWizard::NextButton)->isEnabled(), accepted);
        const QString invalid = uitest::tr("cliniclink::Error", "The clinic code must be 12 digits: county (6) + township (3) + village (3).");
        QVERIFY(invalid.startsWith(QString::fromUtf8("机构代码须为 12 位数字")));
        QCOMPARE(feedback->text().startsWith(invalid), !accepted);
    }

    void administrator_weakOrMismatchedPassword_commitDisabledWithTranslatedReason()
    {
        QTemporaryDir store;
        SetupWizard w(store.path());
        w.show();
        fillClinic(w, QString::fromUtf8("兴隆村卫生室"), uitest::kClinicCode);
        w.next();
        QCOMPARE(w.currentId(), int(SetupWizard::AdministratorPageId));
        auto *feedback = w.findChild<QLabel *>(QStringLiteral("adminPasswordFeedback"));
        fillAdmin(w, QStringLiteral("admin"), QStringLiteral("short"), QStringLiteral("short"));
        QVERIFY(!w.button(QWizard::CommitButton)->isEnabled());
        QVERIFY(feedback->text().startsWith(QString::fromUtf8("密码至少 8 位")));
        fillAdmin(w, QStringLiteral("admin"), uitest::kAdminPassword, QStringLiteral("Other#2026pw"));
        QVERIFY(!w.button(QWizard::CommitButton)->isEnabled());
        QCOMPARE(feedback->text(), QString::fromUtf8("两次输入的密码不一致。"));
        fillAdmin(w, QStringLiteral("admin"), uitest::kAdminPassword, uitest::kAdminPassword);
        QVERIFY(w.button(QWizard::CommitButton)->isEnabled());
        QVERIFY(!QFile::exists(store.filePath(QStringLiteral("clinic.db")))); // nothing written before commit
    }

    void run_validInput_createsStoreShowsKeyAndRequiresConfirmation()
    {
        QTemporaryDir store;
        SetupWizard w(store.path());
        w.show();
        fillClinic(w, QString::fromUtf8("兴隆村卫生室"), uitest::kClinicCode);
        w.next();
        fillAdmin(w, QStringLiteral("admin"), uitest::kAdminPassword, uitest::kAdminPassword);
        w.next(); // the commit page creates the store
        QCOMPARE(w.currentId(), int(SetupWizard::RecoveryKeyPageId));
        QVERIFY(w.isSetUp());
        QVERIFY(identity::isClinicSetUp(store.path()));

        // The key on screen is the key that opens the store.
        const QString shown = w.findChild<QLabel *>(QStringLiteral("recoveryKeyLabel"))->text();
        QString joined = shown;
        joined.replace(QLatin1Char('\n'), QLatin1Char('-'));
        QCOMPARE(joined, w.recoveryKey());
        QVERIFY(shown.count(QLatin1Char('\n')) >= 2); // rows of four groups, readable on paper
        auto recovery = identity::Session::signInWithRecoveryKey(store.path(), w.recoveryKey());
        QVERIFY2(recovery, qPrintable(recovery ? QString() : recovery.error().toString()));
        (*recovery)->signOut();

        // Finish only after confirming; no way back or out.
        QVERIFY(!w.button(QWizard::FinishButton)->isEnabled());
        w.reject();
        QVERIFY(w.isVisible());
        w.findChild<QCheckBox *>(QStringLiteral("keyStoredCheckBox"))->setChecked(true);
        QVERIFY(w.button(QWizard::FinishButton)->isEnabled());
        w.button(QWizard::FinishButton)->click();
        QCOMPARE(w.result(), int(QDialog::Accepted));

        auto admin = uitest::signIn(store.path(), QStringLiteral("admin"), uitest::kAdminPassword);
        QVERIFY(admin);
        QCOMPARE(admin->store().clinicName(), QString::fromUtf8("兴隆村卫生室"));
        QCOMPARE(admin->store().clinicCode(), uitest::kClinicCode);
        QCOMPARE(admin->user().displayName, QString::fromUtf8("王建国"));
    }

    void writeRecoveryKeyPdf_afterSetUp_writesPdfFile()
    {
        QTemporaryDir store;
        SetupWizard w(store.path());
        QVERIFY(!w.writeRecoveryKeyPdf(store.filePath(QStringLiteral("early.pdf")))); // no key yet
        fillClinic(w, QString::fromUtf8("兴隆村卫生室"), uitest::kClinicCode);
        w.show();
        w.next();
        fillAdmin(w, QStringLiteral("admin"), uitest::kAdminPassword, uitest::kAdminPassword);
        w.next();
        QTemporaryDir out;
        const QString pdf = out.filePath(QStringLiteral("key.pdf"));
        QVERIFY(w.writeRecoveryKeyPdf(pdf));
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
        QVERIFY(f.size() > 1000);
    }

    void run_existingStore_showsTranslatedErrorAndStays()
    {
        QTemporaryDir store;
        QVERIFY(!uitest::createClinic(store.path()).isEmpty());
        SetupWizard w(store.path());
        w.show();
        fillClinic(w, QString::fromUtf8("另一个卫生室"), uitest::kClinicCode);
        w.next();
        fillAdmin(w, QStringLiteral("admin2"), uitest::kAdminPassword, uitest::kAdminPassword);
        w.next();
        QCOMPARE(w.currentId(), int(SetupWizard::AdministratorPageId));
        QVERIFY(!w.isSetUp());
        QCOMPARE(w.findChild<QLabel *>(QStringLiteral("setupErrorLabel"))->text(),
                 QString::fromUtf8("此文件夹中已有 ClinicLink 数据库。"));
    }
};

QTEST_MAIN(TestSetupWizard)
#include "tst_setupwizard.moc"
