#include "cliniclink/ui/viewer/viewport.h"

#include <QEvent>
#include <QInputDialog>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace cliniclink::ui::viewer {

namespace {
constexpr double kHandleRadius = 6;   // px on screen
constexpr double kMinZoom = 0.02, kMaxZoom = 40;
} // namespace

Viewport::Viewport(QWidget *parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true); // angle, Cobb and polygon points follow the mouse
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(160, 160);
    setContextMenuPolicy(Qt::PreventContextMenu); // the right button is window/level
}

imaging::LoadedImagePtr Viewport::currentImage() const
{
    if (!m_series || m_index < 0 || m_index >= m_series->size())
        return nullptr;
    return m_series->images()[size_t(m_index)];
}

void Viewport::setSeries(std::shared_ptr<const imaging::ImageSeries> series, int index)
{
    cancelDraft();
    m_series = std::move(series);
    m_userVoi.reset();
    m_index = -1;
    m_imageKey.clear();
    resetView();
    setCurrentIndex(m_series ? std::clamp(index, 0, std::max(0, m_series->size() - 1)) : -1);
}

void Viewport::seriesUpdated()
{
    if (!m_series)
        return;
    const int i = m_series->indexOf(m_imageKey);
    if (i >= 0) {
        m_index = i;
        emit imageChanged(m_index); // the position in the series may have moved
        update();
    } else {
        setCurrentIndex(std::clamp(m_index, 0, m_series->size() - 1));
    }
}

void Viewport::setCurrentIndex(int index)
{
    if (!m_series || m_series->isEmpty()) {
        m_index = -1;
        m_display = {};
        m_qimage = {};
        update();
        return;
    }
    index = std::clamp(index, 0, m_series->size() - 1);
    const QString key = m_series->images()[size_t(index)]->key();
    if (index == m_index && key == m_imageKey)
        return;
    if (m_draft)
        cancelDraft();
    m_index = index;
    m_imageKey = key;
    imageWasChanged();
}

bool Viewport::showImage(const QString &imageKey)
{
    if (!m_series)
        return false;
    const int i = m_series->indexOf(imageKey);
    if (i < 0)
        return false;
    setCurrentIndex(i);
    return true;
}

void Viewport::step(int delta, bool wrap)
{
    if (!m_series || m_series->isEmpty())
        return;
    const int n = m_series->size();
    int i = m_index + delta;
    i = wrap ? ((i % n) + n) % n : std::clamp(i, 0, n - 1);
    setCurrentIndex(i);
}

void Viewport::imageWasChanged()
{
    const bool firstImage = m_qimage.isNull();
    renderDisplay();
    if (firstImage || m_fit)
        fitToWindow();
    emit imageChanged(m_index);
    emit annotationsChanged(); // the list marks which belong to the image shown
    update();
}

bool Viewport::isGreyscale() const
{
    const auto img = currentImage();
    return img && img->frame.samplesPerPixel == 1 && img->frame.photometric.startsWith(QLatin1String("MONOCHROME"));
}

imaging::VoiSetting Viewport::voi() const
{
    if (m_userVoi)
        return *m_userVoi;
    return m_display.voiUsed;
}

void Viewport::setVoi(const imaging::VoiSetting &voi)
{
    m_userVoi = voi;
    renderDisplay();
    update();
    emit windowChanged(voi.center, voi.width);
}

void Viewport::setWindow(double center, double width)
{
    imaging::VoiFunction f = m_userVoi && m_userVoi->kind == imaging::VoiSetting::Kind::Window ? m_userVoi->function
                                                                                            : imaging::VoiFunction::Linear;
    setVoi(imaging::VoiSetting::window(center, std::max(1.0, width), f));
}

void Viewport::resetWindow()
{
    m_userVoi.reset();
    renderDisplay();
    update();
    emit windowChanged(m_display.voiUsed.center, m_display.voiUsed.width);
}

void Viewport::applyPreset(int number)
{
    if (number == 9) {
        resetWindow();
        return;
    }
    if (number >= 1 && number <= m_presets.size())
        setWindow(m_presets[number - 1].center, m_presets[number - 1].width);
}

void Viewport::renderDisplay()
{
    const auto img = currentImage();
    if (!img) {
        m_display = {};
        m_qimage = {};
        return;
    }
    imaging::DisplayOptions options;
    options.voi = m_userVoi;
    options.invert = m_invert;
    imaging::renderFrameInto(img->frame, *img->info, options, m_display);
    // QImage wraps the pipeline's buffer: no copy; m_display outlives it. A non-const pointer,
    // because QImage copies read-only data as soon as its colour table is set.
    auto *bits = reinterpret_cast<uchar *>(m_display.pixels.data());
    if (m_display.rgb) {
        m_qimage = QImage(bits, m_display.width, m_display.height, qsizetype(m_display.width) * 3, QImage::Format_RGB888);
    } else {
        m_qimage = QImage(bits, m_display.width, m_display.height, m_display.width, QImage::Format_Indexed8);
        m_qimage.setColorTable(ColourMaps::table(m_colourMap));
    }
}

// --- view transform -------------------------------------------------------------------------

QTransform Viewport::imageToWidget() const
{
    QTransform t;
    t.translate(width() / 2.0 + m_pan.x(), height() / 2.0 + m_pan.y());
    t.scale(m_flipH ? -1 : 1, m_flipV ? -1 : 1); // flips act on the screen axes
    t.rotate(m_rotation);
    t.scale(m_zoom, m_zoom);
    t.translate(-m_display.width / 2.0, -m_display.height / 2.0);
    return t;
}

QPointF Viewport::mapToImage(const QPointF &widgetPos) const { return imageToWidget().inverted().map(widgetPos); }
QPointF Viewport::mapFromImage(const QPointF &imagePos) const { return imageToWidget().map(imagePos); }

void Viewport::setZoom(double zoom, std::optional<QPointF> anchor)
{
    zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    const QPointF a = anchor.value_or(QPointF(width() / 2.0, height() / 2.0));
    const QPointF imagePoint = mapToImage(a);
    m_zoom = zoom;
    m_fit = false;
    m_pan += a - mapFromImage(imagePoint); // keep the point under the anchor in place
    update();
    emit viewChanged();
}

void Viewport::fitToWindow()
{
    if (m_display.width <= 0 || m_display.height <= 0)
        return;
    const bool quarter = m_rotation % 180 != 0;
    const double w = quarter ? m_display.height : m_display.width;
    const double h = quarter ? m_display.width : m_display.height;
    m_zoom = std::clamp(std::min(width() / w, height() / h), kMinZoom, kMaxZoom);
    m_pan = {};
    m_fit = true;
    update();
    emit viewChanged();
}

void Viewport::actualSize()
{
    m_zoom = 1;
    m_pan = {};
    m_fit = false;
    update();
    emit viewChanged();
}

void Viewport::setPan(const QPointF &pan)
{
    m_pan = pan;
    m_fit = false;
    update();
    emit viewChanged();
}

void Viewport::rotate90()
{
    m_rotation = (m_rotation + 90) % 360;
    if (m_fit)
        fitToWindow();
    update();
    emit viewChanged();
}

void Viewport::flipHorizontal()
{
    m_flipH = !m_flipH;
    update();
    emit viewChanged();
}

void Viewport::flipVertical()
{
    m_flipV = !m_flipV;
    update();
    emit viewChanged();
}

void Viewport::setInverted(bool inverted)
{
    m_invert = inverted;
    renderDisplay();
    update();
    emit viewChanged();
}

void Viewport::setColourMap(ColourMap map)
{
    m_colourMap = map;
    if (m_qimage.format() == QImage::Format_Indexed8)
        m_qimage.setColorTable(ColourMaps::table(map));
    update();
    emit viewChanged();
}

void Viewport::resetView()
{
    m_rotation = 0;
    m_flipH = m_flipV = false;
    m_invert = false;
    m_colourMap = ColourMap::Grey;
    renderDisplay();
    fitToWindow();
}

void Viewport::setTool(Tool tool)
{
    cancelDraft();
    m_tool = tool;
    setCursor(isAnnotationTool(tool) ? Qt::CrossCursor : tool == Tool::Pan ? Qt::OpenHandCursor : Qt::ArrowCursor);
}

void Viewport::setActive(bool active)
{
    m_active = active;
    update();
}

bool Viewport::exportPng(const QString &path) { return grab().toImage().save(path, "PNG"); }

void Viewport::resizeEvent(QResizeEvent *)
{
    if (m_fit)
        fitToWindow();
}

// --- window/level -----------------------------------------------------------------------------

double Viewport::windowSensitivity() const { return std::max(0.5, std::abs(m_pressVoi.width) / 256.0); }

imaging::VoiSetting Viewport::windowFromCurrent() const
{
    const imaging::VoiSetting v = voi();
    if (v.kind == imaging::VoiSetting::Kind::Window)
        return v;
    // A VOI LUT cannot be dragged: start from the file's window, else the full range.
    const auto img = currentImage();
    dicom::DicomInfo info = *img->info;
    info.voiLuts.clear();
    return imaging::defaultVoi(img->frame, info);
}

// --- annotations ------------------------------------------------------------------------------

Annotation *Viewport::findAnnotation(int id)
{
    for (Annotation &a : m_annotations)
        if (a.id == id)
            return &a;
    return nullptr;
}

QString Viewport::measurementText(int id) const
{
    for (const Annotation &a : m_annotations)
        if (a.id == id)
            return a.value;
    return {};
}

void Viewport::updateMeasurement(Annotation &a) const
{
    const auto img = currentImage();
    if (img && img->key() == a.imageKey)
        a.value = AnnotationText::measure(a, *img);
}

void Viewport::remeasureAll()
{
    for (Annotation &a : m_annotations) {
        if (a.kind == Tool::Text || a.kind == Tool::Arrow)
            continue; // their value is the user's own text
        const int index = m_series ? m_series->indexOf(a.imageKey) : -1;
        if (index >= 0)
            a.value = AnnotationText::measure(a, *m_series->images()[size_t(index)]);
    }
}

void Viewport::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        // Overlays are translated while painting; measured texts are stored, so measure again.
        remeasureAll();
        update();
        emit annotationsChanged();
    }
    QWidget::changeEvent(event);
}

void Viewport::removeAnnotation(int id)
{
    m_annotations.removeIf([id](const Annotation &a) { return a.id == id; });
    if (m_selected == id)
        m_selected = 0;
    update();
    emit annotationsChanged();
}

void Viewport::setAnnotationLabel(int id, const QString &label)
{
    if (Annotation *a = findAnnotation(id)) {
        a->label = label;
        if (a->kind == Tool::Text || a->kind == Tool::Arrow)
            a->value = label;
        update();
        emit annotationsChanged();
    }
}

void Viewport::selectAnnotation(int id)
{
    if (m_selected == id)
        return;
    m_selected = id;
    if (const Annotation *a = findAnnotation(id))
        showImage(a->imageKey);
    update();
    emit annotationSelected(id);
}

void Viewport::clearAnnotations()
{
    m_annotations.clear();
    m_selected = 0;
    cancelDraft();
    update();
    emit annotationsChanged();
}

void Viewport::cancelDraft()
{
    if (m_draft) {
        m_draft.reset();
        m_drag = Drag::None;
        update();
    }
}

void Viewport::finishDraft()
{
    if (!m_draft)
        return;
    Annotation a = *m_draft;
    m_draft.reset();
    m_drag = Drag::None;
    const int needed = pointsNeeded(a.kind);
    if ((needed > 0 && int(a.points.size()) < needed) || (needed == 0 && a.points.size() < 3)) {
        update();
        return;
    }
    if (a.kind == Tool::Text || a.kind == Tool::Arrow) {
        bool ok = false;
        const QString text = QInputDialog::getText(this, AnnotationText::toolName(a.kind), tr("Text:"), QLineEdit::Normal, {}, &ok);
        if (a.kind == Tool::Text && (!ok || text.isEmpty())) {
            update();
            return;
        }
        a.label = text;
    }
    a.id = m_nextId++;
    updateMeasurement(a);
    m_annotations.append(a);
    m_selected = a.id;
    update();
    emit annotationsChanged();
    emit annotationSelected(a.id);
}

std::optional<std::pair<int, int>> Viewport::handleAt(const QPointF &widgetPos) const
{
    for (const Annotation &a : m_annotations) {
        if (a.imageKey != m_imageKey)
            continue;
        for (size_t i = 0; i < a.points.size(); ++i) {
            const QPointF d = mapFromImage(a.points[i]) - widgetPos;
            if (std::hypot(d.x(), d.y()) <= kHandleRadius)
                return std::pair{a.id, int(i)};
        }
    }
    return std::nullopt;
}

// --- mouse and keys ---------------------------------------------------------------------------

void Viewport::mousePressEvent(QMouseEvent *e)
{
    emit activated(this);
    setFocus(Qt::MouseFocusReason);
    const auto img = currentImage();
    if (!img)
        return;
    m_pressPos = m_lastPos = e->position();
    m_pressVoi = voi();
    m_pressZoom = m_zoom;
    m_pressPan = m_pan;
    const QPointF ip = mapToImage(e->position());

    if (e->button() == Qt::RightButton || (e->button() == Qt::LeftButton && m_tool == Tool::WindowLevel && !handleAt(e->position()))) {
        if (isGreyscale()) {
            m_pressVoi = windowFromCurrent();
            m_drag = Drag::Window;
        }
        return;
    }
    if (e->button() == Qt::MiddleButton || (e->button() == Qt::LeftButton && m_tool == Tool::Pan)) {
        m_drag = Drag::Pan;
        return;
    }
    if (e->button() != Qt::LeftButton)
        return;
    if (m_tool == Tool::Zoom) {
        m_drag = Drag::Zoom;
        return;
    }
    if (m_tool == Tool::Magnifier) {
        m_drag = Drag::Magnify;
        update();
        return;
    }
    if (!m_draft) {
        if (const auto h = handleAt(e->position())) {
            m_handle = *h;
            m_drag = Drag::Handle;
            selectAnnotation(h->first);
            return;
        }
    }
    if (!isAnnotationTool(m_tool))
        return;
    if (m_draft) { // click-placed shapes: fix the floating point, then add the next one
        m_draft->points.back() = ip;
        const int needed = pointsNeeded(m_tool);
        if (needed > 0 && int(m_draft->points.size()) >= needed)
            finishDraft();
        else
            m_draft->points.push_back(ip);
        update();
        return;
    }
    Annotation a;
    a.kind = m_tool;
    a.imageKey = m_imageKey;
    a.points = {ip};
    if (pointsNeeded(m_tool) != 1 && m_tool != Tool::Freehand)
        a.points.push_back(ip); // the floating / dragged point
    m_draft = a;
    m_drag = m_tool == Tool::Freehand ? Drag::Freehand : (isDragShape(m_tool) || pointsNeeded(m_tool) == 1) ? Drag::Shape : Drag::None;
    update();
}

void Viewport::mouseMoveEvent(QMouseEvent *e)
{
    const QPointF pos = e->position();
    const QPointF ip = mapToImage(pos);
    switch (m_drag) {
    case Drag::Window: {
        const QPointF d = pos - m_pressPos;
        const double s = windowSensitivity();
        imaging::VoiSetting v = m_pressVoi;
        v.width = std::max(1.0, m_pressVoi.width + d.x() * s);
        v.center = m_pressVoi.center + d.y() * s;
        setVoi(v);
        break;
    }
    case Drag::Pan:
        setPan(m_pressPan + (pos - m_pressPos));
        break;
    case Drag::Zoom:
        setZoom(m_pressZoom * std::pow(1.01, m_pressPos.y() - pos.y()), m_pressPos);
        break;
    case Drag::Magnify:
        update();
        break;
    case Drag::Shape:
        if (m_draft) {
            m_draft->points.back() = ip;
            updateMeasurement(*m_draft);
            update();
        }
        break;
    case Drag::Freehand:
        if (m_draft && QLineF(mapFromImage(m_draft->points.back()), pos).length() >= 2) {
            m_draft->points.push_back(ip);
            update();
        }
        break;
    case Drag::Handle:
        if (Annotation *a = findAnnotation(m_handle.first); a && m_handle.second < int(a->points.size())) {
            a->points[size_t(m_handle.second)] = ip;
            updateMeasurement(*a);
            update();
        }
        break;
    case Drag::None:
        if (m_draft) { // angle, Cobb, polygon: the next point follows the mouse
            m_draft->points.back() = ip;
            update();
        }
        break;
    }
    m_lastPos = pos;
}

void Viewport::mouseReleaseEvent(QMouseEvent *e)
{
    const Drag drag = m_drag;
    m_drag = Drag::None;
    if (drag == Drag::Shape || drag == Drag::Freehand) {
        if (m_draft && drag == Drag::Shape && m_draft->points.size() == 2
            && QLineF(m_pressPos, e->position()).length() < 3) {
            // A click instead of a drag on a two-point shape: nothing to measure.
            cancelDraft();
            return;
        }
        finishDraft();
    } else if (drag == Drag::Handle) {
        emit annotationsChanged();
    } else if (drag == Drag::Magnify) {
        update();
    }
}

void Viewport::mouseDoubleClickEvent(QMouseEvent *e)
{
    if (m_draft && m_draft->kind == Tool::Polygon) {
        // The double click's first press added a point on top of the last one: drop duplicates.
        while (m_draft->points.size() > 1 && QLineF(m_draft->points.back(), m_draft->points[m_draft->points.size() - 2]).length() < 0.5)
            m_draft->points.pop_back();
        finishDraft();
        return;
    }
    if (e->button() == Qt::LeftButton && !isAnnotationTool(m_tool))
        fitToWindow();
}

void Viewport::wheelEvent(QWheelEvent *e)
{
    const int steps = e->angleDelta().y() / 120;
    if (steps == 0)
        return;
    if (e->modifiers() & Qt::ControlModifier)
        setZoom(m_zoom * std::pow(1.15, steps), e->position());
    else
        step(-steps);
    e->accept();
}

void Viewport::keyPressEvent(QKeyEvent *e)
{
    switch (e->key()) {
    case Qt::Key_Up:
    case Qt::Key_Left:
        step(-1);
        break;
    case Qt::Key_Down:
    case Qt::Key_Right:
        step(1);
        break;
    case Qt::Key_PageUp:
        step(-10);
        break;
    case Qt::Key_PageDown:
        step(10);
        break;
    case Qt::Key_Home:
        setCurrentIndex(0);
        break;
    case Qt::Key_End:
        setCurrentIndex(m_series ? m_series->size() - 1 : 0);
        break;
    case Qt::Key_Escape:
        cancelDraft();
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_draft && m_draft->kind == Tool::Polygon) {
            m_draft->points.pop_back(); // the floating point
            finishDraft();
        }
        break;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        if (m_selected)
            removeAnnotation(m_selected);
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        setZoom(m_zoom * 1.25);
        break;
    case Qt::Key_Minus:
        setZoom(m_zoom / 1.25);
        break;
    default:
        if (e->key() >= Qt::Key_1 && e->key() <= Qt::Key_9 && isGreyscale()) {
            applyPreset(e->key() - Qt::Key_0);
            break;
        }
        QWidget::keyPressEvent(e);
        return;
    }
    e->accept();
}

} // namespace cliniclink::ui::viewer
