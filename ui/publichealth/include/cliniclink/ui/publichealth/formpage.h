#pragma once

#include "cliniclink/publichealth/formevaluation.h"
#include "cliniclink/publichealth/formrecords.h"
#include "cliniclink/registry/resident.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QScrollArea;

namespace cliniclink::identity {
class Session;
}

namespace cliniclink::ui::publichealth {

class FormRenderer;

// 随访/体检表 entry: choose the resident and the form, fill it (checked as it is typed, rule
// suggestions with their reasons beside it), carry the last visit forward, save or sign, print.
class FormPage : public QWidget {
    Q_OBJECT
public:
    explicit FormPage(identity::Session &session, QWidget *parent = nullptr);
    ~FormPage() override;

    void setResident(const ::cliniclink::registry::Resident &resident);
    bool chooseResident(const QString &searchText); // the best search match
    // From the due list: this resident, this form.
    bool openFor(const QString &residentId, const QString &formId);
    bool openForm(const QString &formId);
    FormRenderer *renderer() const { return m_renderer; }
    const ::cliniclink::publichealth::Evaluation &evaluation() const { return m_evaluation; }
    QStringList suggestionTexts() const;
    QString message() const;

    // An earlier form of the resident; a signed one opens read-only.
    bool openRecord(const QString &recordId);
    const std::optional<::cliniclink::publichealth::FormRecord> &savedRecord() const { return m_saved; }
    // Unlocks a signed form for an amendment; save() then asks for the reason.
    bool startAmendment();
    QStringList trailTexts() const; // the visible amendment trail, oldest first

    bool carryForward();
    bool save(bool sign);
    bool printPdf(const QString &path);

signals:
    void saved(const QString &recordId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void reevaluate();
    void applySuggestion();
    void setMessage(const QString &text, bool error);
    void applyLockState();
    void refreshHistory();
    void showTrail();
    bool saveAmendment();

    identity::Session &m_session;
    std::unique_ptr<::cliniclink::publichealth::FormRecords> m_records;
    ::cliniclink::registry::Resident m_resident;
    ::cliniclink::publichealth::FormContext m_context;
    ::cliniclink::publichealth::Evaluation m_evaluation;
    std::optional<::cliniclink::publichealth::FormRecord> m_saved;
    QLineEdit *m_residentSearch;
    QLabel *m_residentLabel;
    QComboBox *m_formChoice;
    QComboBox *m_history; // this resident's earlier forms of the chosen kind
    QPushButton *m_carry;
    QPushButton *m_save;
    QPushButton *m_sign;
    QPushButton *m_print;
    QPushButton *m_amend;
    QLabel *m_trailTitle;
    QListWidget *m_trail;
    bool m_amending = false;
    QScrollArea *m_scroll;
    FormRenderer *m_renderer = nullptr;
    QLabel *m_suggestionsTitle;
    QListWidget *m_suggestions;
    QPushButton *m_apply;
    QLabel *m_message;
};

} // namespace cliniclink::ui::publichealth
