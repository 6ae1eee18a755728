#pragma once

#include "cliniclink/core/result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace cliniclink::registry {

struct Code {
    QString code;
    QString label;
    QStringList aliases; // other spellings found in imported data ("男性", "A", "汉")
};

// One value set (GB/T 2261.1 sex, GB/T 4761 family relation, …) as data, so that sets the
// reference marks as unverified can be corrected without a code change.
struct CodeSet {
    QString id;
    QString source;
    bool verified = false;
    QList<Code> codes;

    bool contains(const QString &code) const;
    QString label(const QString &code) const; // empty if unknown
    // Accepts a code, a label or an alias (whitespace ignored); empty if nothing matches.
    QString normalize(const QString &input) const;
};

// The value sets of the registry, from data/codesets.json (compiled in) or a clinic's file.
class CodeSets {
public:
    // The compiled-in sets (:/cliniclink/registry/codesets.json).
    static const CodeSets &builtIn();
    static Result<CodeSets> fromJson(const QByteArray &json); // CodeSetsInvalid
    static Result<CodeSets> fromFile(const QString &path);

    const CodeSet *set(const QString &id) const;
    QStringList ids() const { return m_sets.keys(); }
    int version() const { return m_version; }

private:
    int m_version = 0;
    QHash<QString, CodeSet> m_sets;
};

// Reads a compiled-in data file of this module (":/cliniclink/registry/<name>").
QByteArray registryData(const QString &name);

} // namespace cliniclink::registry
