#pragma once

#include "cliniclink/core/clock.h"

#include <QWizard>

#include <memory>

namespace cliniclink::identity {
class Session;
}

namespace cliniclink::ui::shell {

// First run: clinic name and code, the administrator account, then the store is created and the
// recovery key is shown once, to be printed or saved; optionally the computer is then enrolled
// with the platform (PlatformPage), or Finish leaves it offline. The wizard cannot be finished (or
// cancelled) after set-up until the administrator confirms the key is stored safely.
class SetupWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { ClinicPageId, AdministratorPageId, RecoveryKeyPageId, PlatformPageId };

    explicit SetupWizard(QString storeDirectory, const Clock &clock = systemClock(), QWidget *parent = nullptr);
    ~SetupWizard() override;

    QString storeDirectory() const { return m_storeDirectory; }
    const Clock &clock() const { return m_clock; }
    bool isSetUp() const { return !m_recoveryKey.isEmpty(); }
    // Empty until set-up succeeded.
    QString recoveryKey() const { return m_recoveryKey; }
    QString administratorUserName() const;
    // The administrator's session opened right after set-up for the optional platform step;
    // signed out when the wizard closes. Null before set-up.
    identity::Session *setupSession() const { return m_session.get(); }

    // The printable recovery key sheet as a PDF file; false if it cannot be written.
    bool writeRecoveryKeyPdf(const QString &path) const;

    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    friend class AdministratorPage;
    void setRecoveryKey(const QString &key) { m_recoveryKey = key; }
    void setSetupSession(std::unique_ptr<identity::Session> session);
    void retranslateUi();

    QString m_storeDirectory;
    const Clock &m_clock;
    QString m_recoveryKey;
    std::unique_ptr<identity::Session> m_session;
};

} // namespace cliniclink::ui::shell
