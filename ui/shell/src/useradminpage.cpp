#include "cliniclink/ui/shell/useradminpage.h"

#include "cliniclink/identity/session.h"
#include "cliniclink/ui/shell/adduserdialog.h"
#include "cliniclink/ui/shell/errortext.h"
#include "cliniclink/ui/shell/temporarypassworddialog.h"
#include "messagestyle.h"
#include "waitcursor.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cliniclink::ui::shell {

namespace {
enum Column { UserNameColumn, NameColumn, RoleColumn, StatusColumn, ColumnCount };
}

UserAdminPage::UserAdminPage(identity::Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_title(new QLabel(this)), m_table(new QTableWidget(0, ColumnCount, this)),
      m_add(new QPushButton(this)), m_disable(new QPushButton(this)), m_enable(new QPushButton(this)),
      m_reset(new QPushButton(this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("userAdminPage"));
    m_table->setObjectName(QStringLiteral("userTable"));
    m_add->setObjectName(QStringLiteral("addUserButton"));
    m_disable->setObjectName(QStringLiteral("disableUserButton"));
    m_enable->setObjectName(QStringLiteral("enableUserButton"));
    m_reset->setObjectName(QStringLiteral("resetPasswordButton"));
    m_message->setObjectName(QStringLiteral("userAdminMessage"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_message->setWordWrap(true);
    clearMessage(m_message);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addStretch();
    buttons->addWidget(m_reset);
    buttons->addWidget(m_enable);
    buttons->addWidget(m_disable);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(m_title);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &UserAdminPage::addUser);
    connect(m_disable, &QPushButton::clicked, this, &UserAdminPage::disableSelected);
    connect(m_enable, &QPushButton::clicked, this, &UserAdminPage::enableSelected);
    connect(m_reset, &QPushButton::clicked, this, &UserAdminPage::resetSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &UserAdminPage::updateButtons);
    retranslateUi();
    refresh();
}

QString UserAdminPage::message() const { return m_message->text(); }

void UserAdminPage::refresh()
{
    const QString selected = selectedUserName();
    auto users = m_session.users();
    if (!users) {
        m_users.clear();
        setMessage(m_message, MessageKind::Error, errorText(users.error()));
    } else {
        m_users = *users;
    }
    fillTable();
    selectUser(selected);
    updateButtons();
}

void UserAdminPage::fillTable()
{
    m_table->setRowCount(int(m_users.size()));
    for (int row = 0; row < m_users.size(); ++row) {
        const identity::User &u = m_users.at(row);
        QString status = u.disabled ? tr("Disabled") : tr("Active");
        if (!u.disabled && u.mustChangePassword)
            status = tr("Active, must choose a new password");
        const QStringList cells{u.username, u.displayName, roleName(u.role), status};
        for (int col = 0; col < ColumnCount; ++col) {
            auto *item = new QTableWidgetItem(cells.at(col));
            if (u.disabled)
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            m_table->setItem(row, col, item);
        }
    }
    m_table->resizeColumnsToContents();
    for (int col = 0; col + 1 < ColumnCount; ++col) // breathing room; the last column stretches
        m_table->setColumnWidth(col, m_table->columnWidth(col) + 24);
}

bool UserAdminPage::selectUser(const QString &username)
{
    for (int row = 0; row < m_users.size(); ++row) {
        if (m_users.at(row).username == username) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

QString UserAdminPage::selectedUserName() const
{
    const auto rows = m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList();
    if (rows.isEmpty() || rows.first().row() >= m_users.size())
        return {};
    return m_users.at(rows.first().row()).username;
}

void UserAdminPage::updateButtons()
{
    const QString name = selectedUserName();
    const auto it = std::find_if(m_users.cbegin(), m_users.cend(), [&](const identity::User &u) { return u.username == name; });
    const bool has = it != m_users.cend();
    const bool self = has && it->username == m_session.user().username;
    m_disable->setEnabled(has && !it->disabled && !self);
    m_enable->setEnabled(has && it->disabled);
    m_reset->setEnabled(has && !it->disabled && !self); // own password: Change password in the menu
}

void UserAdminPage::showResult(const Result<void> &result, const QString &successText)
{
    if (result)
        setMessage(m_message, MessageKind::Success, successText);
    else
        setMessage(m_message, MessageKind::Error, errorText(result.error()));
}

void UserAdminPage::addUser()
{
    AddUserDialog dialog(m_session, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const identity::User added = dialog.addedUser();
    refresh();
    selectUser(added.username);
    setMessage(m_message, MessageKind::Success,
               tr("%1 was added as %2. Tell them the temporary password; they choose their own at the first sign-in.")
                   .arg(added.username, roleName(added.role)));
}

void UserAdminPage::disableSelected()
{
    const QString name = selectedUserName();
    if (name.isEmpty())
        return;
    const auto answer = QMessageBox::question(this, tr("Disable user"),
                                              tr("Disable %1? The password stops working immediately. The account can "
                                                 "be enabled again later with a new temporary password.")
                                                  .arg(name));
    if (answer != QMessageBox::Yes)
        return;
    Result<void> result;
    {
        const WaitCursor wait;
        result = m_session.disableUser(name);
    }
    refresh();
    showResult(result, tr("%1 is disabled and can no longer sign in.").arg(name));
}

void UserAdminPage::enableSelected()
{
    const QString name = selectedUserName();
    if (name.isEmpty())
        return;
    TemporaryPasswordDialog dialog(tr("Enable %1 with a temporary password. They must choose a new password at the "
                                      "next sign-in.").arg(name),
                                   this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Result<void> result;
    {
        const WaitCursor wait;
        result = m_session.enableUser(name, dialog.password());
    }
    refresh();
    showResult(result, tr("%1 is enabled again and can sign in with the temporary password.").arg(name));
}

void UserAdminPage::resetSelected()
{
    const QString name = selectedUserName();
    if (name.isEmpty())
        return;
    TemporaryPasswordDialog dialog(tr("Give %1 a temporary password. Their old password stops working; they must "
                                      "choose a new password at the next sign-in.").arg(name),
                                   this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Result<void> result;
    {
        const WaitCursor wait;
        result = m_session.resetPassword(name, dialog.password());
    }
    refresh();
    showResult(result, tr("The password of %1 was reset.").arg(name));
}

void UserAdminPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void UserAdminPage::retranslateUi()
{
    setWindowTitle(tr("Users"));
    m_title->setText(tr("User accounts"));
    m_table->setHorizontalHeaderLabels({tr("User name"), tr("Full name"), tr("Role"), tr("Status")});
    m_add->setText(tr("&Add user…"));
    m_disable->setText(tr("&Disable"));
    m_enable->setText(tr("&Enable…"));
    m_reset->setText(tr("&Reset password…"));
    fillTable();
}

} // namespace cliniclink::ui::shell
