#pragma once

#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;
class QTabWidget;

namespace cliniclink::store {
class Store;
}
namespace cliniclink::sync {
class SyncScheduler;
}

namespace cliniclink::ui::sync {
class ConflictsView;
class RejectedView;

// Opened from the status-bar indicator: conflicts to resolve and records the platform refused.
class SyncCenterDialog : public QDialog {
    Q_OBJECT
public:
    SyncCenterDialog(store::Store &store, cliniclink::sync::SyncScheduler *scheduler, QWidget *parent = nullptr);

    ConflictsView *conflicts() const { return m_conflicts; }
    RejectedView *rejected() const { return m_rejected; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void reload();

    QPointer<cliniclink::sync::SyncScheduler> m_scheduler;
    QTabWidget *m_tabs;
    ConflictsView *m_conflicts;
    RejectedView *m_rejected;
    QPushButton *m_syncNow;
    QPushButton *m_close;
};

} // namespace cliniclink::ui::sync
