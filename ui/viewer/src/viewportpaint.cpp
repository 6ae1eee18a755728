// Painting of Viewport: image, annotations, magnifier and corner overlays.
#include "cliniclink/ui/viewer/overlaytext.h"
#include "cliniclink/ui/viewer/viewport.h"

#include "cliniclink/imaging/calibration.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace cliniclink::ui::viewer {

namespace {
constexpr int kMargin = 6;
constexpr double kLensRadius = 90;
constexpr double kLensFactor = 2.5;

const QColor kAnnotationColour(255, 220, 0);
const QColor kSelectedColour(0, 230, 255);

// Text readable on any grey: white with a dark halo.
void drawOutlinedText(QPainter &p, const QPointF &baseline, const QString &text, const QColor &colour = Qt::white)
{
    p.setPen(QColor(0, 0, 0, 200));
    for (const QPointF d : {QPointF(-1, 0), QPointF(1, 0), QPointF(0, -1), QPointF(0, 1)})
        p.drawText(baseline + d, text);
    p.setPen(colour);
    p.drawText(baseline, text);
}

// Lines of a corner block; `right` aligns them to the right edge, `bottom` stacks them upwards.
void drawCorner(QPainter &p, const QRect &area, const QStringList &lines, bool right, bool bottom)
{
    const QFontMetrics fm = p.fontMetrics();
    const int step = fm.lineSpacing();
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines[i];
        const int y = bottom ? area.bottom() - kMargin - (int(lines.size()) - 1 - i) * step - fm.descent()
                             : area.top() + kMargin + fm.ascent() + i * step;
        const int x = right ? area.right() - kMargin - fm.horizontalAdvance(line) : area.left() + kMargin;
        drawOutlinedText(p, QPointF(x, y), line);
    }
}

// A small coloured box with text, stacked from the bottom-right corner upwards.
int drawBadge(QPainter &p, const QRect &area, int bottom, const QString &text, const QColor &background)
{
    const QFontMetrics fm = p.fontMetrics();
    const QRect box(area.right() - kMargin - fm.horizontalAdvance(text) - 8, bottom - fm.height() - 4,
                    fm.horizontalAdvance(text) + 8, fm.height() + 4);
    p.fillRect(box, background);
    p.setPen(Qt::white);
    p.drawText(box, Qt::AlignCenter, text);
    return box.top() - 3;
}
} // namespace

void Viewport::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), Qt::black);
    if (m_qimage.isNull()) {
        p.setPen(QColor(160, 160, 160));
        p.drawText(rect(), Qt::AlignCenter, m_series ? tr("Loading…") : tr("Open files or a folder to view images"));
    } else {
        paintImage(p);
        p.setRenderHint(QPainter::Antialiasing);
        for (const Annotation &a : m_annotations)
            if (a.imageKey == m_imageKey)
                paintAnnotation(p, a, a.id == m_selected, false);
        if (m_draft)
            paintAnnotation(p, *m_draft, false, true);
        if (m_drag == Drag::Magnify)
            paintMagnifier(p);
        paintOverlays(p);
    }
    if (m_active) {
        p.setPen(QPen(QColor(255, 170, 0), 2));
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
    }
}

void Viewport::paintImage(QPainter &p)
{
    p.save();
    p.setTransform(imageToWidget());
    // Interpolate when shrinking (avoids aliasing) and at moderate magnification; show pixels
    // as squares at high zoom, where radiologists want to see them.
    p.setRenderHint(QPainter::SmoothPixmapTransform, m_zoom < 4);
    p.drawImage(QPointF(0, 0), m_qimage);
    p.restore();
}

void Viewport::paintMagnifier(QPainter &p)
{
    const QPointF c = m_lastPos;
    QPainterPath lens;
    lens.addEllipse(c, kLensRadius, kLensRadius);
    p.save();
    p.setClipPath(lens);
    p.fillPath(lens, Qt::black);
    QTransform t;
    t.translate(c.x(), c.y());
    t.scale(kLensFactor, kLensFactor);
    t.translate(-c.x(), -c.y());
    p.setTransform(imageToWidget() * t);
    p.setRenderHint(QPainter::SmoothPixmapTransform, m_zoom * kLensFactor < 4);
    p.drawImage(QPointF(0, 0), m_qimage);
    p.restore();
    p.setPen(QPen(QColor(255, 255, 255, 200), 2));
    p.setBrush(Qt::NoBrush);
    p.drawEllipse(c, kLensRadius, kLensRadius);
}

void Viewport::paintAnnotation(QPainter &p, const Annotation &a, bool selected, bool draft)
{
    const QColor colour = selected ? kSelectedColour : kAnnotationColour;
    QPen pen(colour, 1.5);
    if (draft)
        pen.setStyle(Qt::DashLine);
    std::vector<QPointF> w; // widget coordinates
    for (const QPointF &pt : a.points)
        w.push_back(mapFromImage(pt));
    if (w.empty())
        return;
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);

    switch (a.kind) {
    case Tool::Ruler:
    case Tool::Angle:
        for (size_t i = 1; i < w.size(); ++i)
            p.drawLine(w[i - 1], w[i]);
        break;
    case Tool::Cobb:
        p.drawLine(w[0], w[1]);
        if (w.size() >= 4)
            p.drawLine(w[2], w[3]);
        else if (w.size() == 3)
            p.drawPoint(w[2]);
        break;
    case Tool::Arrow: {
        p.drawLine(w[0], w[1]);
        // The head sits at the first point (where the user pressed: "look here").
        const QLineF shaft(w[0], w[1]);
        if (shaft.length() > 1) {
            const double angle = std::atan2(shaft.dy(), shaft.dx());
            for (double side : {-0.45, 0.45})
                p.drawLine(w[0], w[0] + QPointF(std::cos(angle + side), std::sin(angle + side)) * 12);
        }
        break;
    }
    case Tool::Rectangle:
    case Tool::Ellipse:
        if (w.size() >= 2) {
            // Drawn in image space so rotation and flips keep the shape aligned with the pixels.
            p.save();
            p.setTransform(imageToWidget());
            QPen cosmetic = pen;
            cosmetic.setCosmetic(true);
            p.setPen(cosmetic);
            const QRectF r = QRectF(a.points[0], a.points[1]).normalized();
            if (a.kind == Tool::Rectangle)
                p.drawRect(r);
            else
                p.drawEllipse(r);
            p.restore();
        }
        break;
    case Tool::Polygon:
    case Tool::Freehand: {
        QPolygonF poly;
        for (const QPointF &pt : w)
            poly << pt;
        if (draft)
            p.drawPolyline(poly);
        else
            p.drawPolygon(poly);
        break;
    }
    case Tool::Probe:
        p.drawLine(w[0] + QPointF(-6, 0), w[0] + QPointF(6, 0));
        p.drawLine(w[0] + QPointF(0, -6), w[0] + QPointF(0, 6));
        break;
    case Tool::Text:
        break;
    default:
        break;
    }

    // Handles show that points can be dragged.
    if (!draft && a.kind != Tool::Freehand && a.kind != Tool::Text) {
        p.setPen(QPen(colour, 1));
        for (const QPointF &pt : w)
            p.drawRect(QRectF(pt - QPointF(3, 3), QSizeF(6, 6)));
    }

    QString text = a.kind == Tool::Text ? a.label : a.value;
    if (!a.label.isEmpty() && a.kind != Tool::Text && a.kind != Tool::Arrow)
        text = a.label + QStringLiteral(": ") + text;
    if (text.isEmpty())
        return;
    // Label beside the right-most point, kept inside the view.
    QPointF anchor = w[0];
    for (const QPointF &pt : w)
        if (pt.x() > anchor.x())
            anchor = pt;
    const QFontMetrics fm = p.fontMetrics();
    const QStringList lines = text.split(QStringLiteral("; "));
    int textWidth = 0;
    for (const QString &l : lines)
        textWidth = std::max(textWidth, fm.horizontalAdvance(l));
    QPointF at = anchor + QPointF(10, -4);
    at.setX(std::clamp(at.x(), 2.0, std::max(2.0, width() - textWidth - 4.0)));
    at.setY(std::clamp(at.y(), double(fm.ascent() + 2), std::max(double(fm.ascent() + 2), height() - lines.size() * fm.lineSpacing() - 2.0)));
    for (int i = 0; i < lines.size(); ++i)
        drawOutlinedText(p, at + QPointF(0, i * fm.lineSpacing()), lines[i], colour);
}

void Viewport::paintOverlays(QPainter &p)
{
    const auto img = currentImage();
    if (!img)
        return;
    const dicom::DicomInfo &info = *img->info;
    QFont f = font();
    f.setPointSizeF(std::max(8.0, f.pointSizeF()));
    p.setFont(f);
    const QRect area = rect();

    drawCorner(p, area, OverlayText::topLeft(info), false, false);
    drawCorner(p, area, OverlayText::topRight(*img, m_index, m_series ? m_series->size() : 1), true, false);

    QStringList bottomLeft;
    const imaging::VoiSetting v = voi();
    if (!isGreyscale())
        bottomLeft << tr("Colour image");
    else if (v.kind == imaging::VoiSetting::Kind::Lut)
        bottomLeft << tr("VOI LUT %1").arg(v.lut.explanation);
    else
        bottomLeft << tr("W %1  C %2").arg(v.width, 0, 'f', v.width < 10 ? 2 : 0).arg(v.center, 0, 'f', std::abs(v.center) < 10 ? 2 : 0);
    QString view = tr("Zoom %1%").arg(m_zoom * 100, 0, 'f', 0);
    if (m_rotation)
        view += tr("  Rotated %1°").arg(m_rotation);
    if (m_flipH)
        view += tr("  Flipped H");
    if (m_flipV)
        view += tr("  Flipped V");
    if (m_invert)
        view += tr("  Inverted");
    bottomLeft << view;
    drawCorner(p, area, bottomLeft, false, true);

    // Badges: calibration (always), lossy compression, guessed character set.
    const imaging::Calibration cal = imaging::calibrationFor(info);
    int bottom = area.bottom() - kMargin;
    const QColor calColour = cal.source == dicom::SpacingSource::PixelSpacing                  ? QColor(30, 120, 50)
                             : cal.source == dicom::SpacingSource::None                        ? QColor(150, 40, 40)
                                                                                               : QColor(170, 110, 0);
    QString calText = cal.isPhysical() ? tr("mm: %1").arg(AnnotationText::calibrationName(cal.source)) : tr("px: uncalibrated");
    if (!cal.isPhysical() && !info.ultrasoundRegions.empty())
        calText = tr("mm inside ultrasound regions"); // measurements take the region under their points
    bottom = drawBadge(p, area, bottom, calText, info.ultrasoundRegions.empty() ? calColour : QColor(170, 110, 0));
    if (info.lossyCompressed)
        bottom = drawBadge(p, area, bottom, tr("LOSSY"), QColor(190, 0, 0));
    if (info.charsetGuessed)
        bottom = drawBadge(p, area, bottom, tr("character set guessed"), QColor(120, 80, 0));
}

} // namespace cliniclink::ui::viewer
