#pragma once

#include "cliniclink/emr/note.h"
#include "cliniclink/emr/visit.h"
#include "cliniclink/his/prescription.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTableWidget;

namespace cliniclink::ui::his {

struct OutpatientServices;

// The doctor's outpatient screen, keyboard first: Enter moves on and picks the first match of
// a search (patients, ICD-10, drugs by 拼音码); F2 saves, F5 signs, F9 prints the 处方笺. The
// prescription's warnings are listed before signing and are confirmed with one reason.
class DoctorPage : public QWidget {
    Q_OBJECT
public:
    explicit DoctorPage(OutpatientServices &services, QWidget *parent = nullptr);

    bool save();  // F2
    bool sign();  // F5
    QString print(); // F9: the PDF's path, empty on failure

    QString statusText() const;
    QStringList warnings() const;
    std::optional<cliniclink::his::Prescription> prescription() const { return m_rx; }
    std::optional<emr::OutpatientNote> note() const { return m_note; }

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildPatientBox();
    QWidget *buildNoteBox();
    QWidget *buildPrescriptionBox();
    void retranslateUi();
    void searchPatients(const QString &text);
    void registerSelected();
    void searchDiagnoses(const QString &text);
    void addSelectedDiagnosis();
    void searchDrugs(const QString &text);
    void pickSelectedDrug();
    void addItem();
    void showItems();
    void showFindings();
    void setStatus(const QString &text, bool error = false);
    bool saveVitals();
    bool saveNote();
    bool savePrescription();

    OutpatientServices &m_s;
    std::optional<emr::Visit> m_visit;
    std::optional<emr::OutpatientNote> m_note;
    std::optional<cliniclink::his::Prescription> m_rx;
    QList<emr::Diagnosis> m_diagnoses;
    QList<cliniclink::his::PrescriptionItem> m_items;
    QHash<QString, QString> m_drugNames;
    QString m_pendingDrug;

    QLineEdit *m_patientSearch = nullptr;
    QListWidget *m_patients = nullptr;
    QLabel *m_visitLabel = nullptr;
    QLineEdit *m_systolic = nullptr, *m_diastolic = nullptr, *m_heartRate = nullptr, *m_temperature = nullptr,
              *m_weight = nullptr;
    QLineEdit *m_complaint = nullptr, *m_plan = nullptr;
    QPlainTextEdit *m_illness = nullptr, *m_exam = nullptr;
    QLineEdit *m_diagnosisSearch = nullptr;
    QListWidget *m_diagnosisHits = nullptr, *m_diagnosisList = nullptr;
    QComboBox *m_type = nullptr;
    QLineEdit *m_drugSearch = nullptr, *m_dose = nullptr, *m_frequency = nullptr, *m_days = nullptr;
    QListWidget *m_drugHits = nullptr;
    QTableWidget *m_itemTable = nullptr;
    QListWidget *m_warnings = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_status = nullptr;
    QList<QPair<QLabel *, const char *>> m_captions; // retranslated from their source text
    QLabel *caption(const char *source);
};

} // namespace cliniclink::ui::his
