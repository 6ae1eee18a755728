// Requirement: per-user keyslots on a shared PC; wrong password = clear authentication failure
// that changes nothing but the lockout record; 5 failures lock for 15 minutes; recovery key.
#include "cliniclink/crypto/keyslots.h"
#include "identityfixture.h"

#include <QElapsedTimer>

using namespace cliniclink;
using namespace cliniclink::identity;

class TestSignIn : public QObject {
    Q_OBJECT
private slots:
    void signIn_rightPassword_opensStoreAsThatUser()
    {
        test::ClinicFixture f;
        f.setUp();
        QElapsedTimer t;
        t.start();
        auto s = f.signIn(QStringLiteral("admin"), test::kAdminPassword);
        const qint64 ms = t.elapsed();
        QVERIFY2(s.has_value(), s ? "" : qPrintable(s.error().toString()));
        qInfo("sign-in (Argon2id unwrap + SQLCipher open + audit) took %lld ms", ms);
        QCOMPARE((*s)->user().username, QStringLiteral("admin"));
        QCOMPARE((*s)->user().role, Role::Administrator);
        QCOMPARE((*s)->store().clinicName(), QStringLiteral("青山村卫生室"));
        QCOMPARE((*s)->store().actor().username, QStringLiteral("admin"));
        auto events = *(*s)->store().audit().events(1, 100);
        QCOMPARE(events.last().action, QLatin1String(store::audit::SignIn));
        s->reset();
        // The two parts of that time: the Argon2id unwrap, and opening the SQLCipher store.
        auto slotFile = crypto::KeyslotFile::load(store::StoreLayout(f.dir.path()).keyslots());
        t.restart();
        auto key = crypto::unlockKeyslot(*slotFile->userSlot(QStringLiteral("admin")), test::kAdminPassword.toUtf8());
        const qint64 kdfMs = t.elapsed();
        QVERIFY(key.has_value());
        t.restart();
        auto opened = store::Store::open(f.dir.path(), *key, f.clock);
        const qint64 openMs = t.elapsed();
        QVERIFY(opened.has_value());
        qInfo("keyslot unwrap (Argon2id t=3, 64 MiB) %lld ms; store open (SQLCipher raw key, schema check) %lld ms", kdfMs, openMs);
    }

    void signIn_wrongPassword_failsAndChangesNothingButLockout()
    {
        test::ClinicFixture f;
        f.setUp();
        const auto before = f.snapshot();
        QVERIFY(before.contains(QStringLiteral("clinic.db")));
        QVERIFY(before.contains(QStringLiteral("keyslots.json")));
        auto s = f.signIn(QStringLiteral("admin"), QStringLiteral("Wrong#2026"));
        QVERIFY(!s.has_value());
        QCOMPARE(s.error().code, ErrorCode::AuthenticationFailed);
        QCOMPARE(f.snapshot(), before); // database, WAL, keyslots: byte for byte
        QVERIFY(!QFile::exists(f.dir.filePath(QStringLiteral("clinic.db-wal"))) || before.contains(QStringLiteral("clinic.db-wal")));
        // The failure persisted outside the database, for the lockout.
        LockoutTracker lockout(store::StoreLayout(f.dir.path()).lockout(), f.clock);
        QCOMPARE(lockout.failures(QStringLiteral("admin")), 1);
    }

    void signIn_unknownUser_isAuthenticationFailedAndRecordsNoName()
    {
        test::ClinicFixture f;
        f.setUp();
        auto s = f.signIn(QStringLiteral("Secret#Typo1"), QStringLiteral("whatever"));
        QCOMPARE(s.error().code, ErrorCode::AuthenticationFailed);
        QFile lockout(store::StoreLayout(f.dir.path()).lockout());
        QVERIFY(lockout.open(QIODevice::ReadOnly));
        QVERIFY(!lockout.readAll().contains("Secret#Typo1")); // a mistyped password is never written down
    }

    void signIn_fiveFailures_locksFor15Minutes()
    {
        test::ClinicFixture f;
        f.setUp();
        for (int i = 1; i <= 4; ++i)
            QCOMPARE(f.signIn(QStringLiteral("admin"), QStringLiteral("Wrong#%1").arg(i)).error().code, ErrorCode::AuthenticationFailed);
        QCOMPARE(f.signIn(QStringLiteral("admin"), QStringLiteral("Wrong#5")).error().code, ErrorCode::AccountLocked);
        // Even the right password is refused while locked, without touching the keyslot.
        QCOMPARE(f.signIn(QStringLiteral("admin"), test::kAdminPassword).error().code, ErrorCode::AccountLocked);
        f.clock.advance(14 * 60 * 1000 + 59 * 1000);
        QCOMPARE(f.signIn(QStringLiteral("admin"), test::kAdminPassword).error().code, ErrorCode::AccountLocked);
        f.clock.advance(1000);
        auto s = f.signIn(QStringLiteral("admin"), test::kAdminPassword);
        QVERIFY(s.has_value());
        // The failures are now part of the audit chain, with their own times.
        auto events = *(*s)->store().audit().events(1, 100);
        const auto failed = std::count_if(events.begin(), events.end(), [](const store::AuditEvent &e) {
            return e.action == QLatin1String(store::audit::SignInFailed) && e.actor == QLatin1String("admin");
        });
        QCOMPARE(failed, 5);
        QVERIFY((*s)->store().verify().intact);
    }

    void signIn_lockoutSurvivesProcessRestart()
    {
        test::ClinicFixture f;
        f.setUp();
        for (int i = 0; i < 5; ++i)
            (void)f.signIn(QStringLiteral("admin"), QStringLiteral("Wrong#x"));
        // A fresh tracker (as a new process would create) still sees the lock.
        LockoutTracker fresh(store::StoreLayout(f.dir.path()).lockout(), f.clock);
        QVERIFY(fresh.lockedUntil(QStringLiteral("admin")).has_value());
    }

    void signIn_successResetsFailureCount()
    {
        test::ClinicFixture f;
        f.setUp();
        for (int i = 0; i < 4; ++i)
            (void)f.signIn(QStringLiteral("admin"), QStringLiteral("Wrong#x"));
        QVERIFY(f.signIn(QStringLiteral("admin"), test::kAdminPassword).has_value());
        for (int i = 0; i < 4; ++i)
            QCOMPARE(f.signIn(QStringLiteral("admin"), QStringLiteral("Wrong#x")).error().code, ErrorCode::AuthenticationFailed);
    }

    void keyslots_twoUsersAndRecoveryOpenSameStore()
    {
        test::ClinicFixture f;
        f.setUp();
        f.addDoctor();
        {
            auto doc = f.signIn(QStringLiteral("wang"), test::kDoctorPassword);
            QVERIFY(doc.has_value());
            QVERIFY((*doc)->store().putRecord(QStringLiteral("resident"), QStringLiteral("r1"), 0, {{QStringLiteral("n"), 1}}).has_value());
        }
        {
            auto admin = f.signIn(QStringLiteral("admin"), test::kAdminPassword);
            QVERIFY(admin.has_value());
            QVERIFY((*admin)->store().record(QStringLiteral("resident"), QStringLiteral("r1"))->has_value());
        }
        auto recovery = Session::signInWithRecoveryKey(f.dir.path(), f.recoveryKey.toLower(), f.clock);
        QVERIFY2(recovery.has_value(), recovery ? "" : qPrintable(recovery.error().toString()));
        QVERIFY((*recovery)->isRecovery());
        QVERIFY((*recovery)->store().record(QStringLiteral("resident"), QStringLiteral("r1"))->has_value());
        QVERIFY((*recovery)->can(Permission::ManageUsers));
        QVERIFY(!(*recovery)->can(Permission::ReadPatients));
        // The recovery session can reset the administrator's forgotten password.
        QVERIFY((*recovery)->resetPassword(QStringLiteral("admin"), QStringLiteral("NewAdmin#2027")).has_value());
        recovery->reset();
        auto admin = f.signIn(QStringLiteral("admin"), QStringLiteral("NewAdmin#2027"));
        QVERIFY(admin.has_value());
        QVERIFY((*admin)->user().mustChangePassword);
    }

    void recoveryKey_wrong_isRejected()
    {
        test::ClinicFixture f;
        f.setUp();
        const QString other = crypto::RecoveryKey::generate().toDisplayString();
        auto r = Session::signInWithRecoveryKey(f.dir.path(), other, f.clock);
        QCOMPARE(r.error().code, ErrorCode::InvalidRecoveryKey);
        auto garbage = Session::signInWithRecoveryKey(f.dir.path(), QStringLiteral("not-a-key"), f.clock);
        QCOMPARE(garbage.error().code, ErrorCode::InvalidRecoveryKey);
    }

    void changePassword_rewrapsOnlyOwnSlot()
    {
        test::ClinicFixture f;
        f.setUp();
        f.addDoctor();
        auto before = crypto::KeyslotFile::load(store::StoreLayout(f.dir.path()).keyslots());
        {
            auto doc = f.signIn(QStringLiteral("wang"), test::kDoctorPassword);
            QVERIFY((*doc)->user().mustChangePassword);
            QCOMPARE((*doc)->changePassword(QStringLiteral("Wrong#old1"), QStringLiteral("Better#2027")).error().code,
                     ErrorCode::AuthenticationFailed);
            QCOMPARE((*doc)->changePassword(test::kDoctorPassword, QStringLiteral("weak")).error().code, ErrorCode::PasswordTooWeak);
            QVERIFY((*doc)->changePassword(test::kDoctorPassword, QStringLiteral("Better#2027")).has_value());
        }
        auto after = crypto::KeyslotFile::load(store::StoreLayout(f.dir.path()).keyslots());
        QCOMPARE(after->entries.size(), before->entries.size());
        for (const auto &slot : before->entries) {
            const auto now = slot.kind == crypto::Keyslot::Kind::Recovery ? after->recoverySlot() : after->userSlot(slot.label);
            QVERIFY(now.has_value());
            if (slot.label == QLatin1String("wang"))
                QVERIFY(now->wrappedKey != slot.wrappedKey && now->salt != slot.salt);
            else
                QVERIFY(now->wrappedKey == slot.wrappedKey && now->salt == slot.salt && now->id == slot.id);
        }
        QCOMPARE(f.signIn(QStringLiteral("wang"), test::kDoctorPassword).error().code, ErrorCode::AuthenticationFailed);
        auto doc = f.signIn(QStringLiteral("wang"), QStringLiteral("Better#2027"));
        QVERIFY(doc.has_value());
        QVERIFY(!(*doc)->user().mustChangePassword);
    }

    void signIn_notSetUp_isStoreNotInitialized()
    {
        QTemporaryDir empty;
        auto s = Session::signIn(empty.path(), QStringLiteral("admin"), test::kAdminPassword);
        QCOMPARE(s.error().code, ErrorCode::StoreNotInitialized);
        QVERIFY(QDir(empty.path()).isEmpty()); // nothing created
    }

    void setUp_twice_isRefused()
    {
        test::ClinicFixture f;
        f.setUp();
        const auto before = f.snapshot(true);
        auto again = setUpClinic(f.dir.path(), {QStringLiteral("450102001001"), QStringLiteral("x"), QStringLiteral("admin2"),
                                                QString(), test::kAdminPassword, crypto::HashAlgorithm::Sha256});
        QCOMPARE(again.error().code, ErrorCode::StoreAlreadyInitialized);
        QCOMPARE(f.snapshot(true), before);
    }

    void setUp_invalidInput_leavesNothing_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<int>("error");
        QTest::newRow("bad code") << QStringLiteral("4501") << QStringLiteral("admin") << test::kAdminPassword << int(ErrorCode::InvalidClinicCode);
        QTest::newRow("bad user") << QStringLiteral("450102001001") << QStringLiteral("a b") << test::kAdminPassword << int(ErrorCode::InvalidUserName);
        QTest::newRow("weak password") << QStringLiteral("450102001001") << QStringLiteral("admin") << QStringLiteral("password") << int(ErrorCode::PasswordTooWeak);
    }
    void setUp_invalidInput_leavesNothing()
    {
        QFETCH(QString, code);
        QFETCH(QString, user);
        QFETCH(QString, password);
        QFETCH(int, error);
        QTemporaryDir d;
        auto r = setUpClinic(d.path(), {code, QStringLiteral("诊所"), user, QString(), password, crypto::HashAlgorithm::Sha256});
        QCOMPARE(int(r.error().code), error);
        QVERIFY(QDir(d.path()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSignIn)
#include "tst_signin.moc"
