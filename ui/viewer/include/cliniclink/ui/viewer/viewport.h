#pragma once

#include "cliniclink/imaging/imageseries.h"
#include "cliniclink/imaging/pixelpipeline.h"
#include "cliniclink/imaging/presets.h"
#include "cliniclink/ui/viewer/annotation.h"
#include "cliniclink/ui/viewer/colourmaps.h"

#include <QImage>
#include <QList>
#include <QWidget>

#include <memory>
#include <optional>

namespace cliniclink::ui::viewer {

// One image view of a series: the CPU display pipeline rendered into an 8-bit QImage and painted
// with QPainter transforms (no OpenGL), corner overlays, navigation and measurement tools.
// Right-drag is always window/level; middle-drag pans; the wheel scrolls through the series.
class Viewport : public QWidget {
    Q_OBJECT
public:
    explicit Viewport(QWidget *parent = nullptr);

    // Shows `series` from image `index` (default: the first); resets the view and window.
    void setSeries(std::shared_ptr<const imaging::ImageSeries> series, int index = 0);
    // The series grew or was re-sorted while loading: keep showing the same image.
    void seriesUpdated();
    std::shared_ptr<const imaging::ImageSeries> series() const { return m_series; }
    imaging::LoadedImagePtr currentImage() const;
    int currentIndex() const { return m_index; }
    void setCurrentIndex(int index);
    bool showImage(const QString &imageKey);
    // Moves through the series; with `wrap` past the end starts again (cine).
    void step(int delta, bool wrap = false);

    // Window/level in modality units (HU for CT).
    imaging::VoiSetting voi() const;
    void setWindow(double center, double width);
    void setVoi(const imaging::VoiSetting &voi);
    void resetWindow();
    // Keys 1..8: the configured presets; 9: the image's own window.
    void applyPreset(int number);
    void setPresets(const QList<imaging::WindowPreset> &presets) { m_presets = presets; }
    const QList<imaging::WindowPreset> &presets() const { return m_presets; }
    bool isGreyscale() const;

    double zoom() const { return m_zoom; }
    void setZoom(double zoom, std::optional<QPointF> anchor = {});
    void fitToWindow();
    void actualSize();
    QPointF pan() const { return m_pan; }
    void setPan(const QPointF &pan);
    void rotate90();
    int rotation() const { return m_rotation; }
    void flipHorizontal();
    void flipVertical();
    void setInverted(bool inverted);
    bool isInverted() const { return m_invert; }
    void setColourMap(ColourMap map);
    ColourMap colourMap() const { return m_colourMap; }
    void resetView();

    void setTool(Tool tool);
    Tool tool() const { return m_tool; }
    void setActive(bool active);
    bool isActive() const { return m_active; }

    // Annotations of every image shown in this view; `value` fields hold the measured text.
    const QList<Annotation> &annotations() const { return m_annotations; }
    QString measurementText(int id) const;
    void removeAnnotation(int id);
    void setAnnotationLabel(int id, const QString &label);
    void selectAnnotation(int id);
    int selectedAnnotation() const { return m_selected; }
    void clearAnnotations();

    QTransform imageToWidget() const;
    QPointF mapToImage(const QPointF &widgetPos) const;
    QPointF mapFromImage(const QPointF &imagePos) const;
    // The displayed 8-bit image (after W/L, before colour map and view transform).
    const imaging::DisplayImage &displayImage() const { return m_display; }
    bool exportPng(const QString &path);

    QSize sizeHint() const override { return {512, 512}; }

signals:
    void activated(cliniclink::ui::viewer::Viewport *viewport);
    void imageChanged(int index);
    void windowChanged(double center, double width);
    void viewChanged();
    void annotationsChanged();
    void annotationSelected(int id);

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    enum class Drag { None, Window, Pan, Zoom, Magnify, Shape, Freehand, Handle };

    void renderDisplay(); // runs the pixel pipeline into m_display / m_qimage
    void imageWasChanged();
    double windowSensitivity() const;
    imaging::VoiSetting windowFromCurrent() const;
    void finishDraft();
    void cancelDraft();
    void updateMeasurement(Annotation &a) const;
    // Measures every annotation again on its own image (e.g. in a new language).
    void remeasureAll();
    Annotation *findAnnotation(int id);
    std::optional<std::pair<int, int>> handleAt(const QPointF &widgetPos) const;
    // Painting, in viewportpaint.cpp.
    void paintImage(QPainter &p);
    void paintAnnotation(QPainter &p, const Annotation &a, bool selected, bool draft);
    void paintMagnifier(QPainter &p);
    void paintOverlays(QPainter &p);

    std::shared_ptr<const imaging::ImageSeries> m_series;
    int m_index = -1;
    QString m_imageKey;

    std::optional<imaging::VoiSetting> m_userVoi; // set once the user changes the window
    QList<imaging::WindowPreset> m_presets = imaging::defaultCtPresets();
    bool m_invert = false;
    ColourMap m_colourMap = ColourMap::Grey;
    imaging::DisplayImage m_display;
    QImage m_qimage;

    double m_zoom = 1;
    bool m_fit = true;
    QPointF m_pan;
    int m_rotation = 0;
    bool m_flipH = false, m_flipV = false;

    Tool m_tool = Tool::WindowLevel;
    bool m_active = false;

    Drag m_drag = Drag::None;
    QPointF m_pressPos, m_lastPos;
    imaging::VoiSetting m_pressVoi;
    double m_pressZoom = 1;
    QPointF m_pressPan;

    QList<Annotation> m_annotations;
    std::optional<Annotation> m_draft;
    int m_nextId = 1;
    int m_selected = 0;
    std::pair<int, int> m_handle{0, 0}; // annotation id, point index
};

} // namespace cliniclink::ui::viewer
