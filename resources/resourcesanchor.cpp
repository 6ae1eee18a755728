// This library holds only Qt resources (:/cliniclink/...); a static library needs one source.
namespace cliniclink::resources {
int resourceAnchor() { return 0; }
} // namespace cliniclink::resources
