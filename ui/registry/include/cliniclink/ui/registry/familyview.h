#pragma once

#include "cliniclink/registry/resident.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace cliniclink::registry {
class Registry;
}

namespace cliniclink::ui::registry {

class CodePicker;

// 家庭档案 of the shown resident: the members with their relation to the head of household
// (GB/T 4761); a family can be started with this resident as head, and members added by ID
// number, archive number or name; the head of household can be changed to another member.
class FamilyView : public QWidget {
    Q_OBJECT
public:
    explicit FamilyView(::cliniclink::registry::Registry &registry, QWidget *parent = nullptr);

    void showResident(const ::cliniclink::registry::Resident &resident);
    int memberCount() const;
    QString message() const;
    // 户主变更 to the member in `row` (asks for the other members' relations).
    bool changeHeadTo(int row);
    QTableWidget *membersTable() const { return m_members; }

signals:
    void familyChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void reload();
    void createFamily();
    void addMember();
    void setMessage(const QString &text, bool error);

    ::cliniclink::registry::Registry &m_registry;
    ::cliniclink::registry::Resident m_resident;
    QString m_familyId;
    QLabel *m_title;
    QTableWidget *m_members;
    QPushButton *m_create;
    QLineEdit *m_memberSearch;
    CodePicker *m_relation;
    QPushButton *m_add;
    QPushButton *m_makeHead;
    QList<QString> m_rowIds; // member resident id per table row
    QLabel *m_message;
};

} // namespace cliniclink::ui::registry
