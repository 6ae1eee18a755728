#pragma once

#include "cliniclink/core/clock.h"

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;

namespace cliniclink::identity {
class Session;
}

namespace cliniclink::ui::shell {

// User name and password; on success the dialog holds an open Session (take it with
// takeSession()). A user who must change the password does so before the dialog accepts.
// "Forgot password" leads to the recovery-key path for administrators.
class SignInDialog : public QDialog {
    Q_OBJECT
public:
    explicit SignInDialog(QString storeDirectory, const Clock &clock = systemClock(), QWidget *parent = nullptr);
    ~SignInDialog() override;

    std::unique_ptr<identity::Session> takeSession();
    void setUserName(const QString &username);
    // The message currently shown (empty if none).
    QString message() const;

public slots:
    void attemptSignIn();
    void startRecovery();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButtons();

    QString m_storeDirectory;
    const Clock &m_clock;
    std::unique_ptr<identity::Session> m_session;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_userLabel;
    QLabel *m_passwordLabel;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_message;
    QPushButton *m_signIn;
    QPushButton *m_forgot;
    QPushButton *m_quit;
};

} // namespace cliniclink::ui::shell
