#pragma once

#include "cliniclink/registry/resident.h"

#include <QHash>
#include <QJsonObject>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace cliniclink::registry {
class Registry;
}

namespace cliniclink::ui::registry {

class CodeChecks;
class CodePicker;
class IdNumberField;

// The archive card: the core fields of the 居民个人基本信息表 in the paper form's order, value
// sets as pickers; the name's pinyin is shown and can be corrected (多音字), search then finds
// the corrected form. Creates a new archive or edits the shown one. The registry it is given
// re-derives key-population registers on every write (publichealth::followRegisters).
class ResidentCard : public QWidget {
    Q_OBJECT
public:
    explicit ResidentCard(::cliniclink::registry::Registry &registry, QWidget *parent = nullptr);

    void startNew();
    void showResident(const ::cliniclink::registry::Resident &resident);
    const ::cliniclink::registry::Resident &resident() const { return m_resident; }
    QString message() const;

    QJsonObject fields() const; // what the card would save
    bool save();

signals:
    void saved(const ::cliniclink::registry::Resident &resident);

protected:
    void changeEvent(QEvent *event) override;

private:
    void build();
    void retranslateUi();
    void setMessage(const QString &text, bool error);

    ::cliniclink::registry::Registry &m_registry;
    ::cliniclink::registry::Resident m_resident;
    QLabel *m_title = nullptr;
    QLabel *m_archiveNumber = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_pinyin = nullptr; // stored reading; the doctor corrects 多音字 here
    bool m_pinyinTouched = false;
    IdNumberField *m_idNumber = nullptr;
    QLineEdit *m_birthDate = nullptr;
    QHash<QString, QLineEdit *> m_texts;    // phone, currentAddress, village, responsibleDoctor …
    QHash<QString, CodePicker *> m_pickers; // sex, ethnicity, bloodType …
    QHash<QString, CodeChecks *> m_checks;  // paymentTypes, drugAllergies, pastDiseases
    QHash<QString, QLabel *> m_labels;
    QLabel *m_message = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace cliniclink::ui::registry
