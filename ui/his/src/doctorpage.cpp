#include "cliniclink/ui/his/doctorpage.h"

#include "cliniclink/his/frequency.h"
#include "cliniclink/ui/his/outpatientservices.h"
#include "cliniclink/ui/his/prescriptionsheet.h"
#include "cliniclink/ui/his/sheetbuilder.h"
#include "cliniclink/ui/shell/errortext.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QGridLayout>
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
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status, 1, 0, 1, 3);

    auto shortcut = [this](QKeySequence key, auto fn) {
        auto *s = new QShortcut(key, this, fn);
        s->setContext(Qt::WidgetWithChildrenShortcut);
    };
    shortcut(QKeySequence(Qt::Key_F2), [this] { save(); });
    shortcut(QKeySequence(Qt::Key_F5), [this] { sign(); });
    shortcut(QKeySequence(Qt::Key_F9), [this] { print(); });
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
    m_patientSearch = new QLineEdit(box);
    m_patients = new QListWidget(box);
    m_visitLabel = new QLabel(box);
    m_visitLabel->setWordWrap(true);
    grid->addWidget(caption(QT_TR_NOOP("Patient (name, pinyin initials or ID number) — Enter registers")), 0, 0, 1, 2);
    grid->addWidget(m_patientSearch, 1, 0, 1, 2);
    grid->addWidget(m_patients, 2, 0, 1, 2);
    grid->addWidget(m_visitLabel, 3, 0, 1, 2);
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
        grid->addWidget(caption(vitals.at(i).first), 4 + i, 0);
        grid->addWidget(vitals.at(i).second, 4 + i, 1);
    }
    grid->setRowStretch(2, 1);
    connect(m_patientSearch, &QLineEdit::textChanged, this, &DoctorPage::searchPatients);
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
    m_complaint = new QLineEdit(box);
    m_illness = new QPlainTextEdit(box);
    m_exam = new QPlainTextEdit(box);
    m_plan = new QLineEdit(box);
    for (QPlainTextEdit *e : {m_illness, m_exam})
        e->setTabChangesFocus(true); // Tab leaves the text, so the keyboard flow goes on
    m_diagnosisSearch = new QLineEdit(box);
    m_diagnosisHits = new QListWidget(box);
    m_diagnosisList = new QListWidget(box);
    int row = 0;
    grid->addWidget(caption(QT_TR_NOOP("Chief complaint")), row++, 0);
    grid->addWidget(m_complaint, row++, 0);
    grid->addWidget(caption(QT_TR_NOOP("Present illness")), row++, 0);
    grid->addWidget(m_illness, row++, 0);
    grid->addWidget(caption(QT_TR_NOOP("Physical examination")), row++, 0);
    grid->addWidget(m_exam, row++, 0);
    grid->addWidget(caption(QT_TR_NOOP("Plan / orders")), row++, 0);
    grid->addWidget(m_plan, row++, 0);
    grid->addWidget(caption(QT_TR_NOOP("Diagnosis (ICD-10 code or pinyin initials) — Enter adds; the first is primary")), row++, 0);
    grid->addWidget(m_diagnosisSearch, row++, 0);
    grid->addWidget(m_diagnosisHits, row++, 0);
    grid->addWidget(m_diagnosisList, row++, 0);
    m_weight->connect(m_weight, &QLineEdit::returnPressed, m_complaint, [this] { m_complaint->setFocus(); });
    enterMovesOn(m_complaint, m_illness);
    enterMovesOn(m_plan, m_diagnosisSearch);
    connect(m_diagnosisSearch, &QLineEdit::textChanged, this, &DoctorPage::searchDiagnoses);
    connect(m_diagnosisSearch, &QLineEdit::returnPressed, this, &DoctorPage::addSelectedDiagnosis);
    return box;
}

QWidget *DoctorPage::buildPrescriptionBox()
{
    auto *box = new QWidget(this);
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    m_type = new QComboBox(box);
    for (PrescriptionType t : {PrescriptionType::Ordinary, PrescriptionType::Emergency, PrescriptionType::Paediatric,
                               PrescriptionType::NarcoticPsych1, PrescriptionType::Psych2})
        m_type->addItem(QString(), QVariant::fromValue(static_cast<int>(t)));
    m_drugSearch = new QLineEdit(box);
    m_drugHits = new QListWidget(box);
    m_dose = new QLineEdit(box);
    m_frequency = new QLineEdit(box);
    m_days = new QLineEdit(box);
    m_itemTable = new QTableWidget(0, 5, box);
    m_itemTable->horizontalHeader()->setStretchLastSection(true);
    m_itemTable->verticalHeader()->hide();
    m_itemTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_warnings = new QListWidget(box);
    m_warnings->setStyleSheet(QStringLiteral("QListWidget { color: #a61b1b; }"));
    m_reason = new QLineEdit(box);
    grid->addWidget(caption(QT_TR_NOOP("Prescription type")), 0, 0);
    grid->addWidget(m_type, 0, 1, 1, 5);
    grid->addWidget(caption(QT_TR_NOOP("Drug (拼音码, 五笔码 or name) — Enter picks")), 1, 0, 1, 6);
    grid->addWidget(m_drugSearch, 2, 0, 1, 6);
    grid->addWidget(m_drugHits, 3, 0, 1, 6);
    grid->addWidget(caption(QT_TR_NOOP("Dose")), 4, 0);
    grid->addWidget(m_dose, 4, 1);
    grid->addWidget(caption(QT_TR_NOOP("Frequency (qd, bid, tid …)")), 4, 2);
    grid->addWidget(m_frequency, 4, 3);
    grid->addWidget(caption(QT_TR_NOOP("Days — Enter adds")), 4, 4);
    grid->addWidget(m_days, 4, 5);
    grid->addWidget(m_itemTable, 5, 0, 1, 6);
    grid->addWidget(caption(QT_TR_NOOP("Warnings before signing")), 6, 0, 1, 6);
    grid->addWidget(m_warnings, 7, 0, 1, 6);
    grid->addWidget(caption(QT_TR_NOOP("Reason for signing despite the warnings")), 8, 0, 1, 2);
    grid->addWidget(m_reason, 8, 2, 1, 4);
    for (int column : {1, 3, 5})
        grid->setColumnStretch(column, 1); // dose, frequency and days share the width
    grid->setRowStretch(5, 2);
    grid->setRowStretch(3, 1);
    grid->setRowStretch(7, 1);
    connect(m_drugSearch, &QLineEdit::textChanged, this, &DoctorPage::searchDrugs);
    connect(m_drugSearch, &QLineEdit::returnPressed, this, &DoctorPage::pickSelectedDrug);
    enterMovesOn(m_dose, m_frequency);
    enterMovesOn(m_frequency, m_days);
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
    m_itemTable->setHorizontalHeaderLabels({tr("Drug"), tr("Dose"), tr("Frequency"), tr("Days"), tr("Quantity")});
    m_patientSearch->setPlaceholderText(tr("e.g. zxm or 张小明"));
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
    }
    m_patients->setCurrentRow(0);
}

void DoctorPage::registerSelected()
{
    QListWidgetItem *item = m_patients->currentItem();
    if (!item)
        return;
    auto visit = m_s.outpatient->registerVisit(item->data(Qt::UserRole).toString(), emr::VisitKind::First,
                                               emr::FeeCategory::SelfPay);
    if (!visit)
        return setStatus(shell::errorText(visit.error()), true);
    m_visit = *visit;
    m_note.reset();
    m_rx.reset();
    m_diagnoses.clear();
    m_items.clear();
    m_diagnosisList->clear();
    showItems();
    showFindings();
    m_visitLabel->setText(tr("Registered: %1").arg(item->text()));
    setStatus(tr("Visit registered. Enter the vitals, the note and the diagnosis."));
    m_systolic->setFocus();
}

void DoctorPage::searchDiagnoses(const QString &text)
{
    m_diagnosisHits->clear();
    if (text.trimmed().isEmpty())
        return;
    for (const emr::DiagnosisCode &c : m_s.outpatient->diagnosisCatalogue().search(text.trimmed(), 15)) {
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
    m_diagnosisList->addItem(d->primary ? tr("%1 %2 (primary)").arg(d->code, d->name) : QStringLiteral("%1 %2").arg(d->code, d->name));
    m_diagnosisSearch->clear();
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
    m_dose->setFocus();
}

void DoctorPage::addItem()
{
    if (m_pendingDrug.isEmpty())
        return;
    PrescriptionItem item;
    item.drugId = m_pendingDrug;
    item.dose = m_dose->text().trimmed().toDouble();
    item.route = QStringLiteral("口服");
    item.frequency = m_frequency->text().trimmed().toLower();
    item.days = m_days->text().trimmed().toInt();
    if (item.dose <= 0 || !findFrequency(item.frequency) || item.days < 1)
        return setStatus(tr("Enter a dose above zero, a known frequency and at least one day."), true);
    m_items.append(item);
    m_pendingDrug.clear();
    for (QLineEdit *e : {m_drugSearch, m_dose, m_frequency, m_days})
        e->clear();
    showItems();
    m_drugSearch->setFocus();
}

void DoctorPage::showItems()
{
    m_itemTable->setRowCount(int(m_items.size()));
    for (int r = 0; r < m_items.size(); ++r) {
        const PrescriptionItem &i = m_items.at(r);
        const QStringList cells = {m_drugNames.value(i.drugId), QString::number(i.dose), i.frequency,
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

bool DoctorPage::saveVitals()
{
    emr::Vitals v = m_visit->vitals;
    v.systolic = numberIn<int>(m_systolic);
    v.diastolic = numberIn<int>(m_diastolic);
    v.heartRate = numberIn<int>(m_heartRate);
    v.temperature = numberIn<double>(m_temperature);
    v.weightKg = numberIn<double>(m_weight);
    if (!v.systolic && !v.diastolic && !v.heartRate && !v.temperature && !v.weightKg)
        return true;
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
    if (m_note->status != emr::NoteStatus::Draft)
        return true;
    const QJsonObject sections{{QStringLiteral("chiefComplaint"), m_complaint->text()},
                               {QStringLiteral("presentIllness"), m_illness->toPlainText()},
                               {QStringLiteral("physicalExam"), m_exam->toPlainText()},
                               {QStringLiteral("plan"), m_plan->text()}};
    auto saved = m_s.outpatient->saveDraft(m_note->id, m_note->version, sections, m_diagnoses);
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
    setStatus(m_warnings->count() ? tr("Saved. Check the warnings; signing needs a reason.") : tr("Saved."));
    return true;
}

bool DoctorPage::sign()
{
    if (!save())
        return false;
    if (m_note->status == emr::NoteStatus::Draft) {
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
    setStatus(tr("Signed. F9 prints the prescription."));
    return true;
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
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QStringLiteral("/ClinicLink");
    QDir().mkpath(dir);
    const QString path = dir + QStringLiteral("/prescription-%1.pdf").arg(m_rx->id);
    if (!writePrescriptionPdf(*sheet, path)) {
        setStatus(tr("The prescription could not be written to %1.").arg(path), true);
        return {};
    }
    setStatus(tr("Prescription written to %1.").arg(path));
    return path;
}

} // namespace cliniclink::ui::his
