#pragma once

#include "cliniclink/core/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace cliniclink::identity {
class Session;
}

namespace cliniclink::emr {

// A note template per complaint ("发热", "咳嗽", "高血压复诊"): section texts that startNote
// copies into a new draft. Templates are records, so they are shared by every PC of the
// clinic through sync and any doctor may edit them.
struct NoteTemplate {
    QString id;
    qint64 version = 0;
    QString complaint;
    QJsonObject sections; // keys of noteSectionKeys()
};

class NoteTemplates {
public:
    explicit NoteTemplates(identity::Session &session);

    // Creates (empty id) or updates a template; WriteClinicalNotes. RequiredFieldMissing
    // without a complaint; InvalidArgument for an unknown section key.
    Result<NoteTemplate> save(const NoteTemplate &t);
    Result<void> remove(const QString &id, qint64 baseVersion);
    Result<NoteTemplate> get(const QString &id);
    // All templates, or those whose complaint contains the text, by complaint.
    Result<QList<NoteTemplate>> list(const QString &complaintContains = {});

private:
    identity::Session &m_session;
};

} // namespace cliniclink::emr
