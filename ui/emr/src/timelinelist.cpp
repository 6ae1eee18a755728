#include "cliniclink/ui/emr/timelinelist.h"

#include "cliniclink/emr/outpatient.h"

#include <QEvent>

namespace cliniclink::ui::emr {

TimelineList::TimelineList(cliniclink::emr::Outpatient &outpatient, QWidget *parent)
    : QListWidget(parent), m_outpatient(outpatient)
{
}

QString TimelineList::kindLabel(const QString &kind)
{
    if (kind == QLatin1String("visit"))
        return tr("Visit");
    if (kind == QLatin1String("note"))
        return tr("Outpatient note");
    if (kind == QLatin1String("prescription"))
        return tr("Prescription");
    if (kind == QLatin1String("public_health_form"))
        return tr("Public-health form");
    if (kind == QLatin1String("image"))
        return tr("Images");
    if (kind == QLatin1String("consult"))
        return tr("Consultation");
    return kind; // a kind a newer module added: shown as stored
}

bool TimelineList::showFor(const QString &residentId)
{
    m_residentId = residentId;
    auto t = m_outpatient.timeline(residentId);
    m_entries = t ? *t : QList<store::TimelineEntry>{};
    fill();
    return t.has_value();
}

void TimelineList::clearPatient()
{
    m_residentId.clear();
    m_entries.clear();
    fill();
}

void TimelineList::fill()
{
    clear();
    for (const store::TimelineEntry &e : std::as_const(m_entries)) {
        auto *item = new QListWidgetItem(QStringLiteral("%1  %2  %3")
                                             .arg(e.atUtc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                                  kindLabel(e.kind), e.title),
                                         this);
        item->setData(Qt::UserRole, e.recordId);
        item->setData(Qt::UserRole + 1, e.kind);
    }
}

QStringList TimelineList::lines() const
{
    QStringList out;
    for (int i = 0; i < count(); ++i)
        out << item(i)->text();
    return out;
}

void TimelineList::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        fill();
    QListWidget::changeEvent(event);
}

} // namespace cliniclink::ui::emr
