#pragma once

#include <QAbstractEventDispatcher>
#include <QHash>

#include <atomic>

namespace cliniclink::platform {

// An epoll(7) event dispatcher for the platform's event-loop thread. Qt's own dispatchers
// (glib, and the UNIX one) call poll() over every registered socket on every loop iteration, so
// with 10,000 idle keep-alive connections each request paid for 10,000 sockets (measured: /health
// 131 us idle → 188 ms with 10,000 held, docs/sync-protocol.md). epoll costs per ready socket.
// Level-triggered, so notifiers behave as with poll(); timers are a plain list (the platform has
// a handful). Install before QCoreApplication exists (app/platform/main.cpp).
class EpollDispatcher : public QAbstractEventDispatcher {
    Q_OBJECT
public:
    explicit EpollDispatcher(QObject *parent = nullptr);
    ~EpollDispatcher() override;

    bool processEvents(QEventLoop::ProcessEventsFlags flags) override;
    void registerSocketNotifier(QSocketNotifier *notifier) override;
    void unregisterSocketNotifier(QSocketNotifier *notifier) override;
    void registerTimer(int timerId, qint64 interval, Qt::TimerType timerType, QObject *object) override;
    bool unregisterTimer(int timerId) override;
    bool unregisterTimers(QObject *object) override;
    QList<TimerInfo> registeredTimers(QObject *object) const override;
    int remainingTime(int timerId) override;
    void wakeUp() override;
    void interrupt() override;

private:
    struct Notifiers {
        QSocketNotifier *read = nullptr;
        QSocketNotifier *write = nullptr;
        QSocketNotifier *exception = nullptr;
    };
    struct Timer {
        qint64 interval = 0;
        Qt::TimerType type = Qt::CoarseTimer;
        QObject *object = nullptr;
        qint64 deadlineMs = 0;
        bool inEvent = false; // never re-entered from a nested event loop in its own handler
    };
    void updateEpoll(int fd, bool existed);
    int msUntilNextTimer() const;
    bool activateTimers();

    int m_epoll = -1;
    int m_wake = -1; // eventfd
    std::atomic<bool> m_interrupt{false};
    QHash<int, Notifiers> m_notifiers;
    QHash<int, Timer> m_timers;
};

} // namespace cliniclink::platform
