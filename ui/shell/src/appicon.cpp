#include "cliniclink/ui/shell/appicon.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace cliniclink::ui::shell {

namespace {
QPixmap paintIcon(int size)
{
    QPixmap pm(size, size);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    QPainterPath square;
    square.addRoundedRect(QRectF(s * 0.04, s * 0.04, s * 0.92, s * 0.92), s * 0.2, s * 0.2);
    p.fillPath(square, QColor(0x1f, 0x7a, 0x5c));
    const qreal arm = s * 0.18;
    const qreal len = s * 0.58;
    const QPointF c(s / 2, s / 2);
    p.setPen(Qt::NoPen);
    p.setBrush(Qt::white);
    p.drawRoundedRect(QRectF(c.x() - arm / 2, c.y() - len / 2, arm, len), s * 0.03, s * 0.03);
    p.drawRoundedRect(QRectF(c.x() - len / 2, c.y() - arm / 2, len, arm), s * 0.03, s * 0.03);
    return pm;
}
} // namespace

QIcon applicationIcon()
{
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addPixmap(paintIcon(size));
    return icon;
}

} // namespace cliniclink::ui::shell
