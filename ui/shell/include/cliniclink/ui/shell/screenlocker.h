#pragma once

#include "cliniclink/core/result.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QWidget;

namespace cliniclink::identity {
class Session;
}

namespace cliniclink::ui::shell {
class LockScreen;

// Locks the session: every visible window of the application (the main window and any dialog
// that is open, modal or not) is covered by a LockScreen and its content disabled — nothing is
// closed or destroyed, so unsaved work survives. The same user's password unlocks.
class ScreenLocker : public QObject {
    Q_OBJECT
public:
    explicit ScreenLocker(identity::Session &session, QObject *parent = nullptr);
    ~ScreenLocker() override;

    bool isLocked() const { return m_locked; }
    // The curtain over a window, if locked (for tests and for focus handling).
    LockScreen *lockScreenFor(const QWidget *window) const;

    // Checks the password (Session::unlock); on failure the error is shown on the lock screen
    // and returned. Not a slot: moc cannot register Result<void>.
    Result<void> unlock(const QString &password);

public slots:
    void lock();

signals:
    void locked();
    void unlocked();
    void signOutRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Covered {
        QPointer<QWidget> window;
        QPointer<LockScreen> curtain;
        QList<QPointer<QWidget>> disabled; // children we disabled (and will re-enable)
    };
    void cover(QWidget *window);
    void uncoverAll();
    void showErrorEverywhere(const QString &text);
    void confirmSignOut(QWidget *window);

    identity::Session &m_session;
    bool m_locked = false;
    QList<Covered> m_covered;
};

} // namespace cliniclink::ui::shell
