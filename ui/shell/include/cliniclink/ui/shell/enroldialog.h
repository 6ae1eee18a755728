#pragma once

#include <QDialog>

class QPushButton;

namespace cliniclink::identity {
class Session;
}

namespace cliniclink::ui::shell {
class PlatformEnrolForm;

// Session › Connect to platform: enrolment after set-up (the wizard's page, for a clinic that
// finished set-up offline, or to re-enrol after the platform revoked the credential).
class EnrolDialog : public QDialog {
    Q_OBJECT
public:
    explicit EnrolDialog(identity::Session &session, QWidget *parent = nullptr);
    PlatformEnrolForm *form() const { return m_form; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    PlatformEnrolForm *m_form;
    QPushButton *m_close;
};

} // namespace cliniclink::ui::shell
