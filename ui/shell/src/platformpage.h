#pragma once

#include <QWizardPage>

class QLabel;

namespace cliniclink::ui::shell {
class PlatformEnrolForm;
class SetupWizard;

// Optional last step of set-up: connect this computer to the platform. Finish works without it;
// the administrator can connect later from Session › Connect to platform.
class PlatformPage : public QWizardPage {
    Q_OBJECT
public:
    explicit PlatformPage(SetupWizard *wizard);
    PlatformEnrolForm *form() const { return m_form; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    PlatformEnrolForm *m_form;
    QLabel *m_later;
};

} // namespace cliniclink::ui::shell
