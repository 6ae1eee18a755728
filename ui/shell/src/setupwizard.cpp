#include "cliniclink/ui/shell/setupwizard.h"

#include "administratorpage.h"
#include "clinicpage.h"
#include "cliniclink/identity/session.h"
#include "platformpage.h"
#include "recoverykeypage.h"
#include "recoverykeysheet.h"

#include <QEvent>
#include <QPrinter>

namespace cliniclink::ui::shell {

SetupWizard::SetupWizard(QString storeDirectory, const Clock &clock, QWidget *parent)
    : QWizard(parent), m_storeDirectory(std::move(storeDirectory)), m_clock(clock)
{
    setObjectName(QStringLiteral("setupWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(ClinicPageId, new ClinicPage(this));
    setPage(AdministratorPageId, new AdministratorPage(this));
    setPage(RecoveryKeyPageId, new RecoveryKeyPage(this));
    setPage(PlatformPageId, new PlatformPage(this));
    setMinimumSize(720, 540);
    retranslateUi();
}

SetupWizard::~SetupWizard()
{
    if (m_session)
        m_session->signOut();
}

void SetupWizard::setSetupSession(std::unique_ptr<identity::Session> session) { m_session = std::move(session); }

QString SetupWizard::administratorUserName() const { return field(QStringLiteral("adminUserName")).toString(); }

bool SetupWizard::writeRecoveryKeyPdf(const QString &path) const
{
    if (!isSetUp())
        return false;
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    RecoveryKeySheet sheet{field(QStringLiteral("clinicName")).toString(), field(QStringLiteral("clinicCode")).toString(),
                           administratorUserName(), m_recoveryKey, m_clock.nowUtc()};
    return sheet.print(&printer);
}

void SetupWizard::reject()
{
    // After set-up the only way out is Finish, which requires confirming the recovery key.
    if (isSetUp())
        return;
    QWizard::reject();
}

void SetupWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizard::changeEvent(event);
}

void SetupWizard::retranslateUi()
{
    setWindowTitle(tr("Set up ClinicLink"));
    setButtonText(QWizard::CommitButton, tr("Set up the clinic"));
}

} // namespace cliniclink::ui::shell
