#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace cliniclink::ui::shell {
class PasswordFeedback;
class SetupWizard;

// The administrator account. Leaving this page (the commit button) creates the encrypted store.
class AdministratorPage : public QWizardPage {
    Q_OBJECT
public:
    explicit AdministratorPage(SetupWizard *wizard);
    bool isComplete() const override;
    bool validatePage() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateUserNameFeedback();

    SetupWizard *m_wizard;
    QLabel *m_intro;
    QLabel *m_userLabel;
    QLabel *m_displayLabel;
    QLabel *m_passwordLabel;
    QLabel *m_repeatLabel;
    QLineEdit *m_user;
    QLineEdit *m_display;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLabel *m_userFeedback;
    QLabel *m_passwordFeedback;
    QLabel *m_error;
    PasswordFeedback *m_feedback;
};

} // namespace cliniclink::ui::shell
