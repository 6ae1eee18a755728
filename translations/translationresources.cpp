// The translations library holds only the compiled .qm files as Qt resources (:/i18n/...);
// Qt links resource objects of a static library into every executable that uses it.
// This translation unit exists because a static library needs at least one source file.
namespace cliniclink::translations {
int resourceAnchor() { return 0; }
} // namespace cliniclink::translations
