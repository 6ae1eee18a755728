// Requirement: the session locks on demand (Ctrl+L) and after 10 idle minutes; the lock covers
// every window without destroying anything (unsaved text survives), asks the same user's
// password, shows wrong-password and locked messages, and cannot be closed (issue 2, ui/shell).
#include "cliniclink/identity/idlelock.h"
#include "cliniclink/identity/session.h"
#include "cliniclink/ui/shell/lockscreen.h"
#include "cliniclink/ui/shell/mainwindow.h"
#include "cliniclink/ui/shell/screenlocker.h"
#include "uitestsupport.h"

#include <QAction>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

using namespace cliniclink;
using ui::shell::LockScreen;
using ui::shell::MainWindow;

class TestScreenLocker : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_settings;
    QTemporaryDir m_store;
    const QString m_password = QStringLiteral("Doctor#2026pw");

    static void typeUnlock(QWidget *window, const QString &password)
    {
        auto *curtain = window->findChild<LockScreen *>(QStringLiteral("lockScreen"));
        QVERIFY(curtain);
        auto *edit = curtain->findChild<QLineEdit *>(QStringLiteral("lockPasswordEdit"));
        edit->setText(password);
        QTest::keyClick(edit, Qt::Key_Return);
    }

private slots:
    void initTestCase()
    {
        uitest::useTemporarySettings(m_settings.path());
        uitest::installLanguage();
        QVERIFY(!uitest::createClinic(m_store.path()).isEmpty());
        auto admin = uitest::signIn(m_store.path(), uitest::kAdminUser, uitest::kAdminPassword);
        QVERIFY(uitest::addUser(*admin, QStringLiteral("li.na"), identity::Role::VillageDoctor, m_password));
    }

    void lockNow_wrongThenRightPassword_unsavedTextSurvives()
    {
        auto session = uitest::signIn(m_store.path(), QStringLiteral("li.na"), m_password);
        MainWindow w(*session, nullptr, {});
        auto *editor = new QPlainTextEdit;
        QPointer<QPlainTextEdit> alive(editor);
        w.addArea(QStringLiteral("notes"), QStringLiteral("Notes"), QIcon(), editor);
        w.setCurrentArea(QStringLiteral("notes"));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        editor->setPlainText(QString::fromUtf8("主诉：咳嗽三天（未保存）"));

        QTest::keyClick(&w, Qt::Key_L, Qt::ControlModifier); // Lock now
        QVERIFY(w.locker().isLocked());
        auto *curtain = w.findChild<LockScreen *>(QStringLiteral("lockScreen"));
        QVERIFY(curtain && curtain->isVisible());
        QCOMPARE(curtain->geometry(), w.rect()); // covers the whole window
        QVERIFY(!editor->isEnabled()); // no typing into hidden content
        QVERIFY(!w.findChild<QAction *>(QStringLiteral("signOutAction"))->isEnabled());

        typeUnlock(&w, QStringLiteral("Wrong#2026pw"));
        QVERIFY(w.locker().isLocked());
        QCOMPARE(curtain->findChild<QLabel *>(QStringLiteral("lockErrorLabel"))->text(), QString::fromUtf8("用户名或密码错误。"));

        typeUnlock(&w, m_password);
        QVERIFY(!w.locker().isLocked());
        QVERIFY(!w.findChild<LockScreen *>(QStringLiteral("lockScreen")));
        QVERIFY(alive);
        QVERIFY(editor->isEnabled());
        QCOMPARE(editor->toPlainText(), QString::fromUtf8("主诉：咳嗽三天（未保存）"));
        QCOMPARE(w.currentArea(), QStringLiteral("notes"));
    }

    void lock_openDialog_isCoveredAndKeepsItsContent()
    {
        auto session = uitest::signIn(m_store.path(), QStringLiteral("li.na"), m_password);
        MainWindow w(*session, nullptr, {});
        w.show();
        QDialog dialog(&w);
        auto *field = new QLineEdit(QString::fromUtf8("血压 150/95"), &dialog);
        (new QVBoxLayout(&dialog))->addWidget(field);
        dialog.show();

        w.lockNow();
        QVERIFY(w.locker().lockScreenFor(&dialog));
        QVERIFY(w.locker().lockScreenFor(&w));
        QVERIFY(!field->isEnabled());
        QTest::keyClick(w.locker().lockScreenFor(&dialog), Qt::Key_Escape); // must not close the dialog
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.close()); // closing is refused while locked
        QVERIFY(!w.close());

        QVERIFY(w.locker().unlock(m_password));
        QVERIFY(dialog.isVisible());
        QVERIFY(field->isEnabled());
        QCOMPARE(field->text(), QString::fromUtf8("血压 150/95"));
        QVERIFY(!w.locker().lockScreenFor(&dialog));
    }

    void unlock_fiveWrongPasswords_showsLockedMessage()
    {
        ManualClock clock;
        QTemporaryDir store;
        QVERIFY(!uitest::createClinic(store.path(), clock).isEmpty());
        auto session = uitest::signIn(store.path(), uitest::kAdminUser, uitest::kAdminPassword, clock);
        MainWindow w(*session, nullptr, {});
        w.show();
        w.lockNow();
        for (int i = 0; i < 5; ++i)
            QVERIFY(!w.locker().unlock(QStringLiteral("Wrong#2026pw")));
        const QString text = w.findChild<QLabel *>(QStringLiteral("lockErrorLabel"))->text();
        QVERIFY2(text.startsWith(QString::fromUtf8("登录失败次数过多，该账号已被锁定。")), qPrintable(text));
        QVERIFY(text.contains(QString::fromUtf8("自动解锁")));
        QVERIFY(!w.locker().unlock(uitest::kAdminPassword)); // locked out, even with the right one
        clock.advance(16 * 60 * 1000);
        QVERIFY(w.locker().unlock(uitest::kAdminPassword));
    }

    void idle_tenMinutesWithoutInput_locks()
    {
        ManualClock clock;
        auto session = uitest::signIn(m_store.path(), QStringLiteral("li.na"), m_password, clock);
        MainWindow w(*session, nullptr, {});
        auto *editor = new QPlainTextEdit;
        w.addArea(QStringLiteral("notes"), QStringLiteral("Notes"), QIcon(), editor);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.idleLock().timeoutMinutes(), identity::IdleLock::kDefaultMinutes);

        clock.advance(9 * 60 * 1000);
        QTest::keyClick(editor, Qt::Key_A); // input resets the idle time
        clock.advance(9 * 60 * 1000);
        w.idleLock().check();
        QVERIFY(!w.locker().isLocked());

        clock.advance(60 * 1000 + 1);
        w.idleLock().check();
        QVERIFY(w.locker().isLocked());
        QCOMPARE(editor->toPlainText(), QStringLiteral("a"));

        // After unlocking, the idle timer runs again.
        QVERIFY(w.locker().unlock(m_password));
        QVERIFY(w.idleLock().isRunning());
    }
};

QTEST_MAIN(TestScreenLocker)
#include "tst_screenlocker.moc"
