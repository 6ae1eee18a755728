#include "recoverykeysheet.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontDatabase>
#include <QLocale>
#include <QPrinter>
#include <QStringList>
#include <QTextDocument>

namespace cliniclink::ui::shell {

QString formatRecoveryKeyForDisplay(const QString &key)
{
    const QStringList groups = key.split(QLatin1Char('-'), Qt::SkipEmptyParts);
    QStringList rows;
    for (qsizetype i = 0; i < groups.size(); i += 4)
        rows << groups.mid(i, 4).join(QLatin1Char('-'));
    return rows.join(QLatin1Char('\n'));
}

QString RecoveryKeySheet::html() const
{
    // One translate() call per string, with the literal context, so lupdate finds them.
    const QString title = QCoreApplication::translate("cliniclink::ui::shell::RecoveryKeySheet", "ClinicLink recovery key");
    const QString clinic = QCoreApplication::translate("cliniclink::ui::shell::RecoveryKeySheet", "Clinic");
    const QString code = QCoreApplication::translate("cliniclink::ui::shell::RecoveryKeySheet", "Clinic code");
    const QString admin = QCoreApplication::translate("cliniclink::ui::shell::RecoveryKeySheet", "Administrator");
    const QString created = QCoreApplication::translate("cliniclink::ui::shell::RecoveryKeySheet", "Created");
    const QString what = QCoreApplication::translate(
        "cliniclink::ui::shell::RecoveryKeySheet",
        "With this key the clinic's data can be opened when every administrator password is lost. "
        "Anyone who has it can open all patient records on this computer.");
    const QString keep = QCoreApplication::translate(
        "cliniclink::ui::shell::RecoveryKeySheet",
        "Keep this sheet locked away (for example in the clinic's safe). Do not store it on the computer.");
    const QString key =
        formatRecoveryKeyForDisplay(recoveryKey).toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    const QString when = QLocale().toString(createdUtc.toLocalTime(), QLocale::LongFormat);
    return QStringLiteral("<h1>%1</h1><p>%2: %3<br>%4: %5<br>%6: %7<br>%8: %9</p>")
               .arg(title.toHtmlEscaped(), clinic.toHtmlEscaped(), clinicName.toHtmlEscaped(), code.toHtmlEscaped(),
                    clinicCode.toHtmlEscaped(), admin.toHtmlEscaped(), administrator.toHtmlEscaped(),
                    created.toHtmlEscaped(), when.toHtmlEscaped())
        + QStringLiteral("<p style=\"font-family: monospace; font-size: 20pt; font-weight: bold;\">%1</p><p>%2</p><p>%3</p>")
              .arg(key, what.toHtmlEscaped(), keep.toHtmlEscaped());
}

bool RecoveryKeySheet::print(QPrinter *printer) const
{
    QTextDocument doc;
    doc.setDefaultFont(QFont(QStringLiteral("WenQuanYi Micro Hei"), 12));
    doc.setHtml(html());
    doc.print(printer);
    return printer->printerState() != QPrinter::Error;
}

} // namespace cliniclink::ui::shell
