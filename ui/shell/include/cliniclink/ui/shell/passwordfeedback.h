#pragma once

#include <QObject>

class QLabel;
class QLineEdit;

namespace cliniclink::ui::shell {

// Live feedback for "new password + repeat": checks the password policy of the identity module
// and that both entries match, and shows the result in a label while the user types. It does
// not own the widgets, so each dialog keeps its own form layout.
class PasswordFeedback : public QObject {
    Q_OBJECT
public:
    PasswordFeedback(QLineEdit *password, QLineEdit *repeat, QLabel *feedback, QObject *parent = nullptr);

    bool isAcceptable() const;
    QString password() const;
    void clear();

public slots:
    void update();

signals:
    void acceptableChanged(bool acceptable);

private:
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLabel *m_feedback;
    bool m_acceptable = false;
};

} // namespace cliniclink::ui::shell
