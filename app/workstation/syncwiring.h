#pragma once

#include <memory>

namespace cliniclink::identity {
class Session;
}
namespace cliniclink::sync {
class SyncScheduler;
}
namespace cliniclink::ui::shell {
class MainWindow;
}

// Background sync for one signed-in session: the scheduler (settings from QSettings "sync/…"),
// the store's save notification, the status-bar indicator, and the last sync at sign-out.
class SessionSync {
public:
    SessionSync(cliniclink::identity::Session &session, cliniclink::ui::shell::MainWindow &window);
    ~SessionSync();
    // One last sync, bounded by sync/signOutWaitSeconds; then background sync stops.
    void finish();

private:
    cliniclink::identity::Session &m_session;
    std::unique_ptr<cliniclink::sync::SyncScheduler> m_scheduler;
};
