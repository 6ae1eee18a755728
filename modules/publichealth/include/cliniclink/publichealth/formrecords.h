#pragma once

#include "cliniclink/core/result.h"
#include "cliniclink/publichealth/formevaluation.h"
#include "cliniclink/publichealth/formlibrary.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace cliniclink::identity {
class Session;
}

namespace cliniclink::publichealth {

inline constexpr char kFormRecord[] = "ph_form";

// A saved public-health form as stored: the values it was filled with, the definition version,
// who saved and signed it and when, and — once signed — every amendment with its reason and
// the previous values of the fields it changed.
struct FormRecord {
    QString id;
    qint64 version = 0;
    QJsonObject payload;

    QString formId() const { return payload.value(QStringLiteral("formId")).toString(); }
    int formVersion() const { return payload.value(QStringLiteral("formVersion")).toInt(); }
    QString residentId() const { return payload.value(QStringLiteral("residentId")).toString(); }
    QJsonObject values() const { return payload.value(QStringLiteral("values")).toObject(); }
    QString visitDate() const { return payload.value(QStringLiteral("visitDate")).toString(); }
    bool isSigned() const { return payload.value(QStringLiteral("status")).toString() == QLatin1String("signed"); }
};

// Saves, signs and amends public-health forms. Every write goes through store::Store::putRecord
// (version, outbox entry, audit event) with the form index and the registers in the same
// transaction. Writing needs Permission::WritePatients, reading ReadPatients.
class FormRecords {
public:
    explicit FormRecords(identity::Session &session, const FormLibrary &library = FormLibrary::builtIn(),
                         const RuleParameters &parameters = RuleParameters::builtIn());

    const FormLibrary &library() const { return m_library; }
    const RuleParameters &parameters() const { return m_parameters; }

    // The context the resident gives a form: age, sex and the last measured height.
    Result<FormContext> context(const QString &residentId);
    // Checks and runs the rules without saving (what the form shows as the doctor types).
    Result<Evaluation> evaluate(const QString &formId, const QString &residentId, const QJsonObject &values);

    // A new form. FormHasErrors (detail: the first field key) when evaluation finds issues.
    // `sign` signs it at once.
    Result<FormRecord> save(const QString &formId, const QString &residentId, const QJsonObject &values, bool sign = false);
    // Replaces the values of an unsigned form (FormSigned once signed).
    Result<FormRecord> update(const QString &id, qint64 baseVersion, const QJsonObject &values, bool sign = false);
    Result<FormRecord> sign(const QString &id, qint64 baseVersion);
    // Changes a signed form: a reason is required and the trail keeps who, when, why, which
    // fields and their previous values.
    Result<FormRecord> amend(const QString &id, qint64 baseVersion, const QJsonObject &values, const QString &reason);

    Result<std::optional<FormRecord>> form(const QString &id);
    // The resident's forms (of one kind when formId is given), newest visit first.
    Result<QList<FormRecord>> forms(const QString &residentId, const QString &formId = {});
    Result<std::optional<FormRecord>> lastVisit(const QString &residentId, const QString &formId);

private:
    Result<const FormDefinition *> definition(const QString &formId) const;
    Result<Evaluation> checked(const FormDefinition &def, const QString &residentId, const QJsonObject &values,
                               const QString &excludeRecordId);
    Result<FormRecord> write(const FormDefinition &def, const QString &id, qint64 baseVersion, QJsonObject payload,
                             const Evaluation &evaluation);
    Result<FormRecord> load(const QString &id);
    QString now() const;

    identity::Session &m_session;
    const FormLibrary &m_library;
    const RuleParameters &m_parameters;
};

} // namespace cliniclink::publichealth
