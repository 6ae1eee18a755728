#pragma once

#include "cliniclink/core/clock.h"

#include <QWizard>

namespace cliniclink::ui::shell {

// First run: clinic name and code, the administrator account, then the store is created and the
// recovery key is shown once, to be printed or saved. The wizard cannot be finished (or
// cancelled) after set-up until the administrator confirms the key is stored safely.
class SetupWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { ClinicPageId, AdministratorPageId, RecoveryKeyPageId };

    explicit SetupWizard(QString storeDirectory, const Clock &clock = systemClock(), QWidget *parent = nullptr);

    QString storeDirectory() const { return m_storeDirectory; }
    const Clock &clock() const { return m_clock; }
    bool isSetUp() const { return !m_recoveryKey.isEmpty(); }
    // Empty until set-up succeeded.
    QString recoveryKey() const { return m_recoveryKey; }
    QString administratorUserName() const;

    // The printable recovery key sheet as a PDF file; false if it cannot be written.
    bool writeRecoveryKeyPdf(const QString &path) const;

    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    friend class AdministratorPage;
    void setRecoveryKey(const QString &key) { m_recoveryKey = key; }
    void retranslateUi();

    QString m_storeDirectory;
    const Clock &m_clock;
    QString m_recoveryKey;
};

} // namespace cliniclink::ui::shell
