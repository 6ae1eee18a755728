#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace cliniclink::identity {
class Session;
}

namespace cliniclink::ui::shell {
class PasswordFeedback;

// Changes the signed-in user's password through Session::changePassword. In Required mode
// (first sign-in, or after a reset) the current password is already known from the sign-in
// and is not asked again.
class ChangePasswordDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Voluntary, Required };

    ChangePasswordDialog(identity::Session &session, Mode mode, const QString &currentPassword = {},
                         QWidget *parent = nullptr);

    QString message() const;

public slots:
    void submit();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButtons();

    identity::Session &m_session;
    Mode m_mode;
    QLabel *m_intro;
    QLabel *m_oldLabel;
    QLabel *m_newLabel;
    QLabel *m_repeatLabel;
    QLineEdit *m_old;
    QLineEdit *m_new;
    QLineEdit *m_repeat;
    QLabel *m_feedbackLabel;
    QLabel *m_message;
    QPushButton *m_ok;
    QPushButton *m_cancel;
    PasswordFeedback *m_feedback;
};

} // namespace cliniclink::ui::shell
