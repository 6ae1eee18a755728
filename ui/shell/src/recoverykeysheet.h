#pragma once

#include <QDateTime>
#include <QString>

class QPagedPaintDevice;
class QPrinter;

namespace cliniclink::ui::shell {

// The sheet of paper that goes into the clinic's safe: which clinic, when, and the key.
struct RecoveryKeySheet {
    QString clinicName;
    QString clinicCode;
    QString administrator;
    QString recoveryKey;
    QDateTime createdUtc;

    QString html() const;
    bool print(QPrinter *printer) const;
};

// "ABCD-EFGH-..." as rows of four groups, for reading aloud and copying by hand.
QString formatRecoveryKeyForDisplay(const QString &key);

} // namespace cliniclink::ui::shell
