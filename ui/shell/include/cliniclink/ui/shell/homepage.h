#pragma once

#include <QWidget>

class QLabel;

namespace cliniclink::identity {
class Session;
}

namespace cliniclink::ui::shell {

// The first page after sign-in: clinic, user, role and how many changes wait to be sent.
class HomePage : public QWidget {
    Q_OBJECT
public:
    explicit HomePage(identity::Session &session, QWidget *parent = nullptr);

    // Shown in the hint about the automatic lock.
    void setIdleMinutes(int minutes);

public slots:
    void refresh();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();

    identity::Session &m_session;
    qint64 m_pending = -1; // -1: could not be read
    int m_idleMinutes = 10;
    QLabel *m_welcome;
    QLabel *m_clinicLabel;
    QLabel *m_codeLabel;
    QLabel *m_userLabel;
    QLabel *m_roleLabel;
    QLabel *m_outboxLabel;
    QLabel *m_clinic;
    QLabel *m_code;
    QLabel *m_user;
    QLabel *m_role;
    QLabel *m_outbox;
    QLabel *m_areasHint;
    QLabel *m_lockHint;
};

} // namespace cliniclink::ui::shell
