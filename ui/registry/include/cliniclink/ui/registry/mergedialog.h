#pragma once

#include "cliniclink/registry/registry.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QTableWidget;

namespace cliniclink::ui::registry {

// 合并重复档案: find the two archives (any search text), see them side by side, choose the one
// that stays. The registry keeps both histories on the survivor, marks the other "merged"
// (kept, out of search) and writes a merge record with its full snapshot.
class MergeDialog : public QDialog {
    Q_OBJECT
public:
    enum Side { Left = 0, Right = 1 };
    explicit MergeDialog(::cliniclink::registry::Registry &registry, QWidget *parent = nullptr);

    // Searches and shows the best match on that side (the combo lists the other matches).
    bool find(Side side, const QString &text);
    bool setResident(Side side, const QString &residentId);
    void setSurvivor(Side side);
    QLineEdit *searchEdit(Side side) const { return m_search[side]; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QTableWidget *comparison() const { return m_table; }
    QString message() const;
    const ::cliniclink::registry::MergeOutcome &outcome() const { return m_outcome; }

    bool submit(); // confirms, merges; accepts on success

private:
    void showSide(Side side);
    void fillTable();

    ::cliniclink::registry::Registry &m_registry;
    ::cliniclink::registry::Resident m_resident[2];
    QList<::cliniclink::registry::SearchHit> m_hits[2];
    QLineEdit *m_search[2];
    QComboBox *m_choice[2];
    QRadioButton *m_keep[2];
    QTableWidget *m_table;
    QLineEdit *m_reason;
    QLabel *m_message;
    ::cliniclink::registry::MergeOutcome m_outcome;
};

} // namespace cliniclink::ui::registry
