#pragma once

#include "cliniclink/publichealth/duelist.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace cliniclink::identity {
class Session;
}

namespace cliniclink::ui::publichealth {

// The doctor's home area: who is overdue, due this week and due this month, per key
// population, with the last visit. Enter or double-click opens the form for that resident.
class DueListPage : public QWidget {
    Q_OBJECT
public:
    explicit DueListPage(identity::Session &session, QWidget *parent = nullptr);

    void refresh();
    int itemCount() const { return int(m_items.size()); }

signals:
    void openForm(const QString &residentId, const QString &formId);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void fill();

    identity::Session &m_session;
    QList<::cliniclink::publichealth::DueItem> m_items;
    QLabel *m_summary;
    QCheckBox *m_mineOnly;
    QPushButton *m_refresh;
    QTreeWidget *m_tree;
};

} // namespace cliniclink::ui::publichealth
