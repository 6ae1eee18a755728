#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace cliniclink::ui::shell {

// A curtain laid over one window while the session is locked: it hides the window's content
// without touching it, and asks for the password of the user who is signed in. The
// ScreenLocker decides what a password means; this widget only collects it.
class LockScreen : public QWidget {
    Q_OBJECT
public:
    LockScreen(const QString &userDisplayName, QWidget *window);

    void showError(const QString &text);
    void focusPassword();

signals:
    void unlockRequested(const QString &password);
    void signOutRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void submit();

    QString m_userDisplayName;
    QLabel *m_title;
    QLabel *m_prompt;
    QLabel *m_passwordLabel;
    QLineEdit *m_password;
    QLabel *m_error;
    QPushButton *m_unlock;
    QPushButton *m_signOut;
};

} // namespace cliniclink::ui::shell
