#pragma once

#include "cliniclink/sync/rejectedchanges.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace cliniclink::ui::sync {

// Records the platform refused, with the reason (validation or permission). They never block
// the others; a person sends one again (a new change) or keeps it on this PC only.
class RejectedView : public QWidget {
    Q_OBJECT
public:
    enum Column { RecordColumn, ReasonColumn, SavedByColumn, SavedAtColumn, ColumnCount };

    explicit RejectedView(store::Store &store, QWidget *parent = nullptr);

    int rejectedCount() const { return int(m_rows.size()); }
    QTableWidget *table() const { return m_table; }
    // Act on a row (tests, keyboard); discard asks for confirmation unless confirmed is true.
    bool retryRow(int row);
    bool discardRow(int row, bool confirmed = false);

public slots:
    void reload();

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showError(const QString &text);

    store::Store &m_store;
    QList<cliniclink::sync::RejectedRecord> m_rows;
    QLabel *m_intro;
    QTableWidget *m_table;
    QLabel *m_message;
    QPushButton *m_retry;
    QPushButton *m_discard;
};

} // namespace cliniclink::ui::sync
