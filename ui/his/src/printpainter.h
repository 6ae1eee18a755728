#pragma once

#include <QFont>
#include <QPainter>
#include <QRectF>
#include <QString>

namespace cliniclink::ui::his {

// Drawing in millimetres on a paint device of known resolution, so layouts read like the
// paper forms they copy. Fonts stay in points (device-independent already).
class PrintPainter {
public:
    PrintPainter(QPainter &painter, qreal dpi, QPointF originMm = {});
    qreal px(qreal mm) const { return mm * m_dpi / 25.4; }
    QRectF rect(qreal xMm, qreal yMm, qreal wMm, qreal hMm) const;
    void setFont(qreal points, bool bold = false);
    void text(qreal xMm, qreal yMm, qreal wMm, qreal hMm, const QString &text, int flags = Qt::AlignLeft | Qt::AlignVCenter);
    void line(qreal x1Mm, qreal y1Mm, qreal x2Mm, qreal y2Mm, qreal widthMm = 0.25);
    // "label: value____" with the value above an underline (the paper form's blanks).
    void field(qreal xMm, qreal yMm, qreal labelMm, qreal valueMm, const QString &label, const QString &value);
    QPainter &painter() { return m_painter; }

private:
    QPainter &m_painter;
    qreal m_dpi;
    QPointF m_origin;
};

// The CJK font for prints (WenQuanYi Micro Hei ships in Debian; Qt falls back otherwise).
QFont printFont(qreal points, bool bold = false);

// Text as the print font can draw it: WenQuanYi Micro Hei maps ℃ (U+2103) to an empty outline,
// so Qt never falls back and the paper would show a blank; it is printed as its compatibility
// decomposition "°C" (what NFKC gives), the same reading.
QString printable(const QString &text);

} // namespace cliniclink::ui::his
