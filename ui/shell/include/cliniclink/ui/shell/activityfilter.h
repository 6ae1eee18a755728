#pragma once

#include <QObject>

namespace cliniclink::ui::shell {

// Application-wide event filter that reports user input (keys, clicks, mouse moves, wheel,
// touch) as activity(), which feeds identity::IdleLock. It never consumes an event.
class ActivityFilter : public QObject {
    Q_OBJECT
public:
    explicit ActivityFilter(QObject *parent = nullptr);
    ~ActivityFilter() override;

signals:
    void activity();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace cliniclink::ui::shell
