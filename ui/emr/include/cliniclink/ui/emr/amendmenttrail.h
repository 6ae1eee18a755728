#pragma once

#include "cliniclink/emr/note.h"

#include <QListWidget>

namespace cliniclink::ui::emr {

// 痕迹保留 on screen: one line per changed field of each amendment of a signed note —
// when, who, why, the field, its text before and after. Nothing is hidden or merged.
class AmendmentTrail : public QListWidget {
    Q_OBJECT
public:
    explicit AmendmentTrail(QWidget *parent = nullptr);
    void showNote(const cliniclink::emr::OutpatientNote &note);
    void clearNote();
    QStringList lines() const;
    static QStringList linesOf(const cliniclink::emr::OutpatientNote &note);
};

} // namespace cliniclink::ui::emr
