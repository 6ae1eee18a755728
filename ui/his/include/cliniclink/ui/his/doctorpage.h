#pragma once

#include "cliniclink/emr/note.h"
#include "cliniclink/emr/notetemplates.h"
#include "cliniclink/emr/visit.h"
#include "cliniclink/his/prescription.h"

#include <QHash>
#include <QPageSize>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTableWidget;

namespace cliniclink::ui::emr {
class AmendmentTrail;
class NoteTemplateBar;
class TimelineList;
} // namespace cliniclink::ui::emr

namespace cliniclink::ui::his {

struct OutpatientServices;
class PickerCombo;

// The doctor's outpatient screen, keyboard first. 初诊/复诊 (suggested from the patient's
// timeline) and 费别 are chosen before Enter registers; the note then opens with 既往史 and
// 过敏史 carried from the archive, and the patient's timeline shows beside it. Enter moves on
// and picks the first match of a search (patients, templates, ICD-10, drugs by 拼音码, route,
// frequency). F2 saves, F5 signs, F6 amends a signed note (with a reason; the trail shows on
// screen), F9 prints the 处方笺, F10 the 门诊病历 on A5 (Shift+F10 on A4), F3 goes to the
// templates, Ctrl+T saves the note as the clinic's template. The prescription's warnings are
// listed before signing and are confirmed with one reason.
class DoctorPage : public QWidget {
    Q_OBJECT
public:
    explicit DoctorPage(OutpatientServices &services, QWidget *parent = nullptr);

    bool save();  // F2
    bool sign();  // F5
    bool amend(); // F6
    QString print(); // F9: the PDF's path, empty on failure
    QString printNote(QPageSize::PageSizeId size = QPageSize::A5); // F10 / Shift+F10
    bool saveTemplate(); // Ctrl+T
    bool applyTemplate(const cliniclink::emr::NoteTemplate &t);

    QString statusText() const;
    QStringList warnings() const;
    QStringList timelineLines() const;
    QStringList amendmentLines() const;
    std::optional<cliniclink::his::Prescription> prescription() const { return m_rx; }
    std::optional<cliniclink::emr::OutpatientNote> note() const { return m_note; }
    std::optional<cliniclink::emr::Visit> visit() const { return m_visit; }

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildPatientBox();
    QWidget *buildNoteBox();
    QWidget *buildPrescriptionBox();
    void retranslateUi();
    void searchPatients(const QString &text);
    void suggestVisitKind();
    void registerSelected();
    void showNoteFields();
    QJsonObject noteSections() const;
    void searchDiagnoses(const QString &text);
    void addSelectedDiagnosis();
    void removeSelectedDiagnosis();
    void showDiagnoses();
    void searchDrugs(const QString &text);
    void pickSelectedDrug();
    void addItem();
    void showItems();
    void showFindings();
    void refreshTimeline();
    void setStatus(const QString &text, bool error = false);
    bool saveVitals();
    bool saveNote();
    bool savePrescription();
    QString documentsPath(const QString &fileName);

    OutpatientServices &m_s;
    std::optional<cliniclink::emr::Visit> m_visit;
    std::optional<cliniclink::emr::OutpatientNote> m_note;
    std::optional<cliniclink::his::Prescription> m_rx;
    QList<cliniclink::emr::Diagnosis> m_diagnoses;
    QList<cliniclink::his::PrescriptionItem> m_items;
    QHash<QString, QString> m_drugNames;
    QString m_pendingDrug;
    QString m_patientName;
    bool m_signedNoteEdited = false; // the screen differs from the signed note: F6 records it

    QComboBox *m_visitKind = nullptr, *m_feeCategory = nullptr;
    QLineEdit *m_patientSearch = nullptr;
    QListWidget *m_patients = nullptr;
    QLabel *m_visitLabel = nullptr;
    QLineEdit *m_systolic = nullptr, *m_diastolic = nullptr, *m_heartRate = nullptr, *m_temperature = nullptr,
              *m_weight = nullptr;
    emr::TimelineList *m_timeline = nullptr;
    emr::NoteTemplateBar *m_templates = nullptr;
    QLineEdit *m_complaint = nullptr, *m_plan = nullptr, *m_allergy = nullptr, *m_auxExam = nullptr;
    QPlainTextEdit *m_illness = nullptr, *m_exam = nullptr, *m_pastHistory = nullptr;
    QLineEdit *m_diagnosisSearch = nullptr;
    QListWidget *m_diagnosisHits = nullptr, *m_diagnosisList = nullptr;
    QLineEdit *m_amendReason = nullptr;
    emr::AmendmentTrail *m_trail = nullptr;
    QComboBox *m_type = nullptr;
    QLineEdit *m_longCourse = nullptr;
    QLineEdit *m_drugSearch = nullptr, *m_dose = nullptr, *m_days = nullptr;
    PickerCombo *m_route = nullptr, *m_frequency = nullptr;
    QListWidget *m_drugHits = nullptr;
    QTableWidget *m_itemTable = nullptr;
    QListWidget *m_warnings = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_keys = nullptr;
    QLabel *m_status = nullptr;
    QList<QPair<QLabel *, const char *>> m_captions; // retranslated from their source text
    QLabel *caption(const char *source);
};

} // namespace cliniclink::ui::his
