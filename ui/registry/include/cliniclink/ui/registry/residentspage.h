#pragma once

#include "cliniclink/registry/resident.h"

#include <QList>
#include <QWidget>
#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace cliniclink::identity {
class Session;
}
namespace cliniclink::registry {
class Registry;
}

namespace cliniclink::ui::registry {

class FamilyView;
class ResidentCard;

// 居民档案: the resident list searched as the doctor types (name, pinyin initials, full pinyin,
// ID number, phone or archive number), the archive card of the chosen resident, and the family.
class ResidentsPage : public QWidget {
    Q_OBJECT
public:
    explicit ResidentsPage(identity::Session &session, QWidget *parent = nullptr);
    ~ResidentsPage() override;

    void search(const QString &text);
    QList<::cliniclink::registry::SearchHit> hits() const { return m_hits; }
    bool selectResident(const QString &id);
    ResidentCard *card() const { return m_card; }

    // Archive lifecycle and migration, each in its dialog (exec); true when something was saved.
    bool transferOutShown();
    bool registerDeathOfShown();
    bool closeShown();
    bool transferIn();
    bool mergeDuplicates();
    bool importCsv();
    FamilyView *familyView() const { return m_family; }

signals:
    // The doctor chose a resident (to fill a form for them).
    void residentChosen(const ::cliniclink::registry::Resident &resident);
    void residentSaved(const ::cliniclink::registry::Resident &resident);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillTable();
    void showRow(int row);
    bool lifecycle(int action);
    void updateActions();
    void afterWrite(const ::cliniclink::registry::Resident &resident);

    std::unique_ptr<::cliniclink::registry::Registry> m_registry;
    QList<::cliniclink::registry::SearchHit> m_hits;
    QLineEdit *m_search;
    QPushButton *m_new;
    QPushButton *m_forms;
    QPushButton *m_import;
    QPushButton *m_transferIn;
    QPushButton *m_merge;
    QPushButton *m_transferOut;
    QPushButton *m_death;
    QPushButton *m_close;
    QTableWidget *m_table;
    QLabel *m_status;
    ResidentCard *m_card;
    FamilyView *m_family;
};

} // namespace cliniclink::ui::registry
