#pragma once

#include "cliniclink/core/result.h"
#include "cliniclink/publichealth/formdefinition.h"

#include <QJsonObject>
#include <QString>

namespace cliniclink::ui::publichealth {

// Who the form is about, as printed in the header line of the paper form.
struct PrintHeader {
    QString name;
    QString archiveNumber;
    QString signedBy; // empty while unsigned
};

// Prints a completed form on A4 (PDF, QPdfWriter) in the layout of the paper form: the title
// centred, the resident line (姓名 / 编号), then each section as a bordered table of label and
// value cells, two pairs per row, continuing on new pages as needed.
Result<void> printFormPdf(const ::cliniclink::publichealth::FormDefinition &form, const QJsonObject &values,
                          const PrintHeader &header, const QString &path);

} // namespace cliniclink::ui::publichealth
