// Requirement: the administrator adds, disables, enables and resets users; permissions are
// checked in the logic layer; a disabled user's password no longer opens the store.
#include "cliniclink/crypto/keyslots.h"
#include "identityfixture.h"

using namespace cliniclink;
using namespace cliniclink::identity;

class TestUserAdmin : public QObject {
    Q_OBJECT
private slots:
    void addUser_duplicateOrInvalid_isRefused()
    {
        test::ClinicFixture f;
        f.setUp();
        f.addDoctor();
        auto admin = f.signIn(QStringLiteral("admin"), test::kAdminPassword);
        (*admin)->setKdfParams({1, 1024, 1});
        QCOMPARE((*admin)->addUser({QStringLiteral("wang"), {}, Role::Pharmacist, test::kDoctorPassword}).error().code,
                 ErrorCode::AlreadyExists);
        QCOMPARE((*admin)->addUser({QStringLiteral("li"), {}, Role::Pharmacist, QStringLiteral("short")}).error().code,
                 ErrorCode::PasswordTooWeak);
        QCOMPARE((*admin)->addUser({QStringLiteral("recovery"), {}, Role::Pharmacist, test::kDoctorPassword}).error().code,
                 ErrorCode::InvalidUserName);
        QCOMPARE((*admin)->users()->size(), 2);
    }

    void permissions_checkedInLogicLayer()
    {
        test::ClinicFixture f;
        f.setUp();
        f.addDoctor();
        auto doc = f.signIn(QStringLiteral("wang"), test::kDoctorPassword);
        QVERIFY(doc.has_value());
        QVERIFY((*doc)->can(Permission::Prescribe));
        QVERIFY(!(*doc)->can(Permission::ManageUsers));
        QCOMPARE((*doc)->users().error().code, ErrorCode::PermissionDenied);
        QCOMPARE((*doc)->addUser({QStringLiteral("evil"), {}, Role::Administrator, test::kDoctorPassword}).error().code,
                 ErrorCode::PermissionDenied);
        QCOMPARE((*doc)->disableUser(QStringLiteral("admin")).error().code, ErrorCode::PermissionDenied);
        auto events = *(*doc)->store().audit().events(1, 200);
        QVERIFY(std::any_of(events.begin(), events.end(), [](const store::AuditEvent &e) {
            return e.action == QLatin1String("auth.permission_denied") && e.actor == QLatin1String("wang");
        }));
    }

    void roles_leastPrivilege_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<int>("permission");
        QTest::addColumn<bool>("granted");
        QTest::newRow("admin reads no patients") << int(Role::Administrator) << int(Permission::ReadPatients) << false;
        QTest::newRow("admin manages users") << int(Role::Administrator) << int(Permission::ManageUsers) << true;
        QTest::newRow("radiologist reports") << int(Role::Radiologist) << int(Permission::ReportImages) << true;
        QTest::newRow("radiologist no prescribing") << int(Role::Radiologist) << int(Permission::Prescribe) << false;
        QTest::newRow("pharmacist dispenses") << int(Role::Pharmacist) << int(Permission::Dispense) << true;
        QTest::newRow("pharmacist no notes") << int(Role::Pharmacist) << int(Permission::WriteClinicalNotes) << false;
        QTest::newRow("village doctor prescribes") << int(Role::VillageDoctor) << int(Permission::Prescribe) << true;
        QTest::newRow("township doctor no users") << int(Role::TownshipDoctor) << int(Permission::ManageUsers) << false;
    }
    void roles_leastPrivilege()
    {
        QFETCH(int, role);
        QFETCH(int, permission);
        QFETCH(bool, granted);
        QCOMPARE(roleHas(Role(role), Permission(permission)), granted);
    }

    void roleKeys_roundTrip()
    {
        for (Role r : allRoles())
            QCOMPARE(*parseRole(roleKey(r)), r);
        QCOMPARE(parseRole(QStringLiteral("surgeon")).error().code, ErrorCode::InvalidRole);
    }

    void disableUser_removesKeyslotAndRefusesSignIn()
    {
        test::ClinicFixture f;
        f.setUp();
        f.addDoctor();
        {
            auto admin = f.signIn(QStringLiteral("admin"), test::kAdminPassword);
            QVERIFY((*admin)->disableUser(QStringLiteral("wang")).has_value());
        }
        auto slots_ = crypto::KeyslotFile::load(store::StoreLayout(f.dir.path()).keyslots());
        QVERIFY(!slots_->userSlot(QStringLiteral("wang")).has_value()); // cryptographically shut out
        auto s = f.signIn(QStringLiteral("wang"), test::kDoctorPassword);
        QCOMPARE(s.error().code, ErrorCode::AccountDisabled);
        // Re-enabled with a temporary password that must be changed.
        {
            auto admin = f.signIn(QStringLiteral("admin"), test::kAdminPassword);
            (*admin)->setKdfParams({1, 1024, 1});
            QVERIFY((*admin)->enableUser(QStringLiteral("wang"), QStringLiteral("Temp#2026x")).has_value());
        }
        auto again = f.signIn(QStringLiteral("wang"), QStringLiteral("Temp#2026x"));
        QVERIFY(again.has_value());
        QVERIFY((*again)->user().mustChangePassword);
    }

    void disableUser_lastAdministrator_isRefused()
    {
        test::ClinicFixture f;
        f.setUp();
        auto admin = f.signIn(QStringLiteral("admin"), test::kAdminPassword);
        QCOMPARE((*admin)->disableUser(QStringLiteral("admin")).error().code, ErrorCode::LastAdministrator);
    }

    void resetPassword_liftsLockoutAndForcesChange()
    {
        test::ClinicFixture f;
        f.setUp();
        f.addDoctor();
        for (int i = 0; i < 5; ++i)
            (void)f.signIn(QStringLiteral("wang"), QStringLiteral("Wrong#x1"));
        QCOMPARE(f.signIn(QStringLiteral("wang"), test::kDoctorPassword).error().code, ErrorCode::AccountLocked);
        {
            auto admin = f.signIn(QStringLiteral("admin"), test::kAdminPassword);
            (*admin)->setKdfParams({1, 1024, 1});
            QVERIFY((*admin)->resetPassword(QStringLiteral("wang"), QStringLiteral("Reset#2026")).has_value());
        }
        auto s = f.signIn(QStringLiteral("wang"), QStringLiteral("Reset#2026"));
        QVERIFY(s.has_value());
        QVERIFY((*s)->user().mustChangePassword);
    }

    void unlock_wrongThenRight_countsAndAudits()
    {
        test::ClinicFixture f;
        f.setUp();
        auto s = f.signIn(QStringLiteral("admin"), test::kAdminPassword);
        QVERIFY((*s)->lock().has_value());
        QCOMPARE((*s)->unlock(QStringLiteral("Wrong#pw1")).error().code, ErrorCode::AuthenticationFailed);
        QVERIFY((*s)->unlock(test::kAdminPassword).has_value());
        auto events = *(*s)->store().audit().events(1, 200);
        QStringList actions;
        for (const auto &e : events)
            actions << e.action;
        const int lock = actions.lastIndexOf(QLatin1String(store::audit::Lock));
        QVERIFY(lock >= 0);
        QCOMPARE(actions.mid(lock), (QStringList{QLatin1String(store::audit::Lock), QLatin1String(store::audit::UnlockFailed),
                                                 QLatin1String(store::audit::Unlock)}));
        QVERIFY((*s)->store().verify().intact);
    }
};

QTEST_GUILESS_MAIN(TestUserAdmin)
#include "tst_useradmin.moc"
