#pragma once

#include "cliniclink/identity/session.h"
#include "platformharness.h"
#include "testsupport.h"

#include <QJsonObject>
#include <QTemporaryDir>

namespace cliniclink::test {

// One clinic PC: a store set up with an administrator, driven in-process for edits and through
// cliniclinkctl (a separate process, as in the field) for enrol, sync and status.
class ClinicPc {
public:
    ClinicPc(const QString &root, const QString &name, const QString &clinicCode);
    QString store() const { return m_store; }

    std::unique_ptr<identity::Session> signIn();
    // Creates a record; returns its id.
    QString create(const QString &type, const QJsonObject &payload);
    bool update(const QString &type, const QString &id, const QJsonObject &fields);
    std::optional<store::Record> record(const QString &type, const QString &id);
    QList<store::Record> records(const QString &type);

    ProcessResult ctl(const QStringList &args, int timeoutMs = 120000);
    bool enrol(const QString &platformUrl, const QString &code);
    ProcessResult sync(const QString &platformUrl, const QStringList &extra = {});
    QJsonObject status();

private:
    QString m_store;
};

} // namespace cliniclink::test
