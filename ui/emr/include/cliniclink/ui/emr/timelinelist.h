#pragma once

#include "cliniclink/store/timeline.h"

#include <QListWidget>

namespace cliniclink::emr {
class Outpatient;
}

namespace cliniclink::ui::emr {

// The patient's timeline in one list, newest first: visits, notes, prescriptions,
// public-health forms, images and consultations, each as "date  kind  title".
class TimelineList : public QListWidget {
    Q_OBJECT
public:
    explicit TimelineList(cliniclink::emr::Outpatient &outpatient, QWidget *parent = nullptr);

    // Shows the resident's timeline; false (and an empty list) when it cannot be read.
    bool showFor(const QString &residentId);
    void clearPatient();
    QStringList lines() const;
    const QList<store::TimelineEntry> &entries() const { return m_entries; }
    static QString kindLabel(const QString &kind);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();

    cliniclink::emr::Outpatient &m_outpatient;
    QString m_residentId;
    QList<store::TimelineEntry> m_entries;
};

} // namespace cliniclink::ui::emr
