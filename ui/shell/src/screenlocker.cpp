#include "cliniclink/ui/shell/screenlocker.h"

#include "cliniclink/identity/session.h"
#include "cliniclink/ui/shell/errortext.h"
#include "cliniclink/ui/shell/lockscreen.h"
#include "shelllogging.h"
#include "waitcursor.h"

#include <QApplication>
#include <QEvent>
#include <QMenu>
#include <QMessageBox>
#include <QWidget>

namespace cliniclink::ui::shell {

ScreenLocker::ScreenLocker(identity::Session &session, QObject *parent) : QObject(parent), m_session(session) {}

ScreenLocker::~ScreenLocker() { uncoverAll(); }

LockScreen *ScreenLocker::lockScreenFor(const QWidget *window) const
{
    for (const Covered &c : m_covered)
        if (c.window == window)
            return c.curtain;
    return nullptr;
}

void ScreenLocker::lock()
{
    if (m_locked)
        return;
    m_locked = true;
    if (auto r = m_session.lock(); !r)
        qCWarning(lcShell) << "recording the lock failed:" << r.error().toString(); // still lock the screen
    // Open menus and tooltips would float above the curtain.
    if (QWidget *popup = QApplication::activePopupWidget())
        popup->close();
    for (QWidget *w : QApplication::topLevelWidgets()) {
        const Qt::WindowType type = w->windowType();
        if (w->isVisible() && type != Qt::Popup && type != Qt::ToolTip && type != Qt::SplashScreen)
            cover(w);
    }
    // The active modal dialog (if any) is the only window that can take input: focus its curtain.
    QWidget *focusWindow = QApplication::activeModalWidget() ? QApplication::activeModalWidget() : QApplication::activeWindow();
    if (LockScreen *curtain = lockScreenFor(focusWindow))
        curtain->focusPassword();
    else if (!m_covered.isEmpty() && m_covered.constFirst().curtain)
        m_covered.constFirst().curtain->focusPassword();
    qCInfo(lcShell) << "session locked," << m_covered.size() << "window(s) covered";
    emit locked();
}

void ScreenLocker::cover(QWidget *window)
{
    Covered c;
    c.window = window;
    for (QObject *child : window->children()) {
        auto *w = qobject_cast<QWidget *>(child);
        if (w && !w->isWindow() && w->isEnabled()) {
            w->setEnabled(false); // keyboard focus and shortcuts cannot reach the hidden content
            c.disabled.append(w);
        }
    }
    auto *curtain = new LockScreen(m_session.user().displayName, window);
    connect(curtain, &LockScreen::unlockRequested, this, [this](const QString &password) { (void)unlock(password); });
    connect(curtain, &LockScreen::signOutRequested, this, [this, window] { confirmSignOut(window); });
    curtain->show();
    curtain->raise();
    c.curtain = curtain;
    window->installEventFilter(this);
    m_covered.append(c);
}

Result<void> ScreenLocker::unlock(const QString &password)
{
    if (!m_locked)
        return {};
    Result<void> result;
    {
        const WaitCursor wait;
        result = m_session.unlock(password);
    }
    if (!result) {
        qCInfo(lcShell) << "unlock refused:" << result.error().name();
        showErrorEverywhere(signInErrorText(result.error(), m_session.store().layout().dir, m_session.user().username,
                                            m_session.clock()));
        return result;
    }
    uncoverAll();
    m_locked = false;
    qCInfo(lcShell) << "session unlocked";
    emit unlocked();
    return {};
}

void ScreenLocker::uncoverAll()
{
    for (const Covered &c : std::as_const(m_covered)) {
        if (c.window)
            c.window->removeEventFilter(this);
        for (const QPointer<QWidget> &w : c.disabled)
            if (w)
                w->setEnabled(true);
        delete c.curtain.data();
    }
    m_covered.clear();
}

void ScreenLocker::showErrorEverywhere(const QString &text)
{
    for (const Covered &c : std::as_const(m_covered))
        if (c.curtain)
            c.curtain->showError(text);
}

void ScreenLocker::confirmSignOut(QWidget *window)
{
    const auto answer = QMessageBox::warning(window, tr("Sign out"),
                                             tr("Signing out closes ClinicLink for this user. Work that was not saved "
                                                "will be lost. Sign out anyway?"),
                                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer == QMessageBox::Yes)
        emit signOutRequested();
}

bool ScreenLocker::eventFilter(QObject *watched, QEvent *event)
{
    // A covered window may not be closed while locked: closing would discard its content.
    if (m_locked && event->type() == QEvent::Close) {
        event->ignore();
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace cliniclink::ui::shell
