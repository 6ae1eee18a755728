#pragma once

#include "cliniclink/sync/conflictresolution.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace cliniclink::ui::sync {

// The conflict-resolution view: open conflicts on the left; for the selected one, each
// contested field with the base value and both sides' values (who saved each, when) side by
// side, a choice per field — keep this PC's value, keep the platform's, or type another — and
// "Apply", which saves the choice as a new version that the next sync sends.
class ConflictsView : public QWidget {
    Q_OBJECT
public:
    enum Column { FieldColumn, BaseColumn, LocalColumn, RemoteColumn, ChoiceColumn, EditColumn, ColumnCount };
    enum ChoiceIndex { KeepRemote, KeepLocal, TypeValue };

    explicit ConflictsView(store::Store &store, QWidget *parent = nullptr);

    int conflictCount() const;
    bool selectConflict(int row);
    // For tests and keyboard use: sets the choice of one field of the selected conflict.
    bool choose(const QString &field, ChoiceIndex choice, const QString &typed = QString());
    QTableWidget *fieldTable() const { return m_fields; }

public slots:
    void reload();
    bool apply();

signals:
    void resolved(const QString &conflictId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showSelected();
    void retranslateUi();

    store::Store &m_store;
    QList<cliniclink::sync::OpenConflict> m_conflicts;
    QLabel *m_intro;
    QListWidget *m_list;
    QLabel *m_sides;
    QTableWidget *m_fields;
    QLabel *m_message;
    QPushButton *m_apply;
};

} // namespace cliniclink::ui::sync
