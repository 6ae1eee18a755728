#pragma once

#include <QListWidget>

namespace cliniclink::imaging {
class SeriesLoader;
}

namespace cliniclink::ui::viewer {

// One icon per series (its middle image at the file's window) with description and image count.
// Clicking a series shows it in the active view.
class ThumbnailStrip : public QListWidget {
    Q_OBJECT
public:
    explicit ThumbnailStrip(QWidget *parent = nullptr);
    void setLoader(imaging::SeriesLoader *loader);

signals:
    void seriesActivated(int index);

protected:
    void changeEvent(QEvent *event) override;

private:
    void addSeries(int index);
    void updateSeries(int index, bool icon);

    imaging::SeriesLoader *m_loader = nullptr;
};

} // namespace cliniclink::ui::viewer
