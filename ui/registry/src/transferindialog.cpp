#include "cliniclink/ui/registry/transferindialog.h"

#include "cliniclink/identity/session.h"
#include "cliniclink/registry/registry.h"
#include "cliniclink/ui/registry/codepicker.h"
#include "cliniclink/ui/registry/idnumberfield.h"
#include "cliniclink/ui/shell/errortext.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cliniclink::ui::registry {

namespace reg = ::cliniclink::registry;

TransferInDialog::TransferInDialog(reg::Registry &registry, QWidget *parent) : QDialog(parent), m_registry(registry)
{
    setWindowTitle(tr("Transfer an archive in"));
    const QDate today = registry.session().clock().nowUtc().toLocalTime().date();
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("transferName"));
    m_idNumber = new IdNumberField(this);
    m_idNumber->setObjectName(QStringLiteral("transferIdNumber"));
    m_birthDate = new QLineEdit(this);
    m_birthDate->setObjectName(QStringLiteral("transferBirthDate"));
    m_birthDate->setPlaceholderText(QStringLiteral("1960-05-01"));
    m_sex = new CodePicker(*registry.fields().codeSets().set(QStringLiteral("sex")), this);
    m_sex->setObjectName(QStringLiteral("transferSex"));
    m_archiveNumber = new QLineEdit(this);
    m_archiveNumber->setObjectName(QStringLiteral("transferArchiveNumber"));
    m_archiveNumber->setPlaceholderText(tr("17 digits; empty: a new number is assigned"));
    m_from = new QLineEdit(this);
    m_from->setObjectName(QStringLiteral("transferFrom"));
    m_date = new QDateEdit(today, this);
    m_date->setObjectName(QStringLiteral("transferDate"));
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(today);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("transferMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c62828;"));
    connect(m_idNumber, &IdNumberField::validNumber, this, [this](const QDate &birth, const QString &sex) {
        m_birthDate->setText(birth.toString(QStringLiteral("yyyy-MM-dd")));
        m_sex->setCode(sex);
    });

    auto *form = new QFormLayout;
    form->addRow(tr("Name *"), m_name);
    form->addRow(tr("ID number"), m_idNumber);
    form->addRow(tr("Birth date *"), m_birthDate);
    form->addRow(tr("Sex *"), m_sex);
    form->addRow(tr("Archive No."), m_archiveNumber);
    form->addRow(tr("Transferred from *"), m_from);
    form->addRow(tr("Transfer date *"), m_date);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Transfer in"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("transferInOkButton"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &TransferInDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
}

QString TransferInDialog::message() const { return m_message->text(); }

bool TransferInDialog::submit()
{
    if (m_from->text().trimmed().isEmpty()) {
        m_message->setText(tr("Transferred from") + QStringLiteral("：") + shell::errorText(Error{ErrorCode::RequiredFieldMissing, {}, {}}));
        m_from->setFocus();
        return false;
    }
    QJsonObject fields{{QStringLiteral("name"), m_name->text().trimmed()}};
    const QHash<QString, QString> optional{{QStringLiteral("idNumber"), m_idNumber->text()},
                                           {QStringLiteral("birthDate"), m_birthDate->text().trimmed()},
                                           {QStringLiteral("sex"), m_sex->code()},
                                           {QStringLiteral("archiveNumber"), m_archiveNumber->text().trimmed()}};
    for (auto it = optional.cbegin(); it != optional.cend(); ++it)
        if (!it.value().isEmpty())
            fields.insert(it.key(), it.value());
    auto r = m_registry.transferIn(fields, m_from->text(), m_date->date());
    if (!r) {
        const QHash<QString, QString> labels{{QStringLiteral("name"), tr("Name")},
                                             {QStringLiteral("idNumber"), tr("ID number")},
                                             {QStringLiteral("birthDate"), tr("Birth date")},
                                             {QStringLiteral("sex"), tr("Sex")},
                                             {QStringLiteral("archiveNumber"), tr("Archive No.")},
                                             {QStringLiteral("date"), tr("Transfer date")}};
        const QString label = labels.value(r.error().detail);
        m_message->setText(label.isEmpty() ? shell::errorText(r.error()) : label + QStringLiteral("：") + shell::errorText(r.error()));
        return false;
    }
    m_result = *r;
    accept();
    return true;
}

} // namespace cliniclink::ui::registry
