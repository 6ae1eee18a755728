#pragma once
// A clinic set up in a temporary directory, with helpers to sign in and snapshot files.
#include "cliniclink/identity/session.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

namespace cliniclink::test {

inline const QString kAdminPassword = QStringLiteral("Admin#2026");
inline const QString kDoctorPassword = QStringLiteral("Doctor#2026");

struct ClinicFixture {
    QTemporaryDir dir;
    ManualClock clock;
    QString recoveryKey;

    void setUp()
    {
        auto r = identity::setUpClinic(dir.path(),
                                       {QStringLiteral("450102001001"), QStringLiteral("青山村卫生室"), QStringLiteral("admin"),
                                        QStringLiteral("管理员"), kAdminPassword, crypto::HashAlgorithm::Sha256},
                                       clock);
        QVERIFY2(r.has_value(), r ? "" : qPrintable(r.error().toString()));
        recoveryKey = r->recoveryKey;
    }

    Result<std::unique_ptr<identity::Session>> signIn(const QString &user, const QString &password)
    {
        return identity::Session::signIn(dir.path(), user, password, clock);
    }

    // Adds a village doctor "wang" as the administrator, with fast keyslot parameters.
    void addDoctor(const QString &name = QStringLiteral("wang"), identity::Role role = identity::Role::VillageDoctor)
    {
        auto admin = signIn(QStringLiteral("admin"), kAdminPassword);
        QVERIFY(admin.has_value());
        (*admin)->setKdfParams({1, 1024, 1});
        auto u = (*admin)->addUser({name, QStringLiteral("王医生"), role, kDoctorPassword});
        QVERIFY2(u.has_value(), u ? "" : qPrintable(u.error().toString()));
    }

    // SHA-256 of every file in the store directory except lockout.json.
    QMap<QString, QByteArray> snapshot(bool includeLockout = false) const
    {
        QMap<QString, QByteArray> out;
        for (const QFileInfo &fi : QDir(dir.path()).entryInfoList(QDir::Files | QDir::Hidden)) {
            if (!includeLockout && fi.fileName() == QLatin1String("lockout.json"))
                continue;
            QFile f(fi.absoluteFilePath());
            if (f.open(QIODevice::ReadOnly))
                out.insert(fi.fileName(), QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256));
        }
        return out;
    }
};

} // namespace cliniclink::test
