#pragma once

#include "cliniclink/identity/user.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace cliniclink::identity {
class Session;
}

namespace cliniclink::ui::shell {
class PasswordFeedback;

// New account: user name, full name, role, temporary password. OK calls Session::addUser and
// stays open with the translated error if the module refuses.
class AddUserDialog : public QDialog {
    Q_OBJECT
public:
    explicit AddUserDialog(identity::Session &session, QWidget *parent = nullptr);

    identity::User addedUser() const { return m_added; }
    QString message() const;

public slots:
    void submit();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButtons();

    identity::Session &m_session;
    identity::User m_added;
    QLabel *m_userLabel;
    QLabel *m_nameLabel;
    QLabel *m_roleLabel;
    QLabel *m_passwordLabel;
    QLabel *m_repeatLabel;
    QLineEdit *m_user;
    QLineEdit *m_name;
    QComboBox *m_role;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLabel *m_feedbackLabel;
    QLabel *m_message;
    QPushButton *m_ok;
    PasswordFeedback *m_feedback;
};

} // namespace cliniclink::ui::shell
