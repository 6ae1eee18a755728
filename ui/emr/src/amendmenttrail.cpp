#include "cliniclink/ui/emr/amendmenttrail.h"

#include "cliniclink/ui/emr/notesectionlabels.h"

#include <QJsonArray>

namespace cliniclink::ui::emr {

namespace {
QString shown(const QJsonValue &v)
{
    if (v.isArray()) { // diagnoses: "code name" joined
        QStringList parts;
        for (const QJsonValue &d : v.toArray())
            parts << d.toObject().value(QLatin1String("code")).toString() + QLatin1Char(' ') +
                         d.toObject().value(QLatin1String("name")).toString();
        return parts.join(QStringLiteral("; "));
    }
    return v.toString();
}
} // namespace

AmendmentTrail::AmendmentTrail(QWidget *parent) : QListWidget(parent)
{
    setWordWrap(true);
}

QStringList AmendmentTrail::linesOf(const cliniclink::emr::OutpatientNote &note)
{
    QStringList out;
    for (const cliniclink::emr::Amendment &a : note.amendments)
        for (const cliniclink::emr::FieldChange &c : a.changes)
            out << tr("%1 %2 (%3): %4 “%5” → “%6”")
                       .arg(a.atUtc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), a.by, a.reason,
                            noteSectionLabel(c.field), shown(c.before), shown(c.after));
    return out;
}

void AmendmentTrail::showNote(const cliniclink::emr::OutpatientNote &note)
{
    clear();
    addItems(linesOf(note));
}

void AmendmentTrail::clearNote()
{
    clear();
}

QStringList AmendmentTrail::lines() const
{
    QStringList out;
    for (int i = 0; i < count(); ++i)
        out << item(i)->text();
    return out;
}

} // namespace cliniclink::ui::emr
