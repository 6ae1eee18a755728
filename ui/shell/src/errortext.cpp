#include "cliniclink/ui/shell/errortext.h"

#include "cliniclink/identity/lockout.h"
#include "cliniclink/store/storelayout.h"

#include <QCoreApplication>
#include <QLocale>

namespace cliniclink::ui::shell {

QString errorText(const Error &error) { return error.translatedMessage(); }

QString signInErrorText(const Error &error, const QString &storeDirectory, const QString &username,
                        const Clock &clock)
{
    QString text = errorText(error);
    if (error.code != ErrorCode::AccountLocked)
        return text;
    const identity::LockoutTracker lockout(store::StoreLayout(storeDirectory).lockout(), clock);
    if (const auto until = lockout.lockedUntil(username)) {
        const QString when = QLocale().toString(until->toLocalTime(), QLocale::ShortFormat);
        text += QLatin1Char('\n') + QCoreApplication::translate("cliniclink::ui::shell", "It will be unlocked at %1.").arg(when);
    }
    return text;
}

QString roleName(identity::Role role)
{
    return QCoreApplication::translate("cliniclink::Role", identity::roleDisplayName(role));
}

} // namespace cliniclink::ui::shell
