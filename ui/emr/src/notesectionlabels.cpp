#include "cliniclink/ui/emr/notesectionlabels.h"

#include <QCoreApplication>

namespace cliniclink::ui::emr {

QString noteSectionLabel(const QString &key)
{
    static const QList<QPair<QString, const char *>> labels = {
        {QStringLiteral("chiefComplaint"), QT_TRANSLATE_NOOP("NoteSection", "Chief complaint")},
        {QStringLiteral("presentIllness"), QT_TRANSLATE_NOOP("NoteSection", "Present illness")},
        {QStringLiteral("pastHistory"), QT_TRANSLATE_NOOP("NoteSection", "Past history")},
        {QStringLiteral("allergyHistory"), QT_TRANSLATE_NOOP("NoteSection", "Allergy history")},
        {QStringLiteral("physicalExam"), QT_TRANSLATE_NOOP("NoteSection", "Physical examination")},
        {QStringLiteral("auxiliaryExam"), QT_TRANSLATE_NOOP("NoteSection", "Auxiliary examinations")},
        {QStringLiteral("plan"), QT_TRANSLATE_NOOP("NoteSection", "Plan / orders")},
        {QStringLiteral("diagnoses"), QT_TRANSLATE_NOOP("NoteSection", "Diagnoses")}};
    for (const auto &[k, source] : labels)
        if (k == key)
            return QCoreApplication::translate("NoteSection", source);
    return key;
}

} // namespace cliniclink::ui::emr
