#include "cliniclink/ui/registry/archivelifecycledialog.h"

#include "cliniclink/identity/session.h"
#include "cliniclink/registry/registry.h"
#include "cliniclink/ui/shell/errortext.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace cliniclink::ui::registry {

namespace reg = ::cliniclink::registry;

ArchiveLifecycleDialog::ArchiveLifecycleDialog(reg::Registry &registry, const reg::Resident &resident, Action action,
                                               QWidget *parent)
    : QDialog(parent), m_registry(registry), m_resident(resident), m_action(action)
{
    const QDate today = registry.session().clock().nowUtc().toLocalTime().date();
    auto *form = new QFormLayout;
    auto *who = new QLabel(tr("%1 · Archive No. %2").arg(resident.name(), resident.archiveNumber()), this);
    form->addRow(who);
    if (action != Action::Close) {
        m_date = new QDateEdit(today, this);
        m_date->setObjectName(QStringLiteral("lifecycleDate"));
        m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        m_date->setCalendarPopup(true);
        m_date->setMaximumDate(today); // the registry refuses future dates too
        m_dateLabel = new QLabel(action == Action::Death ? tr("Date of death *") : tr("Transfer date *"), this);
        m_dateLabel->setBuddy(m_date);
        form->addRow(m_dateLabel, m_date);
    }
    m_detail = new QLineEdit(this);
    m_detail->setObjectName(QStringLiteral("lifecycleDetail"));
    m_detail->setMinimumWidth(fontMetrics().horizontalAdvance(QChar(0x4e2d)) * 20);
    m_detailLabel = new QLabel(action == Action::TransferOut ? tr("Transferred to *")
                               : action == Action::Death     ? tr("Cause of death")
                                                             : tr("Reason for closing *"),
                               this);
    m_detailLabel->setBuddy(m_detail);
    form->addRow(m_detailLabel, m_detail);
    if (action == Action::TransferOut) {
        m_reason = new QLineEdit(this);
        m_reason->setObjectName(QStringLiteral("lifecycleReason"));
        m_reasonLabel = new QLabel(tr("Reason"), this);
        m_reasonLabel->setBuddy(m_reason);
        form->addRow(m_reasonLabel, m_reason);
    }
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("lifecycleMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c62828;"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("lifecycleOkButton"));
    m_ok->setText(action == Action::TransferOut ? tr("Transfer out") : action == Action::Death ? tr("Register death")
                                                                                              : tr("Close archive"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ArchiveLifecycleDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setWindowTitle(m_ok->text());
}

QString ArchiveLifecycleDialog::message() const { return m_message->text(); }

QString ArchiveLifecycleDialog::fieldLabel(const QString &detail) const
{
    QLabel *label = detail == QLatin1String("date") || detail == QLatin1String("deathDate") ? m_dateLabel
        : detail == QLatin1String("reason") && m_action == Action::Close                    ? m_detailLabel
        : detail == QLatin1String("destination")                                            ? m_detailLabel
                                                                                            : nullptr;
    return label ? label->text().remove(QStringLiteral(" *")) : QString();
}

bool ArchiveLifecycleDialog::submit()
{
    const QString question = m_action == Action::TransferOut
        ? tr("Transfer the archive of %1 out? It can no longer be edited here; it becomes active again when the resident is transferred back in.")
        : m_action == Action::Death ? tr("Register the death of %1? The archive is closed and leaves every register.")
                                    : tr("Close the archive of %1? It can no longer be edited.");
    if (QMessageBox::question(this, windowTitle(), question.arg(m_resident.name())) != QMessageBox::Yes)
        return false;
    Result<reg::Resident> r = m_action == Action::TransferOut
        ? m_registry.transferOut(m_resident.id, m_date->date(), m_detail->text(), m_reason->text())
        : m_action == Action::Death ? m_registry.registerDeath(m_resident.id, m_date->date(), m_detail->text())
                                    : m_registry.close(m_resident.id, m_detail->text());
    if (!r) {
        const QString label = fieldLabel(r.error().detail);
        m_message->setText(label.isEmpty() ? shell::errorText(r.error()) : label + QStringLiteral("：") + shell::errorText(r.error()));
        return false;
    }
    m_result = *r;
    accept();
    return true;
}

} // namespace cliniclink::ui::registry
