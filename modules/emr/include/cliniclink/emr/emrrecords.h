#pragma once

namespace cliniclink::emr {

// Record types written through store::Store::putRecord (stable: they travel to the platform).
inline constexpr char kVisitRecord[] = "outpatient_visit";
inline constexpr char kNoteRecord[] = "outpatient_note";
inline constexpr char kNoteTemplateRecord[] = "note_template";

} // namespace cliniclink::emr
