#include "cliniclink/ui/registry/codechecks.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QSignalBlocker>

namespace cliniclink::ui::registry {

CodeChecks::CodeChecks(const ::cliniclink::registry::CodeSet &set, const QString &exclusiveCode, int columns,
                       QWidget *parent)
    : QWidget(parent), m_exclusive(exclusiveCode)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(2);
    for (const auto &c : set.codes) {
        auto *box = new QCheckBox(c.code + QLatin1Char(' ') + c.label, this);
        box->setProperty("code", c.code);
        const int n = int(m_boxes.size());
        grid->addWidget(box, n / columns, n % columns);
        m_boxes.append(box);
        connect(box, &QCheckBox::toggled, this, [this, box](bool on) {
            if (on && !m_exclusive.isEmpty()) {
                const bool exclusive = box->property("code").toString() == m_exclusive;
                for (QCheckBox *other : std::as_const(m_boxes)) {
                    if (other == box)
                        continue;
                    const bool otherExclusive = other->property("code").toString() == m_exclusive;
                    if (exclusive || otherExclusive) {
                        const QSignalBlocker block(other);
                        other->setChecked(false);
                    }
                }
            }
            emit codesChanged();
        });
    }
}

QStringList CodeChecks::codes() const
{
    QStringList out;
    for (const QCheckBox *box : m_boxes)
        if (box->isChecked())
            out << box->property("code").toString();
    return out;
}

void CodeChecks::setCodes(const QStringList &codes)
{
    for (QCheckBox *box : std::as_const(m_boxes)) {
        const QSignalBlocker block(box);
        box->setChecked(codes.contains(box->property("code").toString()));
    }
    emit codesChanged();
}

} // namespace cliniclink::ui::registry
