#include "cliniclink/ui/publichealth/formpage.h"

#include "cliniclink/identity/session.h"
#include "cliniclink/registry/registry.h"
#include "cliniclink/ui/publichealth/formprinter.h"
#include "cliniclink/ui/publichealth/formrenderer.h"
#include "cliniclink/ui/shell/errortext.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QDateTime>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace cliniclink::ui::publichealth {

namespace ph = ::cliniclink::publichealth;
namespace reg = ::cliniclink::registry;

FormPage::FormPage(identity::Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_records(std::make_unique<ph::FormRecords>(session))
{
    m_residentSearch = new QLineEdit(this);
    m_residentSearch->setObjectName(QStringLiteral("formResidentSearch"));
    m_residentLabel = new QLabel(this);
    m_residentLabel->setObjectName(QStringLiteral("formResidentLabel"));
    m_formChoice = new QComboBox(this);
    m_formChoice->setObjectName(QStringLiteral("formChoice"));
    for (const ph::FormDefinition &f : m_records->library().forms())
        m_formChoice->addItem(f.title(), f.id());
    m_history = new QComboBox(this);
    m_history->setObjectName(QStringLiteral("formHistory"));
    m_carry = new QPushButton(this);
    m_carry->setObjectName(QStringLiteral("carryForwardButton"));
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("saveFormButton"));
    m_sign = new QPushButton(this);
    m_sign->setObjectName(QStringLiteral("signFormButton"));
    m_print = new QPushButton(this);
    m_print->setObjectName(QStringLiteral("printFormButton"));
    m_amend = new QPushButton(this);
    m_amend->setObjectName(QStringLiteral("amendFormButton"));
    m_trailTitle = new QLabel(this);
    m_trail = new QListWidget(this);
    m_trail->setObjectName(QStringLiteral("amendmentTrail"));
    m_trail->setWordWrap(true);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_suggestionsTitle = new QLabel(this);
    m_suggestions = new QListWidget(this);
    m_suggestions->setObjectName(QStringLiteral("suggestionList"));
    m_suggestions->setWordWrap(true);
    m_suggestions->setSpacing(4);
    m_apply = new QPushButton(this);
    m_apply->setObjectName(QStringLiteral("applySuggestionButton"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("formMessage"));
    m_message->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_residentSearch, 3);
    top->addWidget(m_residentLabel, 2);
    top->addWidget(m_formChoice, 2);
    top->addWidget(m_history, 2);
    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_suggestionsTitle);
    sideLayout->addWidget(m_suggestions, 1);
    sideLayout->addWidget(m_apply);
    sideLayout->addWidget(m_trailTitle);
    sideLayout->addWidget(m_trail);
    auto *split = new QSplitter(this);
    split->addWidget(m_scroll);
    split->addWidget(side);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    side->setMinimumWidth(300);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_carry);
    buttons->addWidget(m_print);
    buttons->addWidget(m_amend);
    buttons->addWidget(m_save);
    buttons->addWidget(m_sign);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    layout->addLayout(buttons);

    connect(m_residentSearch, &QLineEdit::returnPressed, this, [this] {
        if (chooseResident(m_residentSearch->text()) && m_renderer)
            m_renderer->setFocus();
    });
    connect(m_formChoice, &QComboBox::currentIndexChanged, this,
            [this] { openForm(m_formChoice->currentData().toString()); });
    connect(m_history, &QComboBox::activated, this, [this](int index) {
        const QString id = m_history->itemData(index).toString();
        if (id.isEmpty()) {
            if (!m_resident.id.isEmpty())
                openFor(m_resident.id, m_formChoice->currentData().toString());
        } else {
            openRecord(id);
        }
    });
    connect(m_carry, &QPushButton::clicked, this, &FormPage::carryForward);
    connect(m_save, &QPushButton::clicked, this, [this] { save(false); });
    connect(m_sign, &QPushButton::clicked, this, [this] { save(true); });
    connect(m_amend, &QPushButton::clicked, this, &FormPage::startAmendment);
    connect(m_apply, &QPushButton::clicked, this, &FormPage::applySuggestion);
    connect(m_suggestions, &QListWidget::itemActivated, this, &FormPage::applySuggestion);
    connect(m_print, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Print to PDF"), {}, tr("PDF (*.pdf)"));
        if (!path.isEmpty())
            printPdf(path);
    });
    retranslateUi();
    openForm(m_formChoice->currentData().toString());
}

FormPage::~FormPage() = default;

void FormPage::retranslateUi()
{
    setWindowTitle(tr("Forms"));
    m_residentSearch->setPlaceholderText(tr("Resident: name, initials or ID number, then Enter"));
    if (m_resident.id.isEmpty())
        m_residentLabel->setText(tr("No resident chosen"));
    m_carry->setText(tr("Carry forward last visit"));
    m_save->setText(tr("Save"));
    m_sign->setText(tr("Save and sign"));
    m_print->setText(tr("Print (PDF)…"));
    m_amend->setText(tr("Amend…"));
    m_trailTitle->setText(tr("Amendments"));
    m_suggestionsTitle->setText(tr("Suggestions (the doctor decides)"));
    m_apply->setText(tr("Use suggestion"));
    applyLockState();
    showTrail();
}

void FormPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reevaluate();
    }
    QWidget::changeEvent(event);
}

void FormPage::setResident(const reg::Resident &resident)
{
    m_resident = resident;
    m_saved.reset();
    m_amending = false;
    auto context = m_records->context(resident.id);
    m_context = context ? *context : ph::FormContext{};
    if (!context)
        setMessage(shell::errorText(context.error()), true);
    m_residentLabel->setText(tr("%1 · Archive No. %2").arg(resident.name(), resident.archiveNumber()));
    reevaluate();
    refreshHistory();
}

void FormPage::refreshHistory()
{
    const QSignalBlocker block(m_history);
    m_history->clear();
    m_history->addItem(tr("New form"), QString());
    if (m_resident.id.isEmpty() || !m_renderer)
        return;
    auto earlier = m_records->forms(m_resident.id, m_renderer->form().id());
    if (!earlier)
        return;
    for (const ph::FormRecord &f : *earlier)
        m_history->addItem(tr("%1 (%2)").arg(f.visitDate(), f.isSigned() ? tr("signed") : tr("draft")), f.id);
    if (m_saved)
        m_history->setCurrentIndex(qMax(0, m_history->findData(m_saved->id)));
}

bool FormPage::chooseResident(const QString &searchText)
{
    reg::Registry registry(m_session);
    auto hits = registry.search(searchText.trimmed(), 1);
    if (!hits || hits->isEmpty()) {
        setMessage(hits ? tr("No resident found.") : shell::errorText(hits.error()), true);
        return false;
    }
    auto r = registry.resident(hits->first().id);
    if (!r || !*r)
        return false;
    setResident(**r);
    return true;
}

bool FormPage::openFor(const QString &residentId, const QString &formId)
{
    auto r = reg::Registry(m_session).resident(residentId);
    if (!r || !*r) {
        setMessage(r ? tr("The archive could not be found.") : shell::errorText(r.error()), true);
        return false;
    }
    if (!openForm(formId))
        return false;
    setResident(**r);
    return true;
}

bool FormPage::openForm(const QString &formId)
{
    const ph::FormDefinition *def = m_records->library().form(formId);
    if (!def)
        return false;
    if (m_formChoice->currentData().toString() != formId) {
        const QSignalBlocker block(m_formChoice);
        m_formChoice->setCurrentIndex(m_formChoice->findData(formId));
    }
    m_saved.reset();
    m_renderer = new FormRenderer(*def);
    m_scroll->setWidget(m_renderer); // deletes the previous renderer
    connect(m_renderer, &FormRenderer::changed, this, &FormPage::reevaluate);
    m_amending = false;
    applyLockState();
    showTrail();
    m_message->clear();
    reevaluate();
    refreshHistory();
    return true;
}

bool FormPage::openRecord(const QString &recordId)
{
    auto rec = m_records->form(recordId);
    if (!rec || !*rec) {
        setMessage(rec ? tr("The form could not be found.") : shell::errorText(rec.error()), true);
        return false;
    }
    const ph::FormRecord record = **rec;
    if (!openFor(record.residentId(), record.formId()))
        return false;
    m_renderer->setValues(record.values());
    m_saved = record;
    applyLockState();
    showTrail();
    refreshHistory();
    reevaluate();
    setMessage(record.isSigned() ? tr("Signed form: read-only. Use Amend to change it with a reason.")
                                 : tr("Draft form: not signed yet."),
               false);
    return true;
}

bool FormPage::startAmendment()
{
    if (!m_saved || !m_saved->isSigned() || !m_renderer)
        return false;
    m_amending = true;
    applyLockState();
    setMessage(tr("Amending the signed form: change the fields, then save; you will be asked for the reason."), false);
    m_renderer->setFocus();
    return true;
}

void FormPage::applyLockState()
{
    const bool isSigned = m_saved && m_saved->isSigned();
    const bool locked = isSigned && !m_amending;
    if (m_renderer)
        m_renderer->setReadOnly(locked);
    m_amend->setVisible(isSigned);
    m_amend->setEnabled(locked);
    m_save->setEnabled(!locked);
    m_save->setText(isSigned ? tr("Save amendment") : tr("Save"));
    m_sign->setVisible(!isSigned);
    m_carry->setEnabled(!locked && m_renderer && m_renderer->form().kind() == QLatin1String("followup"));
    m_apply->setEnabled(!locked && m_suggestions->count() > 0);
}

// Each amendment: when, who, why, and every changed field as "previous → new" (the new value
// is the next amendment's previous one, or the current value for the last).
void FormPage::showTrail()
{
    m_trail->clear();
    const QJsonArray trail = m_saved ? m_saved->payload.value(QStringLiteral("amendments")).toArray() : QJsonArray();
    m_trailTitle->setVisible(!trail.isEmpty());
    m_trail->setVisible(!trail.isEmpty());
    if (trail.isEmpty() || !m_renderer)
        return;
    const ph::FormDefinition &def = m_renderer->form();
    QJsonObject after = m_saved->values();
    QStringList items;
    for (qsizetype i = trail.size() - 1; i >= 0; --i) {
        const QJsonObject a = trail.at(i).toObject();
        const QJsonObject previous = a.value(QStringLiteral("previous")).toObject();
        QStringList changes;
        for (const QJsonValue &k : a.value(QStringLiteral("fields")).toArray()) {
            const QString key = k.toString();
            const ph::FieldDef *f = def.field(key);
            const QString before = f ? displayValue(def, *f, previous.value(key)) : previous.value(key).toVariant().toString();
            const QString now = f ? displayValue(def, *f, after.value(key)) : after.value(key).toVariant().toString();
            changes << tr("%1: %2 → %3").arg(f ? f->label : key, before.isEmpty() ? tr("(empty)") : before,
                                             now.isEmpty() ? tr("(empty)") : now);
            after.insert(key, previous.value(key));
        }
        const QString at = QDateTime::fromString(a.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs)
                               .toLocalTime()
                               .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        items.prepend(tr("%1 by %2 — reason: %3\n%4")
                          .arg(at, a.value(QStringLiteral("by")).toString(), a.value(QStringLiteral("reason")).toString(),
                               changes.join(QLatin1Char('\n'))));
    }
    m_trail->addItems(items);
}

QStringList FormPage::trailTexts() const
{
    QStringList out;
    for (int i = 0; i < m_trail->count(); ++i)
        out << m_trail->item(i)->text();
    return out;
}

bool FormPage::saveAmendment()
{
    if (!m_amending) {
        setMessage(shell::errorText(Error{ErrorCode::FormSigned, {}, {}}), true);
        return false;
    }
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Amend signed form"), tr("Reason for the amendment:"),
                                                 QLineEdit::Normal, {}, &ok);
    if (!ok)
        return false;
    auto result = m_records->amend(m_saved->id, m_saved->version, m_renderer->values(), reason);
    if (!result) {
        QString text = shell::errorText(result.error());
        if (const ph::FieldDef *f = m_renderer->form().field(result.error().detail))
            text = f->label + QStringLiteral("：") + text;
        setMessage(text, true);
        return false;
    }
    const bool changed = result->version != m_saved->version;
    m_saved = *result;
    m_amending = false;
    applyLockState();
    showTrail();
    setMessage(changed ? tr("Amendment saved; the trail lists it.") : tr("Nothing was changed."), false);
    if (changed)
        emit saved(result->id);
    return changed;
}

void FormPage::reevaluate()
{
    if (!m_renderer)
        return;
    const ph::FormDefinition &def = m_renderer->form();
    if (m_resident.id.isEmpty()) {
        ph::FormContext context;
        context.today = m_session.clock().nowUtc().toLocalTime().date();
        m_evaluation = ph::evaluateForm(def, m_renderer->values(), context, std::nullopt, m_records->parameters());
        m_renderer->showEvaluation(m_evaluation, context);
    } else {
        auto e = m_records->evaluate(def.id(), m_resident.id, m_renderer->values());
        if (!e) {
            setMessage(shell::errorText(e.error()), true);
            return;
        }
        m_evaluation = *e;
        m_renderer->showEvaluation(m_evaluation, m_context);
    }
    // Only flag fields the doctor has touched: a fresh form should not open all red.
    const QJsonObject typed = m_renderer->values();
    for (const ph::FieldIssue &i : m_evaluation.issues)
        if (i.code == ErrorCode::RequiredFieldMissing && !typed.contains(i.field))
            if (auto *issue = m_renderer->findChild<QLabel *>(i.field + QStringLiteral("_issue")))
                issue->hide();

    m_suggestions->clear();
    for (const ph::Suggestion &s : m_evaluation.suggestions) {
        QString value;
        if (const ph::FieldDef *f = def.field(s.field))
            value = displayValue(def, *f, s.value);
        auto *item = new QListWidgetItem(value.isEmpty() ? s.reasonText()
                                                         : QStringLiteral("%1 → %2\n%3").arg(def.field(s.field)->label, value, s.reasonText()));
        item->setData(Qt::UserRole, s.field);
        item->setData(Qt::UserRole + 1, s.value.toVariant());
        if (s.kind == ph::SuggestionKind::UrgentReferral) {
            item->setForeground(QColor(0xc6, 0x28, 0x28));
            QFont f = item->font();
            f.setBold(true);
            item->setFont(f);
        }
        m_suggestions->addItem(item);
    }
    m_apply->setEnabled(m_suggestions->count() > 0 && !(m_renderer && m_renderer->isReadOnly()));
}

void FormPage::applySuggestion()
{
    // The selected suggestion, or — with none selected — every suggestion that proposes a value.
    if (!m_renderer)
        return;
    QJsonObject values;
    const QList<QListWidgetItem *> selected = m_suggestions->selectedItems();
    for (int i = 0; i < m_suggestions->count(); ++i) {
        const QListWidgetItem *item = m_suggestions->item(i);
        const QString field = item->data(Qt::UserRole).toString();
        if (!field.isEmpty() && (selected.isEmpty() || selected.contains(item)))
            values.insert(field, QJsonValue::fromVariant(item->data(Qt::UserRole + 1)));
    }
    if (!values.isEmpty())
        m_renderer->mergeValues(values);
}

QStringList FormPage::suggestionTexts() const
{
    QStringList out;
    for (int i = 0; i < m_suggestions->count(); ++i)
        out << m_suggestions->item(i)->text();
    return out;
}

bool FormPage::carryForward()
{
    if (m_resident.id.isEmpty() || !m_renderer) {
        setMessage(tr("Choose the resident first."), true);
        return false;
    }
    auto last = m_records->lastVisit(m_resident.id, m_renderer->form().id());
    if (!last) {
        setMessage(shell::errorText(last.error()), true);
        return false;
    }
    if (!*last) {
        setMessage(tr("No earlier visit of this form."), false);
        return false;
    }
    m_renderer->mergeValues(ph::carriedForward(m_renderer->form(), (*last)->values()));
    setMessage(tr("Carried forward from the visit of %1.").arg((*last)->visitDate()), false);
    return true;
}

bool FormPage::save(bool sign)
{
    if (m_resident.id.isEmpty() || !m_renderer) {
        setMessage(tr("Choose the resident first."), true);
        return false;
    }
    if (m_saved && m_saved->isSigned())
        return saveAmendment();
    // Show every problem now, including fields not yet touched.
    m_renderer->showEvaluation(m_evaluation, m_context);
    auto result = m_saved && !m_saved->isSigned()
                      ? m_records->update(m_saved->id, m_saved->version, m_renderer->values(), sign)
                      : m_records->save(m_renderer->form().id(), m_resident.id, m_renderer->values(), sign);
    if (!result) {
        QString text = shell::errorText(result.error());
        if (const ph::FieldDef *f = m_renderer->form().field(result.error().detail)) {
            text = f->label + QStringLiteral("：") + text;
            if (QWidget *w = m_renderer->editor(f->key))
                w->setFocus();
        }
        setMessage(text, true);
        return false;
    }
    m_saved = *result;
    applyLockState();
    refreshHistory();
    setMessage(sign ? tr("Saved and signed.") : tr("Saved (not signed yet)."), false);
    emit saved(result->id);
    return true;
}

bool FormPage::printPdf(const QString &path)
{
    if (!m_renderer)
        return false;
    PrintHeader header{m_resident.name(), m_resident.archiveNumber(),
                       m_saved && m_saved->isSigned() ? m_session.user().displayName : QString()};
    const QJsonObject values = m_evaluation.values.isEmpty() ? m_renderer->values() : m_evaluation.values;
    auto ok = printFormPdf(m_renderer->form(), values, header, path);
    setMessage(ok ? tr("Printed to %1.").arg(path) : shell::errorText(ok.error()), !ok);
    return bool(ok);
}

QString FormPage::message() const { return m_message->text(); }

void FormPage::setMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QStringLiteral("color: #1b7a2e;"));
}

} // namespace cliniclink::ui::publichealth
