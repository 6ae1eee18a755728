#pragma once

#include "cliniclink/dicom/dicomwriter.h"
#include "cliniclink/ui/viewer/viewerwidget.h"
#include "cliniclink/ui/viewer/viewport.h"

#include <QApplication>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTest>

// Mouse events are sent directly: QTest::mouseMove cannot carry pressed buttons on every platform.
inline void sendMouse(QWidget *w, QEvent::Type type, const QPointF &pos, Qt::MouseButton button, Qt::MouseButtons buttons)
{
    QMouseEvent e(type, pos, w->mapToGlobal(pos), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(w, &e);
}

inline void dragMouse(QWidget *w, const QPointF &from, const QPointF &to, Qt::MouseButton button, int steps = 5)
{
    sendMouse(w, QEvent::MouseButtonPress, from, button, button);
    for (int i = 1; i <= steps; ++i)
        sendMouse(w, QEvent::MouseMove, from + (to - from) * (double(i) / steps), Qt::NoButton, button);
    sendMouse(w, QEvent::MouseButtonRelease, to, button, Qt::NoButton);
}

inline void clickMouse(QWidget *w, const QPointF &pos)
{
    sendMouse(w, QEvent::MouseMove, pos, Qt::NoButton, Qt::NoButton);
    sendMouse(w, QEvent::MouseButtonPress, pos, Qt::LeftButton, Qt::LeftButton);
    sendMouse(w, QEvent::MouseButtonRelease, pos, Qt::LeftButton, Qt::NoButton);
}

// A 256×256 CT-like image: stored = 1024 + column (HU = column), 0.5 mm pixels, window 40/400.
inline cliniclink::dicom::SyntheticImage calibratedCt()
{
    cliniclink::dicom::SyntheticImage img;
    img.rows = img.columns = 256;
    img.isSigned = true;
    img.rescaleSlope = 1;
    img.rescaleIntercept = -1024;
    img.windowCenter = 40;
    img.windowWidth = 400;
    img.pixelSpacing = std::array<double, 2>{0.5, 0.5};
    img.seriesInstanceUid = QStringLiteral("1.2.826.0.1.3680043.8.498.1");
    img.values.resize(256 * 256);
    for (int r = 0; r < 256; ++r)
        for (int c = 0; c < 256; ++c)
            img.values[size_t(r) * 256 + size_t(c)] = 1024 + c;
    return img;
}

// Opens paths and waits until every file is loaded.
inline bool openAndWait(cliniclink::ui::viewer::ViewerWidget &viewer, const QStringList &paths, int timeoutMs = 30000)
{
    QSignalSpy finished(&viewer, &cliniclink::ui::viewer::ViewerWidget::loadFinished);
    viewer.openPaths(paths);
    return (finished.count() > 0 || finished.wait(timeoutMs)) && viewer.activeViewport()->currentImage();
}
