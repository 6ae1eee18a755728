#pragma once

#include "cliniclink/registry/codesets.h"

#include <QComboBox>

namespace cliniclink::ui::registry {

// A value-set picker: an editable combo box listing "code label" whose completer matches the
// code, the label or the label's pinyin initials ("gxy" finds 高血压), so a doctor never
// leaves the keyboard. An empty first entry means "not answered".
class CodePicker : public QComboBox {
    Q_OBJECT
public:
    explicit CodePicker(const ::cliniclink::registry::CodeSet &set, QWidget *parent = nullptr);

    // The chosen code; empty when nothing (or nothing recognisable) is chosen.
    QString code() const;
    void setCode(const QString &code);

signals:
    void codeChanged(const QString &code);

private:
    ::cliniclink::registry::CodeSet m_set;
};

// "1 男" → "1 男 n"; the text the completer matches against.
QString searchableCodeText(const ::cliniclink::registry::Code &code);

} // namespace cliniclink::ui::registry
