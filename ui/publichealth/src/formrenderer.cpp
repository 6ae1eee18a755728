#include "cliniclink/ui/publichealth/formrenderer.h"

#include "cliniclink/ui/registry/codechecks.h"
#include "cliniclink/ui/registry/codepicker.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDoubleValidator>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIntValidator>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cliniclink::ui::publichealth {

namespace ph = ::cliniclink::publichealth;
using ::cliniclink::ui::registry::CodeChecks;
using ::cliniclink::ui::registry::CodePicker;

namespace {

QJsonValue numberOrText(const QString &text, ph::FieldType type)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    bool ok = false;
    const double d = t.toDouble(&ok);
    if (!ok)
        return t; // the evaluation names the field and says it is not a number
    return type == ph::FieldType::Integer && d == double(qint64(d)) ? QJsonValue(qint64(d)) : QJsonValue(d);
}

QString cellText(const QJsonValue &v)
{
    return v.isDouble() ? QString::number(v.toDouble()) : v.toString();
}

// Wide enough for what the field holds, so a blood pressure is not a metre-long box.
int preferredWidth(const ph::FieldDef &field, const QWidget *editor)
{
    const int em = editor->fontMetrics().horizontalAdvance(QChar(0x4e2d)); // one Han character
    switch (field.type) {
    case ph::FieldType::Integer:
    case ph::FieldType::Number:
        return 8 * em;
    case ph::FieldType::Date:
        return 10 * em;
    case ph::FieldType::Choice:
        return 16 * em;
    case ph::FieldType::Text:
        return field.maxLength <= 30 ? 16 * em : 30 * em;
    default:
        return 0;
    }
}

// Long choices ("心悸、出汗、食欲减退…") get fewer columns so nothing runs off the page.
int checkColumns(const ph::CodeSet &set)
{
    qsizetype longest = 0;
    for (const auto &c : set.codes)
        longest = qMax(longest, c.label.size());
    return longest > 14 ? 2 : longest > 8 ? 3 : set.codes.size() > 6 ? 4 : 6;
}

} // namespace

QString displayValue(const ph::FormDefinition &form, const ph::FieldDef &field, const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return {};
    const ph::CodeSet *set = field.valueSet.isEmpty() ? nullptr : form.valueSet(field.valueSet);
    auto label = [&](const QString &code) { return set && !set->label(code).isEmpty() ? set->label(code) : code; };
    switch (field.type) {
    case ph::FieldType::Choice:
        return label(value.toString());
    case ph::FieldType::Multi: {
        QStringList out;
        for (const QJsonValue &v : value.toArray())
            out << label(v.toString());
        return out.join(QStringLiteral("、"));
    }
    case ph::FieldType::Integer:
    case ph::FieldType::Number: {
        const QString n = value.isDouble() ? QString::number(value.toDouble(), 'f', field.decimals) : value.toString();
        return field.unit.isEmpty() ? n : n + QLatin1Char(' ') + field.unit;
    }
    case ph::FieldType::Table: {
        QStringList rows;
        for (const QJsonValue &r : value.toArray()) {
            QStringList cells;
            for (const ph::FieldDef &c : field.columns) {
                const QString t = displayValue(form, c, r.toObject().value(c.key));
                if (!t.isEmpty())
                    cells << t;
            }
            if (!cells.isEmpty())
                rows << cells.join(QLatin1Char(' '));
        }
        return rows.join(QStringLiteral("；"));
    }
    default:
        return cellText(value);
    }
}

FormRenderer::FormRenderer(const ph::FormDefinition &form, QWidget *parent) : QWidget(parent), m_form(form)
{
    auto *layout = new QVBoxLayout(this);
    QWidget *previous = nullptr;
    // One label width for every section, so the fields line up down the whole form.
    int labelWidth = 0;
    for (const ph::FieldDef *f : form.fields())
        labelWidth = qMax(labelWidth, fontMetrics().horizontalAdvance(f->label + QStringLiteral(" *")) + 8);
    for (const ph::SectionDef &section : form.sections()) {
        auto *box = new QGroupBox(section.title, this);
        box->setObjectName(QStringLiteral("section_") + section.id);
        m_sections.insert(section.id, box);
        auto *grid = new QGridLayout(box);
        grid->setColumnStretch(1, 1);
        grid->setColumnMinimumWidth(0, labelWidth);
        int row = 0;
        for (const ph::FieldDef &field : section.fields) {
            auto *label = new QLabel(field.required ? field.label + QStringLiteral(" <span style='color:#c62828'>*</span>")
                                                    : field.label,
                                     box);
            label->setTextFormat(Qt::RichText);
            label->setToolTip(field.hint);
            QWidget *editor = createEditor(field);
            editor->setObjectName(field.key);
            label->setBuddy(editor);
            // The unit sits right after the editor, as on paper; short values get short fields.
            auto *cell = new QWidget(box);
            auto *cellLayout = new QHBoxLayout(cell);
            cellLayout->setContentsMargins(0, 0, 0, 0);
            editor->setParent(cell);
            cellLayout->addWidget(editor, field.type == ph::FieldType::Multi || field.type == ph::FieldType::Table ? 1 : 0);
            if (!field.unit.isEmpty())
                cellLayout->addWidget(new QLabel(field.unit, cell));
            cellLayout->addStretch(field.type == ph::FieldType::Multi || field.type == ph::FieldType::Table ? 0 : 1);
            editor->setMinimumWidth(preferredWidth(field, editor));
            auto *issue = new QLabel(box);
            issue->setObjectName(field.key + QStringLiteral("_issue"));
            issue->setStyleSheet(QStringLiteral("color: #c62828;"));
            issue->setWordWrap(true);
            issue->hide();
            const bool wide = field.type == ph::FieldType::Multi || field.type == ph::FieldType::Table;
            grid->addWidget(label, row, 0, wide ? Qt::AlignTop : Qt::AlignVCenter);
            grid->addWidget(cell, row, 1);
            grid->addWidget(issue, row + 1, 1);
            row += 2;
            m_editors.insert(field.key, editor);
            m_issues.insert(field.key, issue);
            m_rowWidgets.insert(field.key, {label, cell});
            if (!field.isComputed()) {
                if (previous)
                    setTabOrder(previous, editor);
                previous = editor;
            }
        }
        layout->addWidget(box);
    }
    layout->addStretch(1);
}

void FormRenderer::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    // Line edits stay selectable (their text can be copied); pickers, checks and tables cannot
    // be made read-only, so they are disabled. Computed fields stay read-only either way.
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        const ph::FieldDef *f = m_form.field(it.key());
        if (auto *edit = qobject_cast<QLineEdit *>(it.value()))
            edit->setReadOnly(readOnly || (f && f->isComputed()));
        else
            it.value()->setEnabled(!readOnly);
    }
}

QWidget *FormRenderer::createEditor(const ph::FieldDef &field)
{
    const ph::CodeSet *set = field.valueSet.isEmpty() ? nullptr : m_form.valueSet(field.valueSet);
    if (field.type == ph::FieldType::Choice && set) {
        auto *picker = new CodePicker(*set);
        picker->lineEdit()->installEventFilter(this);
        connect(picker, &CodePicker::codeChanged, this, &FormRenderer::changed);
        return picker;
    }
    if (field.type == ph::FieldType::Multi && set) {
        auto *checks = new CodeChecks(*set, field.exclusiveCode, checkColumns(*set));
        for (QCheckBox *box : checks->boxes())
            box->installEventFilter(this);
        connect(checks, &CodeChecks::codesChanged, this, &FormRenderer::changed);
        return checks;
    }
    if (field.type == ph::FieldType::Table) {
        const ph::CodeSet *rows = field.rowsFrom.isEmpty() ? nullptr : m_form.valueSet(field.rowsFrom);
        auto *table = new QTableWidget(rows ? int(rows->codes.size()) : qMax(field.maxRows, 1), int(field.columns.size()) + (rows ? 1 : 0));
        QStringList headers;
        if (rows)
            headers << QString();
        for (const ph::FieldDef &c : field.columns)
            headers << (c.unit.isEmpty() ? c.label : c.label + QStringLiteral("（") + c.unit + QStringLiteral("）"));
        table->setHorizontalHeaderLabels(headers);
        if (rows) {
            for (int r = 0; r < rows->codes.size(); ++r) {
                auto *item = new QTableWidgetItem(rows->codes.at(r).label);
                item->setFlags(Qt::ItemIsEnabled);
                item->setData(Qt::UserRole, rows->codes.at(r).code);
                table->setItem(r, 0, item);
            }
        }
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
        table->verticalHeader()->hide();
        table->setMinimumHeight(qMin(table->rowCount(), 8) * table->verticalHeader()->defaultSectionSize() +
                                table->horizontalHeader()->sizeHint().height() + 4);
        table->setProperty("rowsFrom", rows != nullptr);
        connect(table, &QTableWidget::cellChanged, this, &FormRenderer::changed);
        return table;
    }
    auto *edit = new QLineEdit;
    if (field.isComputed()) {
        edit->setReadOnly(true);
        edit->setFocusPolicy(Qt::NoFocus);
        edit->setStyleSheet(QStringLiteral("background: #f0f0f0;"));
    }
    if (field.type == ph::FieldType::Date)
        edit->setPlaceholderText(QStringLiteral("yyyy-mm-dd"));
    else if (field.type == ph::FieldType::Text)
        edit->setMaxLength(field.maxLength);
    if (field.min && field.max && !field.isComputed())
        edit->setPlaceholderText(QStringLiteral("%1–%2").arg(*field.min).arg(*field.max));
    edit->installEventFilter(this);
    connect(edit, &QLineEdit::textEdited, this, &FormRenderer::changed);
    return edit;
}

bool FormRenderer::eventFilter(QObject *watched, QEvent *event)
{
    // Enter moves on like Tab: the doctor types a value and presses Enter, as on a paper form.
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && static_cast<QKeyEvent *>(event)->modifiers() == Qt::NoModifier) {
            if (auto *w = qobject_cast<QWidget *>(watched)) {
                if (auto *picker = qobject_cast<CodePicker *>(w->parentWidget()))
                    picker->setCode(picker->code());
                // A Tab press, so the focus chain (and QWidget's own Tab handling) decides.
                QKeyEvent tab(QEvent::KeyPress, Qt::Key_Tab, Qt::NoModifier);
                QCoreApplication::sendEvent(w, &tab);
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QJsonValue FormRenderer::readValue(const ph::FieldDef &field) const
{
    QWidget *w = m_editors.value(field.key);
    if (auto *picker = qobject_cast<CodePicker *>(w)) {
        const QString code = picker->code();
        if (!code.isEmpty())
            return code;
        const QString typed = picker->currentText().trimmed();
        return typed.isEmpty() ? QJsonValue() : QJsonValue(typed); // unknown text: evaluation reports it
    }
    if (auto *checks = qobject_cast<CodeChecks *>(w)) {
        const QStringList codes = checks->codes();
        return codes.isEmpty() ? QJsonValue() : QJsonValue(QJsonArray::fromStringList(codes));
    }
    if (auto *table = qobject_cast<QTableWidget *>(w)) {
        const bool keyed = table->property("rowsFrom").toBool();
        QJsonArray rows;
        for (int r = 0; r < table->rowCount(); ++r) {
            QJsonObject row;
            for (int c = 0; c < field.columns.size(); ++c) {
                const ph::FieldDef &col = field.columns.at(c);
                const QTableWidgetItem *item = table->item(r, c + (keyed ? 1 : 0));
                const QString text = item ? item->text().trimmed() : QString();
                if (text.isEmpty())
                    continue;
                const bool numeric = col.type == ph::FieldType::Integer || col.type == ph::FieldType::Number;
                row.insert(col.key, numeric ? numberOrText(text, col.type) : QJsonValue(text));
            }
            if (row.isEmpty())
                continue;
            if (keyed)
                row.insert(QStringLiteral("row"), table->item(r, 0)->data(Qt::UserRole).toString());
            rows.append(row);
        }
        return rows.isEmpty() ? QJsonValue() : QJsonValue(rows);
    }
    auto *edit = qobject_cast<QLineEdit *>(w);
    if (!edit || field.isComputed())
        return {};
    if (field.type == ph::FieldType::Integer || field.type == ph::FieldType::Number)
        return numberOrText(edit->text(), field.type);
    const QString t = edit->text().trimmed();
    return t.isEmpty() ? QJsonValue() : QJsonValue(t);
}

void FormRenderer::writeValue(const ph::FieldDef &field, const QJsonValue &value)
{
    QWidget *w = m_editors.value(field.key);
    const QSignalBlocker block(w);
    if (auto *picker = qobject_cast<CodePicker *>(w)) {
        picker->setCode(value.isDouble() ? QString::number(value.toInt()) : value.toString());
    } else if (auto *checks = qobject_cast<CodeChecks *>(w)) {
        QStringList codes;
        for (const QJsonValue &v : value.toArray())
            codes << v.toString();
        checks->setCodes(codes);
    } else if (auto *table = qobject_cast<QTableWidget *>(w)) {
        const bool keyed = table->property("rowsFrom").toBool();
        const QJsonArray rows = value.toArray();
        for (int r = 0; r < table->rowCount(); ++r)
            for (int c = keyed ? 1 : 0; c < table->columnCount(); ++c)
                table->setItem(r, c, new QTableWidgetItem);
        int next = 0;
        for (const QJsonValue &rv : rows) {
            const QJsonObject row = rv.toObject();
            int r = next;
            if (keyed) {
                r = -1;
                for (int i = 0; i < table->rowCount(); ++i)
                    if (table->item(i, 0)->data(Qt::UserRole).toString() == row.value(QStringLiteral("row")).toString())
                        r = i;
            } else {
                if (r >= table->rowCount())
                    table->setRowCount(r + 1);
                ++next;
            }
            if (r < 0)
                continue;
            for (int c = 0; c < field.columns.size(); ++c)
                table->setItem(r, c + (keyed ? 1 : 0), new QTableWidgetItem(cellText(row.value(field.columns.at(c).key))));
        }
    } else if (auto *edit = qobject_cast<QLineEdit *>(w)) {
        edit->setText(value.isDouble() ? QString::number(value.toDouble(), 'f', field.decimals)
                      : value.isUndefined() || value.isNull() ? QString()
                                                              : value.toString());
    }
}

QJsonObject FormRenderer::values() const
{
    QJsonObject out;
    for (const ph::FieldDef *f : m_form.fields()) {
        const QJsonValue v = readValue(*f);
        if (!v.isUndefined() && !v.isNull())
            out.insert(f->key, v);
    }
    return out;
}

void FormRenderer::setValues(const QJsonObject &values)
{
    for (const ph::FieldDef *f : m_form.fields())
        if (!f->isComputed())
            writeValue(*f, values.value(f->key));
    emit changed();
}

void FormRenderer::mergeValues(const QJsonObject &values)
{
    for (const ph::FieldDef *f : m_form.fields())
        if (!f->isComputed() && values.contains(f->key))
            writeValue(*f, values.value(f->key));
    emit changed();
}

void FormRenderer::showEvaluation(const ph::Evaluation &evaluation, const ph::FormContext &context)
{
    const QJsonObject current = values();
    for (const ph::SectionDef &section : m_form.sections()) {
        const bool sectionOn = ph::conditionHolds(section.when, current, context);
        m_sections.value(section.id)->setVisible(sectionOn);
        for (const ph::FieldDef &field : section.fields) {
            const bool on = ph::conditionHolds(field.when, current, context);
            for (QWidget *w : m_rowWidgets.value(field.key))
                w->setVisible(on);
            if (field.isComputed())
                writeValue(field, evaluation.values.value(field.key));
            QLabel *issue = m_issues.value(field.key);
            issue->clear();
            issue->hide();
        }
    }
    for (const ph::FieldIssue &i : evaluation.issues) {
        const QString key = i.field.section(QLatin1Char('['), 0, 0);
        if (QLabel *issue = m_issues.value(key)) {
            const QString text = Error{i.code, i.detail, {}}.translatedMessage();
            const QString range = i.code == ErrorCode::ValueOutOfRange && !i.detail.isEmpty()
                                      ? QStringLiteral("（%1）").arg(i.detail)
                                      : QString();
            issue->setText(issue->text().isEmpty() ? i.label + QStringLiteral("：") + text + range
                                                   : issue->text() + QLatin1Char('\n') + i.label + QStringLiteral("：") + text + range);
            issue->show();
        }
    }
}

QString FormRenderer::issueText(const QString &key) const
{
    const QLabel *issue = m_issues.value(key);
    return issue && !issue->isHidden() ? issue->text() : QString();
}

} // namespace cliniclink::ui::publichealth
