#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace cliniclink::ui::shell {
class PasswordFeedback;

// Asks the administrator for a temporary password for another user (enable or reset); the
// user must replace it at the next sign-in. The caller performs the action.
class TemporaryPasswordDialog : public QDialog {
    Q_OBJECT
public:
    TemporaryPasswordDialog(const QString &intro, QWidget *parent = nullptr);

    QString password() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_intro;
    QLabel *m_passwordLabel;
    QLabel *m_repeatLabel;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLabel *m_feedbackLabel;
    QPushButton *m_ok;
    PasswordFeedback *m_feedback;
};

} // namespace cliniclink::ui::shell
