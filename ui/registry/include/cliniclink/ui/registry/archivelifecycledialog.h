#pragma once

#include "cliniclink/registry/resident.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace cliniclink::registry {
class Registry;
}

namespace cliniclink::ui::registry {

// 档案转出 / 死亡登记 / 结案 for one archive: the date and the detail each needs, a confirmation
// (the archive stops being editable), then the registry's write. The registry checks
// permission and state; its error is shown in Chinese and the dialog stays open.
class ArchiveLifecycleDialog : public QDialog {
    Q_OBJECT
public:
    enum class Action { TransferOut, Death, Close };
    ArchiveLifecycleDialog(::cliniclink::registry::Registry &registry, const ::cliniclink::registry::Resident &resident,
                           Action action, QWidget *parent = nullptr);

    QDateEdit *dateEdit() const { return m_date; }
    QLineEdit *detailEdit() const { return m_detail; } // destination, cause of death or reason for closing
    QLineEdit *reasonEdit() const { return m_reason; } // transfer only
    QString message() const;
    const ::cliniclink::registry::Resident &result() const { return m_result; }

    // Asks for confirmation, writes; accepts the dialog on success.
    bool submit();

private:
    QString fieldLabel(const QString &detail) const;

    ::cliniclink::registry::Registry &m_registry;
    ::cliniclink::registry::Resident m_resident;
    ::cliniclink::registry::Resident m_result;
    Action m_action;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_detail = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_dateLabel = nullptr;
    QLabel *m_detailLabel = nullptr;
    QLabel *m_reasonLabel = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace cliniclink::ui::registry
