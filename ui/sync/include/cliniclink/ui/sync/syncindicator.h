#pragma once

#include <QDateTime>
#include <QPointer>
#include <QWidget>

class QLabel;
class QTimer;
class QToolButton;

namespace cliniclink::store {
class Store;
}
namespace cliniclink::sync {
class SyncScheduler;
}

namespace cliniclink::ui::sync {

// What the indicator shows, computed from the store's outbox and the scheduler's state.
struct SyncIndicatorState {
    bool enrolled = false;
    bool syncing = false;
    qint64 unsentRecords = 0; // records with a save not yet acknowledged by the platform
    qint64 inFlight = 0;      // of those, sent and awaiting an answer
    qint64 rejected = 0;
    qint64 conflicts = 0;
    bool savedSinceCount = false; // a save was noted after the counts were read
    QDateTime lastSuccessUtc;
    QString errorText; // translated; empty when the last sync succeeded

    // "All sent" only with nothing pending or in flight and no save since the count.
    bool allSent() const { return unsentRecords == 0 && inFlight == 0 && !savedSinceCount; }
};

// The sync indicator for the main window's status bar: unsent count, "sending…", last
// successful sync, error state, open conflicts and rejected records, a "sync now" button, and a
// button that opens the conflicts/rejected dialog. It never says "all sent" while the outbox
// holds anything: the scheduler's save notification marks it unsent at once, before recounting.
class SyncIndicator : public QWidget {
    Q_OBJECT
public:
    // store: the UI thread's connection; scheduler may be null (not enrolled / no background sync).
    SyncIndicator(store::Store &store, cliniclink::sync::SyncScheduler *scheduler, QWidget *parent = nullptr);

    const SyncIndicatorState &state() const { return m_state; }
    QString text() const;

public slots:
    void refresh();
    void openDetails();

signals:
    void refreshed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void noteSaved();
    void render();

    store::Store &m_store;
    QPointer<cliniclink::sync::SyncScheduler> m_scheduler;
    SyncIndicatorState m_state;
    QLabel *m_dot;
    QLabel *m_label;
    QToolButton *m_syncNow;
    QToolButton *m_details;
    QTimer *m_recount;
    QTimer *m_clock;
};

} // namespace cliniclink::ui::sync
