#pragma once

#include "cliniclink/core/clock.h"

#include <QObject>
#include <QTimer>

namespace cliniclink::identity {

// Emits idle() once when no activity() was reported for the timeout (default 10 minutes).
// The UI feeds it input events; the clock is injectable so tests move time instead of waiting.
class IdleLock : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultMinutes = 10;

    explicit IdleLock(const Clock &clock, QObject *parent = nullptr);

    void setTimeoutMinutes(int minutes);
    int timeoutMinutes() const { return m_minutes; }
    void start();
    void stop();
    bool isRunning() const { return m_timer.isActive(); }
    // Checks now (also called by the internal timer every few seconds).
    void check();

public slots:
    void activity();

signals:
    void idle();

private:
    const Clock &m_clock;
    QTimer m_timer;
    QDateTime m_last;
    int m_minutes = kDefaultMinutes;
};

} // namespace cliniclink::identity
