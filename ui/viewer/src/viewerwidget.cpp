#include "cliniclink/ui/viewer/viewerwidget.h"

#include <QEvent>

#include "cliniclink/imaging/seriesloader.h"
#include "cliniclink/ui/viewer/measurementlist.h"
#include "cliniclink/ui/viewer/presetsdialog.h"
#include "cliniclink/ui/viewer/thumbnailstrip.h"
#include "cliniclink/ui/viewer/viewport.h"

#include <QActionGroup>
#include <QComboBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QSpinBox>
#include <QSplitter>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace cliniclink::ui::viewer {

namespace {
constexpr int kMaxViews = 4;
}

QString ViewerWidget::presetDisplayName(const QString &name)
{
    // The built-in presets carry English names (imaging has no UI text); configured ones are shown as typed.
    static const char *const kBuiltIn[] = {QT_TR_NOOP("Brain"), QT_TR_NOOP("Subdural"), QT_TR_NOOP("Stroke"),
                                           QT_TR_NOOP("Lung"), QT_TR_NOOP("Mediastinum"), QT_TR_NOOP("Abdomen"),
                                           QT_TR_NOOP("Liver"), QT_TR_NOOP("Bone")};
    for (const char *n : kBuiltIn)
        if (name == QLatin1String(n))
            return tr(n);
    return name;
}

ViewerWidget::ViewerWidget(QWidget *parent) : QWidget(parent)
{
    m_loader = new imaging::SeriesLoader(this);
    m_thumbnails = new ThumbnailStrip(this);
    m_thumbnails->setLoader(m_loader);
    m_measurements = new MeasurementList(this);

    auto *views = new QWidget(this);
    m_grid = new QGridLayout(views);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(2);
    for (int i = 0; i < kMaxViews; ++i) {
        auto *v = new Viewport(views);
        m_grid->addWidget(v, i / 2, i % 2);
        m_viewports << v;
        connect(v, &Viewport::activated, this, &ViewerWidget::setActiveViewport);
        connect(v, &Viewport::windowChanged, this, [this, v] {
            if (v == m_active)
                m_status->setText(tr("Window %1, centre %2").arg(v->voi().width, 0, 'f', 0).arg(v->voi().center, 0, 'f', 0));
        });
    }

    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(240);
    m_progress->hide();
    m_status = new QLabel(this);

    m_cine = new QTimer(this);
    connect(m_cine, &QTimer::timeout, this, [this] {
        if (m_active)
            m_active->step(1, true);
    });

    buildToolbar();
    m_retranslators.push_back([this] {
        setWindowTitle(tr("Images")); // the main window's navigation entry follows this title
        m_progress->setFormat(tr("%v / %m files"));
        if (m_loader->filesTotal() > 0)
            onProgress(m_loader->filesDone(), m_loader->filesTotal()); // the status line
    });
    retranslateUi();

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_thumbnails);
    splitter->addWidget(views);
    splitter->addWidget(m_measurements);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({150, 800, 380});

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_progress);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_toolbar);
    layout->addWidget(splitter, 1);
    layout->addLayout(statusRow);

    connect(m_thumbnails, &ThumbnailStrip::seriesActivated, this, &ViewerWidget::showSeries);
    connect(m_loader, &imaging::SeriesLoader::seriesAdded, this, &ViewerWidget::onSeriesAdded);
    connect(m_loader, &imaging::SeriesLoader::seriesChanged, this, [this](int index) {
        const auto &s = m_loader->series()[size_t(index)];
        for (Viewport *v : std::as_const(m_viewports))
            if (v->series() == s)
                v->seriesUpdated();
    });
    connect(m_loader, &imaging::SeriesLoader::progress, this, &ViewerWidget::onProgress);
    connect(m_loader, &imaging::SeriesLoader::finished, this, &ViewerWidget::loadFinished);

    setWindowPresets(savedWindowPresets());
    setLayoutViews(1);
    setActiveViewport(m_viewports.front());
}

ViewerWidget::~ViewerWidget()
{
    // Stop the workers before the views they feed go away.
    m_loader->disconnect(this);
    delete m_loader;
}

void ViewerWidget::buildToolbar()
{
    m_toolbar = new QToolBar(this);
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    // Every text is set by a retranslator, run now and on each LanguageChange.
    auto text = [this](auto *target, auto fn) { m_retranslators.push_back([target, fn] { target->setText(fn()); }); };
    QAction *open = m_toolbar->addAction(QString(), this, &ViewerWidget::openFilesDialog);
    open->setShortcut(QKeySequence::Open);
    text(open, [] { return tr("Open files…"); });
    text(m_toolbar->addAction(QString(), this, &ViewerWidget::openFolderDialog), [] { return tr("Open folder…"); });
    text(m_toolbar->addAction(QString(), this, &ViewerWidget::openDicomDirDialog), [] { return tr("Open DICOMDIR…"); });
    m_toolbar->addSeparator();

    auto *layouts = new QActionGroup(this);
    for (const int n : {1, 4}) {
        QAction *a = m_toolbar->addAction(QString(), this, [this, n] { setLayoutViews(n); });
        text(a, [n] { return n == 1 ? tr("1×1") : tr("2×2"); });
        a->setCheckable(true);
        a->setChecked(n == 1);
        a->setData(n);
        layouts->addAction(a);
        m_layoutActions << a;
    }
    m_toolbar->addSeparator();

    m_tools = new QActionGroup(this);
    const QList<Tool> tools{Tool::WindowLevel, Tool::Pan, Tool::Zoom, Tool::Magnifier, Tool::Ruler, Tool::Angle, Tool::Cobb,
                            Tool::Rectangle, Tool::Ellipse, Tool::Polygon, Tool::Freehand, Tool::Probe, Tool::Arrow, Tool::Text};
    auto *toolMenu = new QMenu(this);
    for (Tool t : tools) {
        QAction *a = (isAnnotationTool(t) ? toolMenu->addAction(QString()) : m_toolbar->addAction(QString()));
        text(a, [t] { return AnnotationText::toolName(t); });
        a->setCheckable(true);
        a->setData(int(t));
        a->setChecked(t == Tool::WindowLevel);
        m_tools->addAction(a);
        connect(a, &QAction::triggered, this, [this, t] { setTool(t); });
    }
    auto *measure = new QToolButton(this);
    text(measure, [] { return tr("Measure"); });
    measure->setMenu(toolMenu);
    measure->setPopupMode(QToolButton::InstantPopup);
    m_toolbar->addWidget(measure);
    m_toolbar->addSeparator();

    auto onActive = [this](auto fn) { return [this, fn] { if (m_active) fn(m_active); }; };
    auto viewAction = [&](auto fn, QKeySequence key) {
        QAction *a = m_toolbar->addAction(QString(), this, onActive(fn));
        a->setShortcut(key);
        return a;
    };
    text(viewAction([](Viewport *v) { v->fitToWindow(); }, Qt::Key_F), [] { return tr("Fit"); });
    text(viewAction([](Viewport *v) { v->actualSize(); }, {}), [] { return tr("1:1"); });
    text(viewAction([](Viewport *v) { v->rotate90(); }, Qt::Key_R), [] { return tr("Rotate 90°"); });
    text(viewAction([](Viewport *v) { v->flipHorizontal(); }, Qt::Key_H), [] { return tr("Flip H"); });
    text(viewAction([](Viewport *v) { v->flipVertical(); }, Qt::Key_V), [] { return tr("Flip V"); });
    m_invert = m_toolbar->addAction(QString());
    text(m_invert, [] { return tr("Invert"); });
    m_invert->setCheckable(true);
    m_invert->setShortcut(Qt::Key_I);
    connect(m_invert, &QAction::toggled, this, [this](bool on) {
        if (m_active)
            m_active->setInverted(on);
    });

    m_windowMenu = new QMenu(this);
    connect(m_windowMenu, &QMenu::aboutToShow, this, &ViewerWidget::rebuildWindowMenu);
    auto *windows = new QToolButton(this);
    text(windows, [] { return tr("Window"); });
    windows->setMenu(m_windowMenu);
    windows->setPopupMode(QToolButton::InstantPopup);
    m_toolbar->addWidget(windows);

    m_colourMaps = new QComboBox(this);
    for (ColourMap m : ColourMaps::all())
        m_colourMaps->addItem(ColourMaps::name(m), int(m));
    m_retranslators.push_back([this] {
        for (int i = 0; i < m_colourMaps->count(); ++i)
            m_colourMaps->setItemText(i, ColourMaps::name(ColourMap(m_colourMaps->itemData(i).toInt())));
        m_colourMaps->setToolTip(tr("Pseudo-colour"));
    });
    connect(m_colourMaps, &QComboBox::activated, this, [this](int i) {
        if (m_active)
            m_active->setColourMap(ColourMap(m_colourMaps->itemData(i).toInt()));
    });
    m_toolbar->addWidget(m_colourMaps);
    m_toolbar->addSeparator();

    m_play = m_toolbar->addAction(QString());
    text(m_play, [] { return tr("Play"); });
    m_play->setCheckable(true);
    m_play->setShortcut(Qt::Key_Space);
    connect(m_play, &QAction::toggled, this, &ViewerWidget::setCineRunning);
    m_fps = new QSpinBox(this);
    m_fps->setRange(1, 60);
    m_fps->setValue(10);
    m_retranslators.push_back([this] {
        m_fps->setSuffix(tr(" fps"));
        m_fps->setToolTip(tr("Cine speed (frames per second)"));
    });
    connect(m_fps, &QSpinBox::valueChanged, this, [this](int fps) { m_cine->setInterval(1000 / fps); });
    m_toolbar->addWidget(m_fps);
    m_toolbar->addSeparator();
    text(m_toolbar->addAction(QString(), this, &ViewerWidget::exportDialog), [] { return tr("Export PNG…"); });

    // Single-key shortcuts act only while the focus is inside the viewer (the shell has forms too).
    for (QAction *a : m_toolbar->actions())
        if (!a->shortcut().isEmpty()) {
            a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
            addAction(a);
        }
}

void ViewerWidget::rebuildWindowMenu()
{
    m_windowMenu->clear();
    auto addEdit = [this] {
        m_windowMenu->addSeparator();
        m_windowMenu->addAction(tr("Edit presets…"), this, &ViewerWidget::editPresets);
    };
    if (!m_active || !m_active->currentImage() || !m_active->isGreyscale()) {
        m_windowMenu->addAction(m_active && m_active->currentImage() ? tr("No window for colour images") : tr("No image"))->setEnabled(false);
        addEdit();
        return;
    }
    Viewport *v = m_active;
    const auto image = v->currentImage();
    const dicom::DicomInfo &info = *image->info;
    // Every window and VOI LUT in the file, then the presets with their keys.
    for (const dicom::WindowSetting &w : info.windows) {
        const QString text = tr("File: %1 (W %2, C %3)")
                                 .arg(w.explanation.isEmpty() ? tr("window") : w.explanation)
                                 .arg(w.width)
                                 .arg(w.center);
        m_windowMenu->addAction(text, this, [v, w] { v->setVoi(imaging::VoiSetting::window(w.center, w.width, w.function)); });
    }
    for (const dicom::LookupTable &lut : info.voiLuts)
        m_windowMenu->addAction(tr("File: VOI LUT %1").arg(lut.explanation), this, [v, lut] { v->setVoi(imaging::VoiSetting::fromLut(lut)); });
    m_windowMenu->addSeparator();
    const auto &presets = v->presets();
    for (int i = 0; i < presets.size(); ++i) {
        const auto &p = presets[i];
        m_windowMenu->addAction(tr("%1. %2 (W %3, C %4)").arg(i + 1).arg(presetDisplayName(p.name)).arg(p.width).arg(p.center), this,
                                [v, i] { v->applyPreset(i + 1); });
    }
    m_windowMenu->addAction(tr("9. Image default"), this, [v] { v->resetWindow(); });
    addEdit();
}

void ViewerWidget::setWindowPresets(const QList<imaging::WindowPreset> &presets)
{
    for (Viewport *v : std::as_const(m_viewports))
        v->setPresets(presets);
}

void ViewerWidget::editPresets()
{
    PresetsDialog dialog(m_viewports.front()->presets(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto presets = dialog.presets();
    saveWindowPresets(presets);
    setWindowPresets(presets);
}

void ViewerWidget::setTool(Tool tool)
{
    for (QAction *a : m_tools->actions())
        if (a->data().toInt() == int(tool))
            a->setChecked(true);
    for (Viewport *v : std::as_const(m_viewports))
        v->setTool(tool);
}

void ViewerWidget::setLayoutViews(int count)
{
    m_visibleViews = count >= 4 ? 4 : 1;
    for (QAction *a : std::as_const(m_layoutActions))
        a->setChecked(a->data().toInt() == m_visibleViews);
    for (int i = 0; i < kMaxViews; ++i)
        m_viewports[i]->setVisible(i < m_visibleViews);
    if (m_visibleViews == 4) {
        // Fill empty views with the next series not shown yet.
        int next = 0;
        for (Viewport *v : std::as_const(m_viewports)) {
            if (v->series())
                continue;
            while (next < int(m_loader->series().size())) {
                const auto &s = m_loader->series()[size_t(next++)];
                if (std::none_of(m_viewports.begin(), m_viewports.end(), [&](Viewport *o) { return o->series() == s; })) {
                    v->setSeries(s);
                    break;
                }
            }
        }
    }
    if (m_active && !m_active->isVisible())
        setActiveViewport(m_viewports.front());
    for (Viewport *v : std::as_const(m_viewports))
        v->setActive(m_visibleViews > 1 && v == m_active);
}

void ViewerWidget::setActiveViewport(Viewport *v)
{
    m_active = v;
    for (Viewport *o : std::as_const(m_viewports))
        o->setActive(m_visibleViews > 1 && o == v);
    m_measurements->setViewport(v);
    if (m_invert)
        m_invert->setChecked(v->isInverted());
    if (m_colourMaps)
        m_colourMaps->setCurrentIndex(m_colourMaps->findData(int(v->colourMap())));
}

void ViewerWidget::showSeries(int index)
{
    if (!m_active || index < 0 || index >= int(m_loader->series().size()))
        return;
    m_active->setSeries(m_loader->series()[size_t(index)]);
    if (m_invert)
        m_invert->setChecked(false);
    m_colourMaps->setCurrentIndex(0);
}

void ViewerWidget::onSeriesAdded(int index)
{
    // The first image appears as soon as it is decoded; in 2×2, new series fill empty views.
    for (int i = 0; i < m_visibleViews; ++i)
        if (!m_viewports[i]->series()) {
            m_viewports[i]->setSeries(m_loader->series()[size_t(index)]);
            return;
        }
}

void ViewerWidget::onProgress(int done, int total)
{
    m_progress->setMaximum(std::max(1, total));
    m_progress->setValue(done);
    m_progress->setVisible(done < total);
    const int failed = m_loader->filesFailed();
    if (done < total)
        m_status->setText(tr("Loading %1 of %2 files…").arg(done).arg(total));
    else if (failed > 0)
        m_status->setText(tr("%n file(s) could not be read.", nullptr, failed));
    else
        m_status->setText(tr("%n file(s) loaded.", nullptr, total));
}

void ViewerWidget::openPaths(const QStringList &paths)
{
    setCineRunning(false);
    for (Viewport *v : std::as_const(m_viewports)) {
        v->setSeries(nullptr);
        v->clearAnnotations();
    }
    m_thumbnails->clear();
    m_loader->clear();
    m_loader->load(paths);
}

void ViewerWidget::openFilesDialog()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Open DICOM files"), {}, tr("DICOM files (*.dcm *.DCM *);;All files (*)"));
    if (!files.isEmpty())
        openPaths(files);
}

void ViewerWidget::openDicomDirDialog()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Open a DICOMDIR (CD/DVD)"), {}, tr("DICOMDIR (DICOMDIR dicomdir)"));
    if (!file.isEmpty())
        openPaths({file});
}

void ViewerWidget::openFolderDialog()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open a folder of DICOM files"));
    if (!dir.isEmpty())
        openPaths({dir});
}

void ViewerWidget::setCineRunning(bool running)
{
    if (running)
        m_cine->start(1000 / std::max(1, m_fps->value()));
    else
        m_cine->stop();
    if (m_play->isChecked() != running)
        m_play->setChecked(running);
}

bool ViewerWidget::isCineRunning() const { return m_cine->isActive(); }

bool ViewerWidget::exportActiveView(const QString &path) { return m_active && m_active->exportPng(path); }

void ViewerWidget::exportDialog()
{
    if (!m_active || !m_active->currentImage())
        return;
    QString path = QFileDialog::getSaveFileName(this, tr("Export view as PNG"), {}, tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))
        path += QStringLiteral(".png");
    if (!exportActiveView(path))
        QMessageBox::warning(this, tr("Export view as PNG"), tr("The image could not be written."));
}

void ViewerWidget::retranslateUi()
{
    for (const auto &fn : m_retranslators)
        fn();
}

void ViewerWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace cliniclink::ui::viewer
