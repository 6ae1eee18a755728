#pragma once

#include "cliniclink/publichealth/formevaluation.h"

#include <QHash>
#include <QJsonObject>
#include <QWidget>

class QLabel;
class QGroupBox;

namespace cliniclink::ui::publichealth {

// Draws any public-health form from its definition: one box per section, one row per field
// (label with a red * when required, the editor for its type, its unit, and the inline
// message). Tab and Enter move through the fields in form order. Values are read back as the
// evaluation expects them (numbers as numbers, codes, dates as typed); showEvaluation() puts
// messages next to fields, fills computed fields and hides what does not apply.
class FormRenderer : public QWidget {
    Q_OBJECT
public:
    explicit FormRenderer(const ::cliniclink::publichealth::FormDefinition &form, QWidget *parent = nullptr);

    const ::cliniclink::publichealth::FormDefinition &form() const { return m_form; }
    QJsonObject values() const;
    void setValues(const QJsonObject &values);
    // Sets the fields present in `values`, keeping the others.
    void mergeValues(const QJsonObject &values);
    void showEvaluation(const ::cliniclink::publichealth::Evaluation &evaluation,
                        const ::cliniclink::publichealth::FormContext &context);

    // A signed form is shown read-only until the doctor chooses to amend it.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    QWidget *editor(const QString &key) const { return m_editors.value(key); }
    QString issueText(const QString &key) const;
    int fieldCount() const { return int(m_editors.size()); }

signals:
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createEditor(const ::cliniclink::publichealth::FieldDef &field);
    QJsonValue readValue(const ::cliniclink::publichealth::FieldDef &field) const;
    void writeValue(const ::cliniclink::publichealth::FieldDef &field, const QJsonValue &value);

    const ::cliniclink::publichealth::FormDefinition &m_form;
    QHash<QString, QWidget *> m_editors;
    QHash<QString, QLabel *> m_issues;
    QHash<QString, QList<QWidget *>> m_rowWidgets; // label, editor, unit, issue — hidden together
    QHash<QString, QGroupBox *> m_sections;
    bool m_readOnly = false;
};

// How a stored value reads on screen and on paper: "1 门诊" for a code, labels joined by "、"
// for several, the number with its unit.
QString displayValue(const ::cliniclink::publichealth::FormDefinition &form,
                     const ::cliniclink::publichealth::FieldDef &field, const QJsonValue &value);

} // namespace cliniclink::ui::publichealth
