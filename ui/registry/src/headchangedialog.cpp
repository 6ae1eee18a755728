#include "cliniclink/ui/registry/headchangedialog.h"

#include "cliniclink/ui/registry/codepicker.h"
#include "cliniclink/ui/shell/errortext.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace cliniclink::ui::registry {

namespace reg = ::cliniclink::registry;

HeadChangeDialog::HeadChangeDialog(reg::Registry &registry, const reg::Family &family, const QString &newHeadId,
                                   QWidget *parent)
    : QDialog(parent), m_registry(registry), m_family(family), m_newHeadId(newHeadId)
{
    setWindowTitle(tr("Change head of household"));
    const reg::CodeSet *relations = registry.fields().codeSets().set(QStringLiteral("familyRelation"));
    auto *form = new QFormLayout;
    for (const reg::FamilyMember &m : family.members) {
        auto r = registry.resident(m.residentId);
        if (!r || !*r)
            continue;
        const reg::Resident &member = **r;
        if (m.residentId == newHeadId) {
            m_newHeadName = member.name();
            continue;
        }
        if (member.status() != reg::ResidentStatus::Active) {
            form->addRow(member.name(), new QLabel(tr("leaves the family (archive no longer active)"), this));
            continue;
        }
        auto *picker = new CodePicker(*relations, this);
        picker->setObjectName(QStringLiteral("relation_") + m.residentId);
        m_pickers.insert(m.residentId, picker);
        form->addRow(tr("%1 is the new head's").arg(member.name()), picker);
    }
    auto *intro = new QLabel(tr("%1 becomes head of household. State how each member is related to %1.").arg(m_newHeadName), this);
    intro->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("headChangeMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c62828;"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Change head"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("headChangeOkButton"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &HeadChangeDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
}

QString HeadChangeDialog::message() const { return m_message->text(); }

bool HeadChangeDialog::submit()
{
    QHash<QString, QString> relations;
    for (auto it = m_pickers.cbegin(); it != m_pickers.cend(); ++it)
        relations.insert(it.key(), it.value()->code());
    if (QMessageBox::question(this, windowTitle(), tr("Make %1 head of household?").arg(m_newHeadName)) != QMessageBox::Yes)
        return false;
    auto r = m_registry.changeHead(m_family.id, m_newHeadId, relations);
    if (!r) {
        m_message->setText(tr("Relation to head") + QStringLiteral("：") + shell::errorText(r.error()));
        if (r.error().detail != QLatin1String("relation"))
            m_message->setText(shell::errorText(r.error()));
        return false;
    }
    m_result = *r;
    accept();
    return true;
}

} // namespace cliniclink::ui::registry
