#include "cliniclink/ui/his/doctorpage.h"

#include "cliniclink/his/frequency.h"
#include "cliniclink/ui/his/outpatientservices.h"
#include "cliniclink/ui/his/prescriptionsheet.h"
#include "cliniclink/ui/his/sheetbuilder.h"
#include "cliniclink/ui/emr/amendmenttrail.h"
#include "cliniclink/ui/emr/notetemplatebar.h"
#include "cliniclink/ui/emr/timelinelist.h"
#include "cliniclink/ui/shell/errortext.h"
#include "pickercombo.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QShortcut>
#include <QStandardPaths>
#include <QTableWidget>

namespace cliniclink::ui::his {

using namespace cliniclink::his;

namespace {

// Enter in a line edit moves to the next field, as on the paper-form screens clinics know.
void enterMovesOn(QLineEdit *edit, QWidget *next)
{
    QObject::connect(edit, &QLineEdit::returnPressed, next, [next] { next->setFocus(); });
}

// 给药途径 as printed on the 处方笺, with the abbreviations doctors type.
const QList<QPair<const char *, const char *>> &routes()
{
    static const QList<QPair<const char *, const char *>> list = {
        {"口服", "po"},   {"静注", "iv"},    {"静滴", "ivgtt"}, {"肌注", "im"},   {"皮下", "ih"},
        {"皮内", "id"},   {"外用", "ext"},   {"含服", "hf"},    {"舌下", "sl"},   {"吸入", "inh"},
        {"滴眼", "oc"},   {"滴鼻", "nas"},   {"直肠", "pr"},    {"雾化", "neb"}};
    return list;
}

// The usual route of a dosage form, which the doctor may change.
QString defaultRoute(const QString &form)
{
    if (form.contains(QStringLiteral("注射")))
        return QStringLiteral("im");
    if (form.contains(QStringLiteral("软膏")) || form.contains(QStringLiteral("乳膏")) || form.contains(QStringLiteral("贴")) ||
        form.contains(QStringLiteral("搽剂")))
        return QStringLiteral("ext");
    if (form.contains(QStringLiteral("滴眼")))
        return QStringLiteral("oc");
    if (form.contains(QStringLiteral("气雾")) || form.contains(QStringLiteral("吸入")))
        return QStringLiteral("inh");
    return QStringLiteral("po");
}

template <typename T>
std::optional<T> numberIn(const QLineEdit *edit)
{
    bool ok = false;
    const double v = edit->text().trimmed().toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return static_cast<T>(v);
}

} // namespace

DoctorPage::DoctorPage(OutpatientServices &services, QWidget *parent) : QWidget(parent), m_s(services)
{
    auto *layout = new QGridLayout(this);
    layout->addWidget(buildPatientBox(), 0, 0);
    layout->addWidget(buildNoteBox(), 0, 1);
    layout->addWidget(buildPrescriptionBox(), 0, 2);
    layout->setColumnStretch(0, 2);
    layout->setColumnStretch(1, 3);
    layout->setColumnStretch(2, 4);
    m_keys = new QLabel(this);
    m_keys->setStyleSheet(QStringLiteral("color: #555;"));
    layout->addWidget(m_keys, 1, 0, 1, 3);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status, 2, 0, 1, 3);

    auto shortcut = [this](QKeySequence key, auto fn) {
        auto *s = new QShortcut(key, this, fn);
        s->setContext(Qt::WidgetWithChildrenShortcut);
    };
    shortcut(QKeySequence(Qt::Key_F2), [this] { save(); });
    shortcut(QKeySequence(Qt::Key_F5), [this] { sign(); });
    shortcut(QKeySequence(Qt::Key_F9), [this] { print(); });
    shortcut(QKeySequence(Qt::Key_F6), [this] { amend(); });
    shortcut(QKeySequence(Qt::Key_F10), [this] { printNote(QPageSize::A5); });
    shortcut(QKeySequence(Qt::SHIFT | Qt::Key_F10), [this] { printNote(QPageSize::A4); });
    shortcut(QKeySequence(Qt::Key_F3), [this] { m_templates->searchField()->setFocus(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_T), [this] { saveTemplate(); });
    connect(m_templates, &emr::NoteTemplateBar::applyRequested, this, &DoctorPage::applyTemplate);
    connect(m_templates, &emr::NoteTemplateBar::saveRequested, this, &DoctorPage::saveTemplate);
    m_templates->reload();
    retranslateUi();
}

QLabel *DoctorPage::caption(const char *source)
{
    auto *label = new QLabel(this);
    m_captions.append({label, source});
    return label;
}

QWidget *DoctorPage::buildPatientBox()
{
    auto *box = new QWidget(this);
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    m_patientSearch = new QLineEdit(box); // the first line edit: where the keyboard starts
    m_patients = new QListWidget(box);
    m_visitLabel = new QLabel(box);
    m_visitLabel->setWordWrap(true);
    m_visitKind = new QComboBox(box);
    m_visitKind->setObjectName(QStringLiteral("visitKind"));
    m_visitKind->addItem(QString(), QVariant::fromValue(static_cast<int>(cliniclink::emr::VisitKind::First)));
    m_visitKind->addItem(QString(), QVariant::fromValue(static_cast<int>(cliniclink::emr::VisitKind::Return)));
    m_feeCategory = new QComboBox(box);
    m_feeCategory->setObjectName(QStringLiteral("feeCategory"));
    for (cliniclink::emr::FeeCategory f : {cliniclink::emr::FeeCategory::SelfPay, cliniclink::emr::FeeCategory::ResidentInsurance,
                                           cliniclink::emr::FeeCategory::EmployeeInsurance, cliniclink::emr::FeeCategory::Other})
        m_feeCategory->addItem(QString(), QVariant::fromValue(static_cast<int>(f)));
    grid->addWidget(caption(QT_TR_NOOP("Patient (name, pinyin initials or ID number) — Enter registers")), 0, 0, 1, 2);
    grid->addWidget(m_patientSearch, 1, 0, 1, 2);
    grid->addWidget(m_patients, 2, 0, 1, 2);
    auto *registration = new QHBoxLayout;
    registration->addWidget(m_visitKind, 1);
    registration->addWidget(m_feeCategory, 2);
    grid->addLayout(registration, 3, 0, 1, 2);
    grid->addWidget(m_visitLabel, 4, 0, 1, 2);
    m_systolic = new QLineEdit(box);
    m_diastolic = new QLineEdit(box);
    m_heartRate = new QLineEdit(box);
    m_temperature = new QLineEdit(box);
    m_weight = new QLineEdit(box);
    const QList<QPair<const char *, QLineEdit *>> vitals = {{QT_TR_NOOP("Systolic (mmHg)"), m_systolic},
                                                            {QT_TR_NOOP("Diastolic (mmHg)"), m_diastolic},
                                                            {QT_TR_NOOP("Heart rate (/min)"), m_heartRate},
                                                            {QT_TR_NOOP("Temperature (°C)"), m_temperature},
                                                            {QT_TR_NOOP("Weight (kg)"), m_weight}};
    for (int i = 0; i < vitals.size(); ++i) {
        grid->addWidget(caption(vitals.at(i).first), 5 + i, 0);
        grid->addWidget(vitals.at(i).second, 5 + i, 1);
    }
    m_timeline = new emr::TimelineList(*m_s.outpatient, box);
    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_timeline->setFocusPolicy(Qt::ClickFocus);
    grid->addWidget(caption(QT_TR_NOOP("Timeline: visits, notes, prescriptions, public-health forms, images, consultations")), 10, 0, 1, 2);
    grid->addWidget(m_timeline, 11, 0, 1, 2);
    grid->setRowStretch(2, 1);
    grid->setRowStretch(11, 2);
    connect(m_patientSearch, &QLineEdit::textChanged, this, &DoctorPage::searchPatients);
    connect(m_patients, &QListWidget::currentRowChanged, this, &DoctorPage::suggestVisitKind);
    connect(m_patientSearch, &QLineEdit::returnPressed, this, &DoctorPage::registerSelected);
    connect(m_patients, &QListWidget::itemActivated, this, &DoctorPage::registerSelected);
    enterMovesOn(m_systolic, m_diastolic);
    enterMovesOn(m_diastolic, m_heartRate);
    enterMovesOn(m_heartRate, m_temperature);
    enterMovesOn(m_temperature, m_weight);
    return box;
}

QWidget *DoctorPage::buildNoteBox()
{
    auto *box = new QWidget(this);
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    // Created in the order Tab walks: complaint → illness → examination → plan → diagnosis;
    // the history fields, the amendment and the templates come after.
    m_complaint = new QLineEdit(box);
    m_illness = new QPlainTextEdit(box);
    m_exam = new QPlainTextEdit(box);
    m_plan = new QLineEdit(box);
    m_diagnosisSearch = new QLineEdit(box);
    m_diagnosisHits = new QListWidget(box);
    m_diagnosisList = new QListWidget(box);
    m_exam->setObjectName(QStringLiteral("physicalExam"));
    m_pastHistory = new QPlainTextEdit(box);
    m_pastHistory->setObjectName(QStringLiteral("pastHistory"));
    m_allergy = new QLineEdit(box);
    m_allergy->setObjectName(QStringLiteral("allergyHistory"));
    m_auxExam = new QLineEdit(box);
    m_amendReason = new QLineEdit(box);
    m_amendReason->setObjectName(QStringLiteral("amendReason"));
    m_trail = new emr::AmendmentTrail(box);
    m_trail->setObjectName(QStringLiteral("amendmentTrail"));
    m_trail->setFocusPolicy(Qt::ClickFocus);
    m_templates = new emr::NoteTemplateBar(*m_s.templates, box);
    for (QPlainTextEdit *e : {m_illness, m_exam, m_pastHistory})
        e->setTabChangesFocus(true); // Tab leaves the text, so the keyboard flow goes on
    m_pastHistory->setMaximumHeight(60);
    m_diagnosisHits->setMaximumHeight(90);
    m_diagnosisList->setMaximumHeight(60);
    m_trail->setMaximumHeight(80);
    int row = 0;
    grid->addWidget(m_templates, row++, 0, 1, 2);
    grid->addWidget(caption(QT_TR_NOOP("Chief complaint")), row++, 0, 1, 2);
    grid->addWidget(m_complaint, row++, 0, 1, 2);
    grid->addWidget(caption(QT_TR_NOOP("Present illness")), row++, 0, 1, 2);
    grid->addWidget(m_illness, row++, 0, 1, 2);
    grid->addWidget(caption(QT_TR_NOOP("Past history (from the archive)")), row++, 0, 1, 2);
    grid->addWidget(m_pastHistory, row++, 0, 1, 2);
    grid->addWidget(caption(QT_TR_NOOP("Allergy history")), row, 0);
    grid->addWidget(m_allergy, row++, 1);
    grid->addWidget(caption(QT_TR_NOOP("Physical examination")), row++, 0, 1, 2);
    grid->addWidget(m_exam, row++, 0, 1, 2);
    grid->addWidget(caption(QT_TR_NOOP("Auxiliary examinations")), row, 0);
    grid->addWidget(m_auxExam, row++, 1);
    grid->addWidget(caption(QT_TR_NOOP("Plan / orders")), row, 0);
    grid->addWidget(m_plan, row++, 1);
    grid->addWidget(caption(QT_TR_NOOP("Diagnosis (ICD-10 code or pinyin initials) — Enter adds; the first is primary; Delete removes")), row++, 0, 1, 2);
    grid->addWidget(m_diagnosisSearch, row++, 0, 1, 2);
    grid->addWidget(m_diagnosisHits, row++, 0, 1, 2);
    grid->addWidget(m_diagnosisList, row++, 0, 1, 2);
    grid->addWidget(caption(QT_TR_NOOP("Reason for amending the signed note (F6)")), row, 0);
    grid->addWidget(m_amendReason, row++, 1);
    grid->addWidget(m_trail, row++, 0, 1, 2);
    grid->setRowStretch(4, 2);
    grid->setRowStretch(9, 1);
    grid->setColumnStretch(1, 1);
    m_weight->connect(m_weight, &QLineEdit::returnPressed, m_complaint, [this] { m_complaint->setFocus(); });
    enterMovesOn(m_complaint, m_illness);
    enterMovesOn(m_plan, m_diagnosisSearch);
    connect(m_amendReason, &QLineEdit::returnPressed, this, &DoctorPage::amend);
    connect(m_diagnosisSearch, &QLineEdit::textChanged, this, &DoctorPage::searchDiagnoses);
    connect(m_diagnosisSearch, &QLineEdit::returnPressed, this, &DoctorPage::addSelectedDiagnosis);
    auto *remove = new QShortcut(QKeySequence(Qt::Key_Delete), m_diagnosisList, [this] { removeSelectedDiagnosis(); });
    remove->setContext(Qt::WidgetShortcut);
    return box;
}

QWidget *DoctorPage::buildPrescriptionBox()
{
    auto *box = new QWidget(this);
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    m_type = new QComboBox(box);
    m_type->setObjectName(QStringLiteral("prescriptionType"));
    for (PrescriptionType t : {PrescriptionType::Ordinary, PrescriptionType::Emergency, PrescriptionType::Paediatric,
                               PrescriptionType::NarcoticPsych1, PrescriptionType::Psych2})
        m_type->addItem(QString(), QVariant::fromValue(static_cast<int>(t)));
    m_drugSearch = new QLineEdit(box);
    m_drugHits = new QListWidget(box);
    m_dose = new QLineEdit(box);
    m_route = new PickerCombo(box);
    m_route->setObjectName(QStringLiteral("route"));
    for (const auto &[label, key] : routes())
        m_route->addChoice(QString::fromUtf8(label), QString::fromUtf8(key));
    m_frequency = new PickerCombo(box);
    m_frequency->setObjectName(QStringLiteral("frequency"));
    for (const Frequency &f : frequencies())
        m_frequency->addChoice(QStringLiteral("%1 %2").arg(QString::fromUtf8(f.key), QString::fromUtf8(f.label)), QString::fromUtf8(f.key));
    m_days = new QLineEdit(box);
    m_itemTable = new QTableWidget(0, 6, box);
    m_itemTable->horizontalHeader()->setStretchLastSection(true);
    m_itemTable->verticalHeader()->hide();
    m_itemTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_warnings = new QListWidget(box);
    m_warnings->setStyleSheet(QStringLiteral("QListWidget { color: #a61b1b; }"));
    m_reason = new QLineEdit(box);
    m_longCourse = new QLineEdit(box);
    m_longCourse->setObjectName(QStringLiteral("longCourseReason"));
    grid->addWidget(caption(QT_TR_NOOP("Prescription type")), 0, 0);
    grid->addWidget(m_type, 0, 1);
    grid->addWidget(caption(QT_TR_NOOP("Reason for more than 7 days (chronic disease …)")), 0, 2);
    grid->addWidget(m_longCourse, 0, 3);
    grid->addWidget(caption(QT_TR_NOOP("Drug (拼音码, 五笔码 or name) — Enter picks")), 1, 0, 1, 4);
    grid->addWidget(m_drugSearch, 2, 0, 1, 4);
    grid->addWidget(m_drugHits, 3, 0, 1, 4);
    grid->addWidget(caption(QT_TR_NOOP("Dose")), 4, 0);
    grid->addWidget(m_dose, 4, 1);
    grid->addWidget(caption(QT_TR_NOOP("Route (po, im, iv … or pinyin)")), 4, 2);
    grid->addWidget(m_route, 4, 3);
    grid->addWidget(caption(QT_TR_NOOP("Frequency (qd, bid, tid …)")), 5, 0);
    grid->addWidget(m_frequency, 5, 1);
    grid->addWidget(caption(QT_TR_NOOP("Days — Enter adds")), 5, 2);
    grid->addWidget(m_days, 5, 3);
    grid->addWidget(m_itemTable, 6, 0, 1, 4);
    grid->addWidget(caption(QT_TR_NOOP("Warnings before signing")), 7, 0, 1, 4);
    grid->addWidget(m_warnings, 8, 0, 1, 4);
    grid->addWidget(caption(QT_TR_NOOP("Reason for signing despite the warnings")), 9, 0, 1, 2);
    grid->addWidget(m_reason, 9, 2, 1, 2);
    for (int column : {1, 3})
        grid->setColumnStretch(column, 1); // the fields share the width
    grid->setRowStretch(6, 2);
    grid->setRowStretch(3, 1);
    grid->setRowStretch(8, 1);
    connect(m_drugSearch, &QLineEdit::textChanged, this, &DoctorPage::searchDrugs);
    connect(m_drugSearch, &QLineEdit::returnPressed, this, &DoctorPage::pickSelectedDrug);
    enterMovesOn(m_dose, m_route);
    connect(m_route, &PickerCombo::confirmed, m_frequency, [this] { m_frequency->setFocus(); });
    connect(m_frequency, &PickerCombo::confirmed, m_days, [this] { m_days->setFocus(); });
    connect(m_days, &QLineEdit::returnPressed, this, &DoctorPage::addItem);
    return box;
}

void DoctorPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DoctorPage::retranslateUi()
{
    setWindowTitle(tr("Outpatient"));
    for (const auto &[label, source] : std::as_const(m_captions))
        label->setText(tr(source));
    const QStringList types = {tr("Ordinary"), tr("Emergency (急诊)"), tr("Paediatric (儿科)"),
                               tr("Narcotic / psychotropic I (麻、精一)"), tr("Psychotropic II (精二)")};
    for (int i = 0; i < types.size(); ++i)
        m_type->setItemText(i, types.at(i));
    m_visitKind->setItemText(0, tr("First visit (初诊)"));
    m_visitKind->setItemText(1, tr("Return visit (复诊)"));
    const QStringList fees = {tr("Self-pay (自费)"), tr("Resident insurance (城乡居民医保)"), tr("Employee insurance (职工医保)"),
                              tr("Other (其他)")};
    for (int i = 0; i < fees.size(); ++i)
        m_feeCategory->setItemText(i, fees.at(i));
    m_itemTable->setHorizontalHeaderLabels({tr("Drug"), tr("Dose"), tr("Route"), tr("Frequency"), tr("Days"), tr("Quantity")});
    m_patientSearch->setPlaceholderText(tr("e.g. zxm or 张小明"));
    m_keys->setText(tr("F2 save · F5 sign · F6 amend · F9 print prescription · F10 print note (Shift+F10 A4) · "
                       "F3 templates · Ctrl+T save as template"));
    showFindings();
}

void DoctorPage::setStatus(const QString &text, bool error)
{
    m_status->setStyleSheet(error ? QStringLiteral("color: #a61b1b;") : QString());
    m_status->setText(text);
}

QString DoctorPage::statusText() const
{
    return m_status->text();
}

QStringList DoctorPage::warnings() const
{
    QStringList out;
    for (int i = 0; i < m_warnings->count(); ++i)
        out << m_warnings->item(i)->text();
    return out;
}

QStringList DoctorPage::timelineLines() const
{
    return m_timeline->lines();
}

QStringList DoctorPage::amendmentLines() const
{
    return m_trail->lines();
}

void DoctorPage::searchPatients(const QString &text)
{
    m_patients->clear();
    if (text.trimmed().isEmpty())
        return;
    auto hits = m_s.registry->search(text.trimmed(), 20);
    if (!hits)
        return setStatus(shell::errorText(hits.error()), true);
    for (const registry::SearchHit &h : *hits) {
        auto *item = new QListWidgetItem(QStringLiteral("%1  %2  %3").arg(h.name, h.birthDate, h.archiveNumber), m_patients);
        item->setData(Qt::UserRole, h.id);
        item->setData(Qt::UserRole + 1, h.name);
    }
    m_patients->setCurrentRow(0);
}

// 复诊 when the patient has been seen here before; the doctor may still change it.
void DoctorPage::suggestVisitKind()
{
    QListWidgetItem *item = m_patients->currentItem();
    if (!item)
        return;
    auto t = m_s.outpatient->timeline(item->data(Qt::UserRole).toString());
    bool seen = false;
    for (const store::TimelineEntry &e : t ? *t : QList<store::TimelineEntry>{})
        seen = seen || e.kind == QLatin1String("visit");
    m_visitKind->setCurrentIndex(seen ? 1 : 0);
}

void DoctorPage::registerSelected()
{
    QListWidgetItem *item = m_patients->currentItem();
    if (!item)
        return;
    const auto kind = static_cast<cliniclink::emr::VisitKind>(m_visitKind->currentData().toInt());
    const auto fee = static_cast<cliniclink::emr::FeeCategory>(m_feeCategory->currentData().toInt());
    auto visit = m_s.outpatient->registerVisit(item->data(Qt::UserRole).toString(), kind, fee);
    if (!visit)
        return setStatus(shell::errorText(visit.error()), true);
    m_visit = *visit;
    m_patientName = item->data(Qt::UserRole + 1).toString();
    m_note.reset();
    m_signedNoteEdited = false;
    m_rx.reset();
    m_diagnoses.clear();
    m_items.clear();
    m_longCourse->clear();
    showDiagnoses();
    showItems();
    showFindings();
    // The note opens now, so 既往史 and 过敏史 from the archive are on screen while examining.
    auto started = m_s.outpatient->startNote(m_visit->id);
    if (!started)
        return setStatus(shell::errorText(started.error()), true);
    m_note = *started;
    showNoteFields();
    refreshTimeline();
    m_visitLabel->setText(tr("Registered: %1 — %2, %3")
                              .arg(item->text(), m_visitKind->currentText(), m_feeCategory->currentText()));
    setStatus(tr("Visit registered. Enter the vitals, the note and the diagnosis."));
    m_systolic->setFocus();
}

void DoctorPage::showNoteFields()
{
    const cliniclink::emr::OutpatientNote n = m_note.value_or(cliniclink::emr::OutpatientNote{});
    m_complaint->setText(n.section(QStringLiteral("chiefComplaint")));
    m_illness->setPlainText(n.section(QStringLiteral("presentIllness")));
    m_pastHistory->setPlainText(n.section(QStringLiteral("pastHistory")));
    m_allergy->setText(n.section(QStringLiteral("allergyHistory")));
    m_exam->setPlainText(n.section(QStringLiteral("physicalExam")));
    m_auxExam->setText(n.section(QStringLiteral("auxiliaryExam")));
    m_plan->setText(n.section(QStringLiteral("plan")));
    m_diagnoses = n.diagnoses;
    showDiagnoses();
    m_trail->showNote(n);
}

QJsonObject DoctorPage::noteSections() const
{
    return {{QStringLiteral("chiefComplaint"), m_complaint->text()},
            {QStringLiteral("presentIllness"), m_illness->toPlainText()},
            {QStringLiteral("pastHistory"), m_pastHistory->toPlainText()},
            {QStringLiteral("allergyHistory"), m_allergy->text()},
            {QStringLiteral("physicalExam"), m_exam->toPlainText()},
            {QStringLiteral("auxiliaryExam"), m_auxExam->text()},
            {QStringLiteral("plan"), m_plan->text()}};
}

bool DoctorPage::applyTemplate(const cliniclink::emr::NoteTemplate &t)
{
    // A template is about the complaint; the patient's own histories are never overwritten.
    for (auto it = t.sections.begin(); it != t.sections.end(); ++it) {
        const QString text = it.value().toString();
        if (it.key() == QLatin1String("chiefComplaint"))
            m_complaint->setText(text);
        else if (it.key() == QLatin1String("presentIllness"))
            m_illness->setPlainText(text);
        else if (it.key() == QLatin1String("physicalExam"))
            m_exam->setPlainText(text);
        else if (it.key() == QLatin1String("auxiliaryExam"))
            m_auxExam->setText(text);
        else if (it.key() == QLatin1String("plan"))
            m_plan->setText(text);
    }
    setStatus(tr("Template “%1” applied; edit the text, then F2 saves.").arg(t.complaint));
    m_complaint->setFocus();
    return true;
}

bool DoctorPage::saveTemplate()
{
    // The name is what the doctor typed in the template field if it is a complaint in Chinese,
    // else the note's chief complaint.
    QString name = m_templates->searchField()->text().trimmed();
    bool han = false;
    for (const QChar c : name)
        han = han || c.script() == QChar::Script_Han;
    if (!han)
        name = m_complaint->text().trimmed();
    QJsonObject sections = noteSections();
    sections.remove(QStringLiteral("pastHistory"));
    sections.remove(QStringLiteral("allergyHistory"));
    for (const QString &key : sections.keys())
        if (sections.value(key).toString().trimmed().isEmpty())
            sections.remove(key);
    auto saved = m_templates->saveAs(name, sections);
    if (!saved) {
        setStatus(shell::errorText(saved.error()), true);
        return false;
    }
    setStatus(tr("Saved as the clinic's template “%1”.").arg(saved->complaint));
    return true;
}

void DoctorPage::searchDiagnoses(const QString &text)
{
    m_diagnosisHits->clear();
    if (text.trimmed().isEmpty())
        return;
    for (const cliniclink::emr::DiagnosisCode &c : m_s.outpatient->diagnosisCatalogue().search(text.trimmed(), 15)) {
        auto *item = new QListWidgetItem(QStringLiteral("%1  %2").arg(c.code, c.name), m_diagnosisHits);
        item->setData(Qt::UserRole, c.code);
    }
    m_diagnosisHits->setCurrentRow(0);
}

void DoctorPage::addSelectedDiagnosis()
{
    QListWidgetItem *hit = m_diagnosisHits->currentItem();
    if (!hit) { // an empty search: Enter moves on to the prescription
        m_drugSearch->setFocus();
        return;
    }
    auto d = m_s.outpatient->diagnosis(hit->data(Qt::UserRole).toString(), m_diagnoses.isEmpty());
    if (!d)
        return setStatus(shell::errorText(d.error()), true);
    m_diagnoses.append(*d);
    showDiagnoses();
    m_diagnosisSearch->clear();
}

void DoctorPage::removeSelectedDiagnosis()
{
    const int row = m_diagnosisList->currentRow();
    if (row < 0 || row >= m_diagnoses.size())
        return;
    m_diagnoses.removeAt(row);
    bool primary = false;
    for (const cliniclink::emr::Diagnosis &d : std::as_const(m_diagnoses))
        primary = primary || d.primary;
    if (!primary && !m_diagnoses.isEmpty())
        m_diagnoses.first().primary = true; // the first left becomes primary
    showDiagnoses();
}

void DoctorPage::showDiagnoses()
{
    m_diagnosisList->clear();
    for (const cliniclink::emr::Diagnosis &d : std::as_const(m_diagnoses))
        m_diagnosisList->addItem(d.primary ? tr("%1 %2 (primary)").arg(d.code, d.name) : QStringLiteral("%1 %2").arg(d.code, d.name));
}

void DoctorPage::searchDrugs(const QString &text)
{
    m_drugHits->clear();
    if (text.trimmed().isEmpty())
        return;
    auto drugs = m_s.catalogue->searchDrugs(text.trimmed(), 15);
    if (!drugs)
        return setStatus(shell::errorText(drugs.error()), true);
    for (const Drug &d : *drugs) {
        auto *item = new QListWidgetItem(QStringLiteral("%1  %2  %3/%4").arg(d.genericName, d.strength, formatYuan(d.priceFen), d.unit), m_drugHits);
        item->setData(Qt::UserRole, d.id);
        m_drugNames.insert(d.id, QStringLiteral("%1 %2").arg(d.genericName, d.strength));
        item->setData(Qt::UserRole + 1, d.doseUnit);
        item->setData(Qt::UserRole + 2, d.form);
    }
    m_drugHits->setCurrentRow(0);
}

void DoctorPage::pickSelectedDrug()
{
    QListWidgetItem *hit = m_drugHits->currentItem();
    if (!hit)
        return;
    m_pendingDrug = hit->data(Qt::UserRole).toString();
    m_dose->setPlaceholderText(hit->data(Qt::UserRole + 1).toString());
    m_route->setCurrentKey(defaultRoute(hit->data(Qt::UserRole + 2).toString()));
    m_dose->setFocus();
}

void DoctorPage::addItem()
{
    if (m_pendingDrug.isEmpty())
        return;
    PrescriptionItem item;
    item.drugId = m_pendingDrug;
    item.dose = m_dose->text().trimmed().toDouble();
    item.route = m_route->currentText();
    item.frequency = m_frequency->currentKey();
    item.days = m_days->text().trimmed().toInt();
    if (item.dose <= 0 || !findFrequency(item.frequency) || item.days < 1)
        return setStatus(tr("Enter a dose above zero, a known frequency and at least one day."), true);
    m_items.append(item);
    m_pendingDrug.clear();
    for (QLineEdit *e : {m_drugSearch, m_dose, m_days})
        e->clear();
    showItems();
    m_drugSearch->setFocus();
}

void DoctorPage::showItems()
{
    m_itemTable->setRowCount(int(m_items.size()));
    for (int r = 0; r < m_items.size(); ++r) {
        const PrescriptionItem &i = m_items.at(r);
        const Frequency *f = findFrequency(i.frequency);
        const QStringList cells = {m_drugNames.value(i.drugId), QString::number(i.dose), i.route,
                                   f ? QStringLiteral("%1 %2").arg(i.frequency, QString::fromUtf8(f->label)) : i.frequency,
                                   QString::number(i.days), i.quantity ? QString::number(i.quantity) : QString()};
        for (int c = 0; c < cells.size(); ++c)
            m_itemTable->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    m_itemTable->resizeColumnsToContents();
}

void DoctorPage::showFindings()
{
    if (!m_warnings)
        return;
    m_warnings->clear();
    if (!m_rx || m_rx->status != PrescriptionStatus::Draft)
        return;
    auto found = m_s.prescribing->findings(m_rx->id);
    if (!found)
        return setStatus(shell::errorText(found.error()), true);
    for (const CheckFinding &f : *found) {
        const QString drug = m_drugNames.value(f.drugId);
        switch (f.kind) {
        case CheckKind::Allergy: m_warnings->addItem(tr("Allergy: the archive records an allergy to %1.").arg(drug)); break;
        case CheckKind::DuplicateDrug: m_warnings->addItem(tr("Duplicate: %1 is prescribed twice.").arg(drug)); break;
        case CheckKind::DoseAboveMaximum: m_warnings->addItem(tr("Dose: %1 is above the catalogue maximum.").arg(drug)); break;
        case CheckKind::StockInsufficient: m_warnings->addItem(tr("Stock: not enough %1 in the pharmacy.").arg(drug)); break;
        }
    }
}

void DoctorPage::refreshTimeline()
{
    if (m_visit && !m_timeline->showFor(m_visit->residentId))
        setStatus(tr("The patient's timeline could not be read."), true);
}

bool DoctorPage::saveVitals()
{
    cliniclink::emr::Vitals v = m_visit->vitals;
    v.systolic = numberIn<int>(m_systolic);
    v.diastolic = numberIn<int>(m_diastolic);
    v.heartRate = numberIn<int>(m_heartRate);
    v.temperature = numberIn<double>(m_temperature);
    v.weightKg = numberIn<double>(m_weight);
    if (!v.systolic && !v.diastolic && !v.heartRate && !v.temperature && !v.weightKg)
        return true;
    if (v.systolic == m_visit->vitals.systolic && v.diastolic == m_visit->vitals.diastolic && v.heartRate == m_visit->vitals.heartRate &&
        v.temperature == m_visit->vitals.temperature && v.weightKg == m_visit->vitals.weightKg)
        return true; // unchanged: no new version
    auto visit = m_s.outpatient->recordVitals(m_visit->id, m_visit->version, v);
    if (!visit) {
        setStatus(shell::errorText(visit.error()), true);
        return false;
    }
    m_visit = *visit;
    return true;
}

bool DoctorPage::saveNote()
{
    if (!m_note) {
        auto started = m_s.outpatient->startNote(m_visit->id);
        if (!started) {
            setStatus(shell::errorText(started.error()), true);
            return false;
        }
        m_note = *started;
    }
    if (m_note->status != cliniclink::emr::NoteStatus::Draft) {
        // A signed note changes only by F6; edits on screen are kept there and pointed out.
        QJsonObject stored;
        for (const QString &key : noteSections().keys())
            stored.insert(key, m_note->section(key));
        m_signedNoteEdited = stored != noteSections() || m_diagnoses != m_note->diagnoses;
        return true;
    }
    auto saved = m_s.outpatient->saveDraft(m_note->id, m_note->version, noteSections(), m_diagnoses);
    if (!saved) {
        setStatus(shell::errorText(saved.error()), true);
        return false;
    }
    m_note = *saved;
    return true;
}

bool DoctorPage::savePrescription()
{
    if (m_items.isEmpty() || (m_rx && m_rx->status != PrescriptionStatus::Draft))
        return true;
    if (!m_rx) {
        auto created = m_s.prescribing->create(m_visit->id, static_cast<PrescriptionType>(m_type->currentData().toInt()));
        if (!created) {
            setStatus(shell::errorText(created.error()), true);
            return false;
        }
        m_rx = *created;
    }
    Prescription edit = *m_rx;
    edit.type = static_cast<PrescriptionType>(m_type->currentData().toInt());
    edit.items = m_items;
    edit.extendedReason = m_longCourse->text().trimmed(); // allows an ordinary sheet beyond 7 days
    // The weight taken with the vitals goes on the sheet (required for infants, 处方管理办法).
    if (const auto weight = numberIn<double>(m_weight))
        edit.weightKg = *weight;
    auto saved = m_s.prescribing->save(edit);
    if (!saved) {
        setStatus(shell::errorText(saved.error()), true);
        return false;
    }
    m_rx = *saved;
    m_items = m_rx->items; // with the computed quantities
    showItems();
    return true;
}

bool DoctorPage::save()
{
    if (!m_visit) {
        setStatus(tr("Register a patient first."), true);
        return false;
    }
    if (!saveVitals() || !saveNote() || !savePrescription())
        return false;
    showFindings();
    refreshTimeline();
    if (m_signedNoteEdited)
        setStatus(tr("The note is signed, so your changes to it are not saved yet: enter a reason and press F6 to "
                     "record them as an amendment."), true);
    else
        setStatus(m_warnings->count() ? tr("Saved. Check the warnings; signing needs a reason.") : tr("Saved."));
    return true;
}

bool DoctorPage::sign()
{
    if (!save())
        return false;
    if (m_note->status == cliniclink::emr::NoteStatus::Draft) {
        auto signedNote = m_s.outpatient->sign(m_note->id, m_note->version);
        if (!signedNote) {
            setStatus(shell::errorText(signedNote.error()), true);
            return false;
        }
        m_note = *signedNote;
    }
    if (m_rx && m_rx->status == PrescriptionStatus::Draft) {
        auto found = m_s.prescribing->findings(m_rx->id);
        if (!found) {
            setStatus(shell::errorText(found.error()), true);
            return false;
        }
        const QString reason = m_reason->text().trimmed();
        if (!found->isEmpty() && reason.isEmpty()) {
            setStatus(tr("The prescription has warnings: confirm them with a reason, then press F5 again."), true);
            m_reason->setFocus();
            return false;
        }
        QList<Acknowledgement> acks;
        for (const CheckFinding &f : *found)
            acks.append({f.kind, f.item, reason});
        auto signedRx = m_s.prescribing->sign(m_rx->id, m_rx->version, acks);
        if (!signedRx) {
            setStatus(shell::errorText(signedRx.error()), true);
            return false;
        }
        m_rx = *signedRx;
        m_warnings->clear();
    }
    refreshTimeline();
    if (!m_signedNoteEdited) // else save() has said that the edits need F6
        setStatus(tr("Signed. F9 prints the prescription, F10 the note; F6 amends the note."));
    return true;
}

bool DoctorPage::amend()
{
    if (!m_note || m_note->status != cliniclink::emr::NoteStatus::Signed) {
        setStatus(tr("Only a signed note is amended; F2 saves a draft."), true);
        return false;
    }
    const QString reason = m_amendReason->text().trimmed();
    if (reason.isEmpty()) {
        setStatus(tr("Enter the reason for the amendment, then press F6 again."), true);
        m_amendReason->setFocus();
        return false;
    }
    const qsizetype before = m_note->amendments.size();
    auto amended = m_s.outpatient->amend(m_note->id, m_note->version, noteSections(), m_diagnoses, reason);
    if (!amended) {
        setStatus(shell::errorText(amended.error()), true);
        return false;
    }
    m_note = *amended;
    m_signedNoteEdited = false;
    m_trail->showNote(*m_note);
    refreshTimeline();
    if (m_note->amendments.size() == before) {
        setStatus(tr("Nothing was changed, so no amendment was recorded."));
        return false;
    }
    m_amendReason->clear();
    setStatus(tr("Amendment saved: %n field(s) changed; the trail is shown below the note.", nullptr,
                 int(m_note->amendments.last().changes.size())));
    return true;
}

QString DoctorPage::documentsPath(const QString &fileName)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QStringLiteral("/ClinicLink");
    QDir().mkpath(dir);
    return dir + QLatin1Char('/') + fileName;
}

QString DoctorPage::print()
{
    if (!m_rx) {
        setStatus(tr("There is no prescription to print."), true);
        return {};
    }
    auto sheet = buildPrescriptionSheet(m_s, m_rx->id);
    if (!sheet) {
        setStatus(shell::errorText(sheet.error()), true);
        return {};
    }
    const QString path = documentsPath(QStringLiteral("prescription-%1.pdf").arg(m_rx->id));
    if (!writePrescriptionPdf(*sheet, path)) {
        setStatus(tr("The prescription could not be written to %1.").arg(path), true);
        return {};
    }
    setStatus(tr("Prescription written to %1.").arg(path));
    return path;
}

QString DoctorPage::printNote(QPageSize::PageSizeId size)
{
    if (!m_note) {
        setStatus(tr("There is no note to print."), true);
        return {};
    }
    if (m_note->status == cliniclink::emr::NoteStatus::Draft && !save())
        return {}; // what is printed is what is saved
    auto paper = buildOutpatientNotePaper(m_s, m_note->id);
    if (!paper) {
        setStatus(shell::errorText(paper.error()), true);
        return {};
    }
    const QString path = documentsPath(QStringLiteral("note-%1-%2.pdf").arg(m_note->id, size == QPageSize::A4 ? QStringLiteral("A4") : QStringLiteral("A5")));
    if (!writeOutpatientNotePdf(*paper, path, size)) {
        setStatus(tr("The outpatient note could not be written to %1.").arg(path), true);
        return {};
    }
    setStatus(tr("Outpatient note written to %1.").arg(path));
    return path;
}

} // namespace cliniclink::ui::his
