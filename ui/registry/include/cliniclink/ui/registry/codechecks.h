#pragma once

#include "cliniclink/registry/codesets.h"

#include <QList>
#include <QStringList>
#include <QWidget>

class QCheckBox;

namespace cliniclink::ui::registry {

// A multiple choice (既往史, 症状, 危急情况 …) as check boxes in rows, as on the paper form.
// `exclusiveCode` ("无") clears the others when ticked and is cleared by any other.
class CodeChecks : public QWidget {
    Q_OBJECT
public:
    explicit CodeChecks(const ::cliniclink::registry::CodeSet &set, const QString &exclusiveCode = {},
                        int columns = 4, QWidget *parent = nullptr);

    QStringList codes() const;
    void setCodes(const QStringList &codes);
    QList<QCheckBox *> boxes() const { return m_boxes; }

signals:
    void codesChanged();

private:
    QList<QCheckBox *> m_boxes;
    QString m_exclusive;
};

} // namespace cliniclink::ui::registry
