#pragma once

#include "cliniclink/identity/user.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace cliniclink::identity {
class Session;
}

namespace cliniclink::ui::shell {

// User administration for administrators: list, add with role, disable, enable or reset with a
// temporary password. Every action goes through identity::Session, which checks the
// permission again; refusals are shown translated on the page.
class UserAdminPage : public QWidget {
    Q_OBJECT
public:
    explicit UserAdminPage(identity::Session &session, QWidget *parent = nullptr);

    QList<identity::User> users() const { return m_users; }
    QString message() const;
    bool selectUser(const QString &username);
    QString selectedUserName() const;

public slots:
    void refresh();
    void addUser();
    void disableSelected();
    void enableSelected();
    void resetSelected();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillTable();
    void updateButtons();
    void showResult(const Result<void> &result, const QString &successText);

    identity::Session &m_session;
    QList<identity::User> m_users;
    QLabel *m_title;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_disable;
    QPushButton *m_enable;
    QPushButton *m_reset;
    QLabel *m_message;
};

} // namespace cliniclink::ui::shell
