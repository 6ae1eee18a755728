#pragma once

#include "cliniclink/registry/registry.h"

#include <QDialog>
#include <QHash>

class QLabel;

namespace cliniclink::ui::registry {

class CodePicker;

// 户主变更: the chosen member becomes head of household; every other member still active
// states their relation to the new head (GB/T 4761, picker searchable by initials). Members
// who died or left are shown and leave the family.
class HeadChangeDialog : public QDialog {
    Q_OBJECT
public:
    HeadChangeDialog(::cliniclink::registry::Registry &registry, const ::cliniclink::registry::Family &family,
                     const QString &newHeadId, QWidget *parent = nullptr);

    CodePicker *relationPicker(const QString &residentId) const { return m_pickers.value(residentId); }
    QString message() const;
    const ::cliniclink::registry::Family &result() const { return m_result; }

    bool submit(); // confirms, writes; accepts on success

private:
    ::cliniclink::registry::Registry &m_registry;
    ::cliniclink::registry::Family m_family;
    ::cliniclink::registry::Family m_result;
    QString m_newHeadId;
    QString m_newHeadName;
    QHash<QString, CodePicker *> m_pickers;
    QLabel *m_message;
};

} // namespace cliniclink::ui::registry
