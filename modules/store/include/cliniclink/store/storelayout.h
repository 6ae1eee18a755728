#pragma once

#include <QDir>
#include <QString>

namespace cliniclink::store {

// The files of one store directory. Only clinic.db and blobs/ hold patient data, both encrypted.
struct StoreLayout {
    explicit StoreLayout(const QString &directory) : dir(QDir(directory).absolutePath()) {}
    QString dir;
    QString database() const { return dir + QStringLiteral("/clinic.db"); }
    QString keyslots() const { return dir + QStringLiteral("/keyslots.json"); }
    // Failed sign-ins cannot be written to the database without the key; they are kept here
    // (user names and times only) and folded into the audit chain at the next sign-in.
    QString lockout() const { return dir + QStringLiteral("/lockout.json"); }
    QString blobs() const { return dir + QStringLiteral("/blobs"); }
    QString logs() const { return dir + QStringLiteral("/logs"); }
};

} // namespace cliniclink::store
