#pragma once

#include <QString>

class QLabel;

namespace cliniclink::ui::shell {

// Inline messages instead of message boxes: they stay visible next to the field they concern
// and do not block (which also keeps the widgets testable).
enum class MessageKind { Hint, Error, Success };

void setMessage(QLabel *label, MessageKind kind, const QString &text);
void clearMessage(QLabel *label);

} // namespace cliniclink::ui::shell
