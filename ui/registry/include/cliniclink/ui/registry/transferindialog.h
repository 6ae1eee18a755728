#pragma once

#include "cliniclink/registry/resident.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;

namespace cliniclink::registry {
class Registry;
}

namespace cliniclink::ui::registry {

class CodePicker;
class IdNumberField;

// 档案迁入: an archive arriving from another clinic keeps its archive number; a resident who
// was transferred out of this clinic and comes back (same ID number) gets the old archive back.
class TransferInDialog : public QDialog {
    Q_OBJECT
public:
    explicit TransferInDialog(::cliniclink::registry::Registry &registry, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    IdNumberField *idNumberField() const { return m_idNumber; }
    QLineEdit *birthDateEdit() const { return m_birthDate; }
    CodePicker *sexPicker() const { return m_sex; }
    QLineEdit *archiveNumberEdit() const { return m_archiveNumber; }
    QLineEdit *fromEdit() const { return m_from; }
    QDateEdit *dateEdit() const { return m_date; }
    QString message() const;
    const ::cliniclink::registry::Resident &result() const { return m_result; }

    bool submit();

private:
    ::cliniclink::registry::Registry &m_registry;
    ::cliniclink::registry::Resident m_result;
    QLineEdit *m_name;
    IdNumberField *m_idNumber;
    QLineEdit *m_birthDate;
    CodePicker *m_sex;
    QLineEdit *m_archiveNumber;
    QLineEdit *m_from;
    QDateEdit *m_date;
    QLabel *m_message;
};

} // namespace cliniclink::ui::registry
