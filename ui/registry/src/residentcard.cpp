#include "cliniclink/ui/registry/residentcard.h"

#include "cliniclink/registry/namepinyin.h"
#include "cliniclink/registry/registry.h"
#include "cliniclink/registry/residentfields.h"
#include "cliniclink/ui/registry/codechecks.h"
#include "cliniclink/ui/registry/codepicker.h"
#include "cliniclink/ui/registry/idnumberfield.h"
#include "cliniclink/ui/shell/errortext.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cliniclink::ui::registry {

namespace reg = ::cliniclink::registry;

namespace {

// Field key → label as printed on the form (English source, translated in retranslateUi).
struct CardField {
    const char *key;
    const char *label;
    enum Kind { Text, Picker, Checks } kind;
};

const CardField kCardFields[] = {
    {"sex", QT_TRANSLATE_NOOP("cliniclink::ui::registry::ResidentCard", "Sex"), CardField::Picker},
    {"phone", QT_TRANSLATE_NOOP("cliniclink::ui::registry::ResidentCard", "Phone"), CardField::Text},
    {"ethnicity", QT_TRANSLATE_NOOP("cliniclink::ui::registry::ResidentCard", "Ethnicity"), CardField::Picker},
    {"residenceType", QT_TRANSLATE_NOOP("cliniclink::ui::registry::ResidentCard", "Residence type"), CardField::Picker},
    {"bloodType", QT_TRANSLATE_NOOP("cliniclink::ui::registry::ResidentCard", "Blood type"), CardField::Picker},
    {"rh", QT_TRANSLATE_NOOP("cliniclink::ui::registry::ResidentCard", "Rh"), CardField::Picker},
    {"education", QT_TRANSLATE_NOOP("cliniclink::ui::registry::ResidentCard", "Education"), CardField::Picker},
    {"occupation", QT_TRANSLATE_NOOP("cliniclink::ui::registry::ResidentCard", "Occupation"), CardField::Picker},
    {"maritalStatus", QT_TRANSLATE_NOOP("cliniclink::ui::registry::ResidentCard", "Marital status"), CardField::Picker},
    {"paymentTypes", QT_TRANSLATE_NOOP("cliniclink::ui::registry::ResidentCard", "Payment"), CardField::Checks},
    {"drugAllergies", QT_TRANSLATE_NOOP("cliniclink::ui::registry::ResidentCard", "Drug allergies"), CardField::Checks},
    {"pastDiseases", QT_TRANSLATE_NOOP("cliniclink::ui::registry::ResidentCard", "Past diseases"), CardField::Checks},
    {"currentAddress", QT_TRANSLATE_NOOP("cliniclink::ui::registry::ResidentCard", "Address"), CardField::Text},
    {"village", QT_TRANSLATE_NOOP("cliniclink::ui::registry::ResidentCard", "Village"), CardField::Text},
    {"responsibleDoctor", QT_TRANSLATE_NOOP("cliniclink::ui::registry::ResidentCard", "Responsible doctor"), CardField::Text},
};

QString codeSetOf(const reg::ResidentFields &fields, const QString &key)
{
    for (const auto &f : fields.fields())
        if (f.key == key)
            return f.codeSet;
    return {};
}

} // namespace

ResidentCard::ResidentCard(reg::Registry &registry, QWidget *parent) : QWidget(parent), m_registry(registry)
{
    build();
    retranslateUi();
    startNew();
}

void ResidentCard::build()
{
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("cardTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_archiveNumber = new QLabel(this);
    m_archiveNumber->setObjectName(QStringLiteral("archiveNumberLabel"));
    layout->addWidget(m_title);
    layout->addWidget(m_archiveNumber);

    auto *form = new QFormLayout;
    // Fields keep a size that fits their content instead of stretching across the screen.
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    layout->addLayout(form);

    auto addRow = [&](const QString &key, QWidget *w) {
        auto *label = new QLabel(this);
        label->setBuddy(w);
        m_labels.insert(key, label);
        form->addRow(label, w);
    };
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setMinimumWidth(fontMetrics().horizontalAdvance(QChar(0x4e2d)) * 10);
    addRow(QStringLiteral("name"), m_name);
    m_pinyin = new QLineEdit(this);
    m_pinyin->setObjectName(QStringLiteral("pinyinEdit"));
    m_pinyin->setMinimumWidth(fontMetrics().horizontalAdvance(QChar(0x4e2d)) * 10);
    addRow(QStringLiteral("namePinyin"), m_pinyin);
    // The reading follows the name until the doctor corrects it.
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &name) {
        if (!m_pinyinTouched)
            m_pinyin->setText(reg::namePinyin(name.trimmed(), m_registry.surnameReadings()).syllables.join(QLatin1Char(' ')).simplified());
    });
    connect(m_pinyin, &QLineEdit::textEdited, this, [this] { m_pinyinTouched = true; });
    m_idNumber = new IdNumberField(this);
    m_idNumber->setObjectName(QStringLiteral("idNumberField"));
    addRow(QStringLiteral("idNumber"), m_idNumber);
    m_birthDate = new QLineEdit(this);
    m_birthDate->setObjectName(QStringLiteral("birthDateEdit"));
    m_birthDate->setPlaceholderText(QStringLiteral("1960-05-01"));
    m_birthDate->setMinimumWidth(fontMetrics().horizontalAdvance(QChar(0x4e2d)) * 8);
    addRow(QStringLiteral("birthDate"), m_birthDate);

    const auto &fields = m_registry.fields();
    for (const CardField &f : kCardFields) {
        const QString key = QString::fromLatin1(f.key);
        const reg::CodeSet *set = fields.codeSets().set(codeSetOf(fields, key));
        QWidget *w = nullptr;
        if (f.kind == CardField::Text || !set) {
            auto *edit = new QLineEdit(this);
            m_texts.insert(key, edit);
            w = edit;
        } else if (f.kind == CardField::Picker) {
            auto *picker = new CodePicker(*set, this);
            m_pickers.insert(key, picker);
            w = picker;
        } else {
            auto *checks = new CodeChecks(*set, key == QLatin1String("paymentTypes") ? QString() : QStringLiteral("1"),
                                          key == QLatin1String("drugAllergies") ? 5 : 3, this);
            m_checks.insert(key, checks);
            w = checks;
        }
        w->setObjectName(key + QStringLiteral("Field"));
        if (auto *edit = qobject_cast<QLineEdit *>(w))
            edit->setMinimumWidth(fontMetrics().horizontalAdvance(QChar(0x4e2d)) * (key == QLatin1String("currentAddress") ? 28 : 12));
        addRow(key, w);
    }
    // The number fills in what it encodes, so the doctor types it once.
    connect(m_idNumber, &IdNumberField::validNumber, this, [this](const QDate &birth, const QString &sex) {
        m_birthDate->setText(birth.toString(QStringLiteral("yyyy-MM-dd")));
        if (auto *p = m_pickers.value(QStringLiteral("sex")))
            p->setCode(sex);
    });

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("cardMessage"));
    m_message->setWordWrap(true);
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("saveResidentButton"));
    m_save->setDefault(true);
    connect(m_save, &QPushButton::clicked, this, &ResidentCard::save);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_message, 1);
    bottom->addWidget(m_save);
    layout->addLayout(bottom);
    layout->addStretch(1);
}

void ResidentCard::retranslateUi()
{
    const char *ctx = "cliniclink::ui::registry::ResidentCard";
    m_labels.value(QStringLiteral("name"))->setText(tr("Name *"));
    m_labels.value(QStringLiteral("idNumber"))->setText(tr("ID number"));
    m_labels.value(QStringLiteral("namePinyin"))->setText(tr("Pinyin"));
    m_pinyin->setToolTip(tr("One syllable per character, e.g. \"shan xiong xin\". Correct it for surnames read "
                            "differently (单 shan, 曾 zeng); search then finds the corrected reading."));
    m_labels.value(QStringLiteral("birthDate"))->setText(tr("Birth date *"));
    for (const CardField &f : kCardFields)
        m_labels.value(QString::fromLatin1(f.key))->setText(QCoreApplication::translate(ctx, f.label));
    m_save->setText(tr("Save archive"));
    m_title->setText(m_resident.id.isEmpty() ? tr("New archive") : m_resident.name());
    m_archiveNumber->setText(m_resident.id.isEmpty() ? tr("The archive number is assigned on saving")
                                                      : tr("Archive No. %1").arg(m_resident.archiveNumber()));
    // An archive that is no longer active is shown for reading only.
    const reg::ResidentStatus status = m_resident.status();
    const QString statusText = status == reg::ResidentStatus::TransferredOut ? tr("transferred out")
        : status == reg::ResidentStatus::Deceased                            ? tr("deceased")
        : status == reg::ResidentStatus::Closed                              ? tr("closed")
        : status == reg::ResidentStatus::Merged                              ? tr("merged into another archive")
                                                                             : QString();
    if (!m_resident.id.isEmpty() && !statusText.isEmpty())
        m_archiveNumber->setText(m_archiveNumber->text() + QStringLiteral(" · ") + tr("Status: %1").arg(statusText));
    m_save->setEnabled(m_resident.id.isEmpty() || status == reg::ResidentStatus::Active);
}

void ResidentCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ResidentCard::startNew()
{
    m_resident = {};
    m_pinyinTouched = false;
    m_name->clear();
    m_pinyin->clear();
    m_idNumber->setText({});
    m_birthDate->clear();
    for (auto *e : std::as_const(m_texts))
        e->clear();
    for (auto *p : std::as_const(m_pickers))
        p->setCode({});
    for (auto *c : std::as_const(m_checks))
        c->setCodes({});
    m_message->clear();
    retranslateUi();
    m_name->setFocus();
}

void ResidentCard::showResident(const reg::Resident &resident)
{
    startNew();
    m_resident = resident;
    const QJsonObject &p = resident.payload;
    m_name->setText(p.value(QStringLiteral("name")).toString());
    m_pinyin->setText(p.value(QStringLiteral("namePinyin")).toString());
    m_pinyinTouched = false;
    m_idNumber->setText(p.value(QStringLiteral("idNumber")).toString());
    m_birthDate->setText(p.value(QStringLiteral("birthDate")).toString());
    for (auto it = m_texts.cbegin(); it != m_texts.cend(); ++it)
        it.value()->setText(p.value(it.key()).toString());
    for (auto it = m_pickers.cbegin(); it != m_pickers.cend(); ++it)
        it.value()->setCode(p.value(it.key()).toString());
    for (auto it = m_checks.cbegin(); it != m_checks.cend(); ++it) {
        QStringList codes;
        for (const QJsonValue &v : p.value(it.key()).toArray())
            codes << (v.isObject() ? v.toObject().value(QStringLiteral("code")).toString() : v.toString());
        it.value()->setCodes(codes);
    }
    retranslateUi();
}

QJsonObject ResidentCard::fields() const
{
    // Start from the stored payload so fields this card does not show are kept on update.
    QJsonObject out = m_resident.payload;
    out.insert(QStringLiteral("name"), m_name->text().trimmed());
    out.insert(QStringLiteral("birthDate"), m_birthDate->text().trimmed());
    const QString id = m_idNumber->text();
    if (id.isEmpty())
        out.remove(QStringLiteral("idNumber"));
    else
        out.insert(QStringLiteral("idNumber"), id);
    for (auto it = m_texts.cbegin(); it != m_texts.cend(); ++it) {
        const QString t = it.value()->text().trimmed();
        if (t.isEmpty())
            out.remove(it.key());
        else
            out.insert(it.key(), t);
    }
    for (auto it = m_pickers.cbegin(); it != m_pickers.cend(); ++it) {
        const QString c = it.value()->code();
        if (c.isEmpty())
            out.remove(it.key());
        else
            out.insert(it.key(), c);
    }
    for (auto it = m_checks.cbegin(); it != m_checks.cend(); ++it) {
        QJsonArray items;
        const bool objects = it.key() == QLatin1String("pastDiseases");
        for (const QString &c : it.value()->codes())
            items.append(objects ? QJsonValue(QJsonObject{{QStringLiteral("code"), c}}) : QJsonValue(c));
        if (items.isEmpty())
            out.remove(it.key());
        else
            out.insert(it.key(), items);
    }
    // Managed by the registry; never sent back as form input.
    for (const char *managed : {"archiveNumber", "namePinyin", "nameInitials", "family", "status", "events",
                                "mergedFrom", "mergedInto", "pinyinEdited"})
        out.remove(QString::fromLatin1(managed));
    if (m_pinyinTouched) {
        out.insert(QStringLiteral("pinyinEdited"), true);
        out.insert(QStringLiteral("namePinyin"), m_pinyin->text().trimmed());
    }
    return out;
}

bool ResidentCard::save()
{
    auto result = m_resident.id.isEmpty() ? m_registry.create(fields())
                                          : m_registry.update(m_resident.id, m_resident.version, fields());
    if (!result) {
        QString text = shell::errorText(result.error());
        if (auto *label = m_labels.value(result.error().detail))
            text = label->text().remove(QStringLiteral(" *")) + QStringLiteral(": ") + text;
        setMessage(text, true);
        return false;
    }
    showResident(*result);
    setMessage(tr("Saved."), false);
    emit saved(*result);
    return true;
}

QString ResidentCard::message() const { return m_message->text(); }

void ResidentCard::setMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QStringLiteral("color: #1b7a2e;"));
}

} // namespace cliniclink::ui::registry
