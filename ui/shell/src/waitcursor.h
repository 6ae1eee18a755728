#pragma once

#include <QApplication>
#include <QCursor>

namespace cliniclink::ui::shell {

// Shows the busy cursor while a blocking step runs (Argon2 key derivation takes ~0.5 s).
class WaitCursor {
public:
    WaitCursor() { QApplication::setOverrideCursor(QCursor(Qt::WaitCursor)); }
    ~WaitCursor() { QApplication::restoreOverrideCursor(); }
    WaitCursor(const WaitCursor &) = delete;
    WaitCursor &operator=(const WaitCursor &) = delete;
};

} // namespace cliniclink::ui::shell
