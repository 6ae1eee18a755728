#pragma once

#include "cliniclink/imaging/presets.h"
#include "cliniclink/ui/viewer/annotation.h"

#include <QList>
#include <QWidget>

#include <functional>
#include <vector>

class QAction;
class QActionGroup;
class QComboBox;
class QGridLayout;
class QLabel;
class QMenu;
class QProgressBar;
class QSpinBox;
class QTimer;
class QToolBar;

namespace cliniclink::imaging {
class SeriesLoader;
}

namespace cliniclink::ui::viewer {

class MeasurementList;
class ThumbnailStrip;
class Viewport;

// The 2D viewer: toolbar, series thumbnails, one or 2×2 views, measurement list, load progress.
// Files decode in the background; the first image shows as soon as it is decoded.
class ViewerWidget : public QWidget {
    Q_OBJECT
public:
    explicit ViewerWidget(QWidget *parent = nullptr);
    ~ViewerWidget() override;

    // Files and folders; replaces what is shown.
    void openPaths(const QStringList &paths);
    imaging::SeriesLoader *loader() const { return m_loader; }

    // 1 (single view) or 4 (2×2).
    void setLayoutViews(int count);
    int layoutViews() const { return m_visibleViews; }
    Viewport *activeViewport() const { return m_active; }
    Viewport *viewport(int i) const { return m_viewports.value(i); }
    MeasurementList *measurementList() const { return m_measurements; }
    ThumbnailStrip *thumbnails() const { return m_thumbnails; }

    void setTool(Tool tool);
    void setCineRunning(bool running);
    bool isCineRunning() const;
    bool exportActiveView(const QString &path);
    // Keys 1..8 of every view; the configured list is loaded from QSettings at start.
    void setWindowPresets(const QList<imaging::WindowPreset> &presets);
    // Opens the presets dialog; accepted changes are saved and apply to every view.
    void editPresets();
    // A window preset's name in the current language.
    static QString presetDisplayName(const QString &name);

signals:
    void loadFinished();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildToolbar();
    void setActiveViewport(Viewport *v);
    void showSeries(int index);
    void onSeriesAdded(int index);
    void onProgress(int done, int total);
    void rebuildWindowMenu();
    void openFilesDialog();
    void openFolderDialog();
    void openDicomDirDialog();
    void retranslateUi();
    void exportDialog();

    imaging::SeriesLoader *m_loader = nullptr;
    QToolBar *m_toolbar = nullptr;
    ThumbnailStrip *m_thumbnails = nullptr;
    QGridLayout *m_grid = nullptr;
    QList<Viewport *> m_viewports;
    Viewport *m_active = nullptr;
    int m_visibleViews = 1;
    MeasurementList *m_measurements = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QActionGroup *m_tools = nullptr;
    QList<QAction *> m_layoutActions;
    QMenu *m_windowMenu = nullptr;
    QComboBox *m_colourMaps = nullptr;
    QAction *m_invert = nullptr;
    QAction *m_play = nullptr;
    QSpinBox *m_fps = nullptr;
    QTimer *m_cine = nullptr;
    std::vector<std::function<void()>> m_retranslators; // set every text; rerun on LanguageChange
};

} // namespace cliniclink::ui::viewer
