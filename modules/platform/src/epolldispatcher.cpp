#include "cliniclink/platform/epolldispatcher.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSocketNotifier>
#include <QTimerEvent>

#include <cerrno>
#include <climits>

#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>

namespace cliniclink::platform {

namespace {
qint64 nowMs()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock.elapsed();
}
constexpr int kMaxEvents = 256;
} // namespace

EpollDispatcher::EpollDispatcher(QObject *parent) : QAbstractEventDispatcher(parent)
{
    m_epoll = epoll_create1(EPOLL_CLOEXEC);
    m_wake = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    if (m_epoll < 0 || m_wake < 0)
        qFatal("epoll/eventfd unavailable");
    epoll_event ev{};
    ev.events = EPOLLIN;
    ev.data.fd = m_wake;
    epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_wake, &ev);
}

EpollDispatcher::~EpollDispatcher()
{
    ::close(m_wake);
    ::close(m_epoll);
}

void EpollDispatcher::updateEpoll(int fd, bool existed)
{
    const auto it = m_notifiers.constFind(fd);
    epoll_event ev{};
    ev.data.fd = fd;
    if (it != m_notifiers.constEnd()) {
        ev.events = (it->read ? EPOLLIN : 0u) | (it->write ? EPOLLOUT : 0u) | (it->exception ? EPOLLPRI : 0u);
        if (epoll_ctl(m_epoll, existed ? EPOLL_CTL_MOD : EPOLL_CTL_ADD, fd, &ev) != 0 && errno == ENOENT)
            epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &ev);
    } else if (existed) {
        epoll_ctl(m_epoll, EPOLL_CTL_DEL, fd, &ev); // fails harmlessly if the fd was closed already
    }
}

void EpollDispatcher::registerSocketNotifier(QSocketNotifier *notifier)
{
    const int fd = int(notifier->socket());
    const bool existed = m_notifiers.contains(fd);
    Notifiers &n = m_notifiers[fd];
    switch (notifier->type()) {
    case QSocketNotifier::Read: n.read = notifier; break;
    case QSocketNotifier::Write: n.write = notifier; break;
    case QSocketNotifier::Exception: n.exception = notifier; break;
    }
    updateEpoll(fd, existed);
}

void EpollDispatcher::unregisterSocketNotifier(QSocketNotifier *notifier)
{
    const int fd = int(notifier->socket());
    auto it = m_notifiers.find(fd);
    if (it == m_notifiers.end())
        return;
    if (it->read == notifier)
        it->read = nullptr;
    if (it->write == notifier)
        it->write = nullptr;
    if (it->exception == notifier)
        it->exception = nullptr;
    if (!it->read && !it->write && !it->exception)
        m_notifiers.erase(it);
    updateEpoll(fd, true);
}

void EpollDispatcher::registerTimer(int timerId, qint64 interval, Qt::TimerType timerType, QObject *object)
{
    m_timers.insert(timerId, Timer{interval, timerType, object, nowMs() + interval, false});
}

bool EpollDispatcher::unregisterTimer(int timerId) { return m_timers.remove(timerId) > 0; }

bool EpollDispatcher::unregisterTimers(QObject *object)
{
    bool any = false;
    for (auto it = m_timers.begin(); it != m_timers.end();) {
        if (it->object == object) {
            it = m_timers.erase(it);
            any = true;
        } else {
            ++it;
        }
    }
    return any;
}

QList<QAbstractEventDispatcher::TimerInfo> EpollDispatcher::registeredTimers(QObject *object) const
{
    QList<TimerInfo> out;
    for (auto it = m_timers.begin(); it != m_timers.end(); ++it)
        if (it->object == object)
            out.append(TimerInfo(it.key(), int(it->interval), it->type));
    return out;
}

int EpollDispatcher::remainingTime(int timerId)
{
    const auto it = m_timers.constFind(timerId);
    return it == m_timers.constEnd() ? -1 : int(qMax<qint64>(0, it->deadlineMs - nowMs()));
}

void EpollDispatcher::wakeUp()
{
    const quint64 one = 1;
    [[maybe_unused]] const ssize_t n = ::write(m_wake, &one, sizeof one);
}

void EpollDispatcher::interrupt()
{
    m_interrupt.store(true);
    wakeUp();
}

int EpollDispatcher::msUntilNextTimer() const
{
    qint64 next = -1;
    const qint64 now = nowMs();
    for (const Timer &t : m_timers)
        if (!t.inEvent)
            next = next < 0 ? qMax<qint64>(0, t.deadlineMs - now) : qMin(next, qMax<qint64>(0, t.deadlineMs - now));
    return next > INT_MAX ? INT_MAX : int(next);
}

bool EpollDispatcher::activateTimers()
{
    const qint64 now = nowMs();
    QList<int> due;
    for (auto it = m_timers.begin(); it != m_timers.end(); ++it)
        if (!it->inEvent && it->deadlineMs <= now)
            due.append(it.key());
    for (int id : due) {
        auto it = m_timers.find(id);
        if (it == m_timers.end() || it->inEvent) // unregistered by an earlier handler
            continue;
        it->deadlineMs = qMax(it->deadlineMs + it->interval, now + (it->interval > 0 ? 1 : 0));
        if (it->deadlineMs < now)
            it->deadlineMs = now + it->interval;
        it->inEvent = true;
        QObject *object = it->object;
        QTimerEvent e(id);
        QCoreApplication::sendEvent(object, &e);
        it = m_timers.find(id);
        if (it != m_timers.end())
            it->inEvent = false;
    }
    return !due.isEmpty();
}

bool EpollDispatcher::processEvents(QEventLoop::ProcessEventsFlags flags)
{
    m_interrupt.store(false);
    emit awake();
    QCoreApplication::sendPostedEvents();
    if (m_interrupt.load())
        return false;

    const bool wait = flags.testFlag(QEventLoop::WaitForMoreEvents) && !flags.testFlag(QEventLoop::ExcludeSocketNotifiers);
    int timeout = 0;
    if (wait) {
        timeout = flags.testFlag(QEventLoop::X11ExcludeTimers) ? -1 : msUntilNextTimer();
        emit aboutToBlock();
    }
    epoll_event events[kMaxEvents];
    int n = epoll_wait(m_epoll, events, kMaxEvents, timeout);
    if (n < 0)
        n = 0; // EINTR
    if (wait)
        emit awake();

    bool handled = false;
    for (int i = 0; i < n && !m_interrupt.load(); ++i) {
        const int fd = events[i].data.fd;
        if (fd == m_wake) {
            quint64 count;
            [[maybe_unused]] const ssize_t r = ::read(m_wake, &count, sizeof count);
            continue;
        }
        if (flags.testFlag(QEventLoop::ExcludeSocketNotifiers))
            continue;
        const quint32 e = events[i].events;
        // Looked up again before each activation: an earlier handler may have removed it.
        auto activate = [&](QSocketNotifier *Notifiers::*which) {
            const auto it = m_notifiers.constFind(fd);
            if (it == m_notifiers.constEnd() || !((*it).*which))
                return;
            QEvent act(QEvent::SockAct);
            QCoreApplication::sendEvent((*it).*which, &act);
            handled = true;
        };
        if (e & (EPOLLIN | EPOLLHUP | EPOLLERR))
            activate(&Notifiers::read);
        if (e & (EPOLLOUT | EPOLLERR))
            activate(&Notifiers::write);
        if (e & EPOLLPRI)
            activate(&Notifiers::exception);
    }
    if (!flags.testFlag(QEventLoop::X11ExcludeTimers) && !m_interrupt.load())
        handled = activateTimers() || handled;
    return handled;
}

} // namespace cliniclink::platform
