#pragma once

#include <QString>

namespace cliniclink::ui::emr {

// The screen's name of a note section key (emr::noteSectionKeys(), "diagnoses"), translated.
QString noteSectionLabel(const QString &key);

} // namespace cliniclink::ui::emr
