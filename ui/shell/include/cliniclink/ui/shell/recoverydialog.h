#pragma once

#include "cliniclink/core/clock.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace cliniclink::identity {
class Session;
}

namespace cliniclink::ui::shell {
class PasswordFeedback;

// "Forgot password": the printed recovery key opens a recovery session whose only right is user
// management; it is used to give one administrator a new temporary password, then closed.
class RecoveryDialog : public QDialog {
    Q_OBJECT
public:
    RecoveryDialog(QString storeDirectory, const Clock &clock = systemClock(), QWidget *parent = nullptr);
    ~RecoveryDialog() override;

    // The administrator whose password was reset (after Accepted).
    QString resetUserName() const { return m_resetUser; }
    QString message() const;

public slots:
    void openWithKey();
    void resetPassword();

protected:
    void changeEvent(QEvent *event) override;
    void done(int result) override;

private:
    void retranslateUi();
    void updateButtons();

    QString m_storeDirectory;
    const Clock &m_clock;
    std::unique_ptr<identity::Session> m_session;
    QString m_resetUser;
    QStackedWidget *m_pages;
    QLabel *m_keyIntro;
    QLineEdit *m_key;
    QPushButton *m_open;
    QLabel *m_resetIntro;
    QLabel *m_adminLabel;
    QLabel *m_passwordLabel;
    QLabel *m_repeatLabel;
    QComboBox *m_admin;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLabel *m_feedbackLabel;
    QPushButton *m_reset;
    QPushButton *m_cancel;
    QLabel *m_message;
    PasswordFeedback *m_feedback;
};

} // namespace cliniclink::ui::shell
