#include "cliniclink/ui/viewer/thumbnailstrip.h"

#include "cliniclink/imaging/pixelpipeline.h"
#include "cliniclink/imaging/seriesloader.h"
#include "cliniclink/ui/viewer/colourmaps.h"

#include <QEvent>
#include <QImage>
#include <QPainter>
#include <QPixmap>

namespace cliniclink::ui::viewer {

namespace {
constexpr int kIconSize = 96;

QIcon thumbnail(const imaging::LoadedImage &image)
{
    const imaging::DisplayImage d = imaging::renderFrame(image.frame, *image.info);
    const auto *bits = reinterpret_cast<const uchar *>(d.pixels.constData());
    QImage q = d.rgb ? QImage(bits, d.width, d.height, qsizetype(d.width) * 3, QImage::Format_RGB888)
                     : QImage(bits, d.width, d.height, d.width, QImage::Format_Indexed8);
    if (!d.rgb)
        q.setColorTable(ColourMaps::table(ColourMap::Grey));
    QPixmap icon(kIconSize, kIconSize);
    icon.fill(Qt::black);
    const QImage scaled = q.scaled(kIconSize, kIconSize, Qt::KeepAspectRatio, Qt::SmoothTransformation); // copies: d may go
    QPainter p(&icon);
    p.drawImage((kIconSize - scaled.width()) / 2, (kIconSize - scaled.height()) / 2, scaled);
    return QIcon(icon);
}
} // namespace

ThumbnailStrip::ThumbnailStrip(QWidget *parent) : QListWidget(parent)
{
    setViewMode(QListView::IconMode);
    setFlow(QListView::TopToBottom);
    setWrapping(false);
    setMovement(QListView::Static);
    setIconSize(QSize(kIconSize, kIconSize));
    setUniformItemSizes(true);
    setWordWrap(true);
    setFixedWidth(kIconSize + 48);
    connect(this, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) { emit seriesActivated(row(item)); });
    connect(this, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) { emit seriesActivated(row(item)); });
}

void ThumbnailStrip::setLoader(imaging::SeriesLoader *loader)
{
    m_loader = loader;
    clear();
    connect(loader, &imaging::SeriesLoader::seriesAdded, this, &ThumbnailStrip::addSeries);
    connect(loader, &imaging::SeriesLoader::seriesChanged, this, [this](int i) { updateSeries(i, false); });
    connect(loader, &imaging::SeriesLoader::finished, this, [this] {
        // The middle image is known only once the whole series is in.
        for (int i = 0; i < count(); ++i)
            updateSeries(i, true);
    });
}

void ThumbnailStrip::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        for (int i = 0; i < count(); ++i)
            updateSeries(i, false);
    QListWidget::changeEvent(event);
}

void ThumbnailStrip::addSeries(int index)
{
    // The loader inserts in series order; the rows follow it (a click's row is the series index).
    insertItem(index, new QListWidgetItem);
    updateSeries(index, true);
}

void ThumbnailStrip::updateSeries(int index, bool icon)
{
    if (!m_loader || index < 0 || index >= int(m_loader->series().size()) || index >= count())
        return;
    const auto &s = m_loader->series()[size_t(index)];
    const auto image = s->representative();
    if (!image)
        return;
    QListWidgetItem *it = item(index);
    const dicom::DicomInfo &info = *image->info;
    const QString description = info.seriesDescription.isEmpty() ? info.modality : info.seriesDescription;
    const int n = image->frameCount > 1 ? image->frameCount : s->size();
    it->setText(tr("%1\n%n image(s)", nullptr, n).arg(description));
    if (icon)
        it->setIcon(thumbnail(*image));
}

} // namespace cliniclink::ui::viewer
