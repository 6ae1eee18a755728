#include "cliniclink/ui/sync/syncindicator.h"

#include "cliniclink/sync/syncengine.h"
#include "cliniclink/sync/syncscheduler.h"
#include "cliniclink/ui/sync/synccenterdialog.h"
#include "synctexts.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QTimer>
#include <QToolButton>

namespace cliniclink::ui::sync {

SyncIndicator::SyncIndicator(store::Store &store, cliniclink::sync::SyncScheduler *scheduler, QWidget *parent)
    : QWidget(parent), m_store(store), m_scheduler(scheduler)
{
    setObjectName(QStringLiteral("syncIndicator"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(6);
    m_dot = new QLabel(this);
    m_dot->setFixedSize(12, 12);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("syncIndicatorText"));
    m_syncNow = new QToolButton(this);
    m_syncNow->setObjectName(QStringLiteral("syncNowButton"));
    m_details = new QToolButton(this);
    m_details->setObjectName(QStringLiteral("syncDetailsButton"));
    layout->addWidget(m_dot);
    layout->addWidget(m_label);
    layout->addWidget(m_details);
    layout->addWidget(m_syncNow);

    // Recount shortly after a burst of progress/saves rather than per event.
    m_recount = new QTimer(this);
    m_recount->setSingleShot(true);
    m_recount->setInterval(100);
    connect(m_recount, &QTimer::timeout, this, &SyncIndicator::refresh);
    m_clock = new QTimer(this); // keeps "last sync" and the counts current when nothing happens
    m_clock->setInterval(30000);
    connect(m_clock, &QTimer::timeout, this, &SyncIndicator::refresh);
    m_clock->start();

    connect(m_details, &QToolButton::clicked, this, &SyncIndicator::openDetails);
    if (m_scheduler) {
        connect(m_syncNow, &QToolButton::clicked, m_scheduler, &cliniclink::sync::SyncScheduler::syncNow);
        connect(m_scheduler, &cliniclink::sync::SyncScheduler::localChangesSaved, this, &SyncIndicator::noteSaved);
        connect(m_scheduler, &cliniclink::sync::SyncScheduler::syncStarted, this, &SyncIndicator::refresh);
        // Progress comes after every committed batch: count at once, so the number visibly falls.
        connect(m_scheduler, &cliniclink::sync::SyncScheduler::syncProgress, this, &SyncIndicator::refresh);
        connect(m_scheduler, &cliniclink::sync::SyncScheduler::syncFinished, this, &SyncIndicator::refresh);
    }
    refresh();
}

void SyncIndicator::noteSaved()
{
    m_state.savedSinceCount = true;
    render();
    m_recount->start();
}

void SyncIndicator::refresh()
{
    auto status = cliniclink::sync::syncStatus(m_store);
    if (!status) {
        m_state.errorText = status.error().translatedMessage();
        render();
        return;
    }
    const QJsonObject &s = *status;
    m_state.enrolled = s.value(QLatin1String("enrolled")).toBool();
    m_state.unsentRecords = qint64(s.value(QLatin1String("unsentRecords")).toDouble());
    m_state.inFlight = qint64(s.value(QLatin1String("inFlight")).toDouble());
    m_state.rejected = s.value(QLatin1String("rejected")).toArray().size();
    m_state.conflicts = qint64(s.value(QLatin1String("conflicts")).toDouble());
    m_state.savedSinceCount = false;
    m_state.syncing = m_scheduler && m_scheduler->isSyncing();
    m_state.lastSuccessUtc = QDateTime::fromString(s.value(QLatin1String("lastSuccess")).toString(), Qt::ISODateWithMs);
    if (m_scheduler && m_scheduler->lastSuccessUtc().isValid())
        m_state.lastSuccessUtc = qMax(m_state.lastSuccessUtc, m_scheduler->lastSuccessUtc());
    m_state.errorText = m_scheduler && !m_scheduler->lastSyncOk() ? m_scheduler->lastError().translatedMessage() : QString();
    render();
    emit refreshed();
}

QString SyncIndicator::text() const { return m_label->text(); }

void SyncIndicator::render()
{
    const SyncIndicatorState &s = m_state;
    QString text;
    QString colour;
    if (s.allSent()) {
        text = s.lastSuccessUtc.isValid() ? tr("All sent · last sync %1").arg(SyncTexts::localTime(s.lastSuccessUtc))
                                          : tr("Nothing to send");
        colour = QStringLiteral("#2e7d32");
    } else if (s.unsentRecords == 0) {
        text = tr("Saved, not yet sent");
        colour = QStringLiteral("#f9a825");
    } else if (s.syncing) {
        text = tr("Sending… %n record(s) not yet sent", nullptr, int(s.unsentRecords));
        colour = QStringLiteral("#1565c0");
    } else {
        text = tr("%n record(s) not yet sent", nullptr, int(s.unsentRecords));
        colour = QStringLiteral("#f9a825");
    }
    if (!s.enrolled) {
        text = tr("Not connected to a platform") + QStringLiteral(" · ") + text;
        colour = QStringLiteral("#757575");
    } else if (!s.errorText.isEmpty() && !s.syncing) {
        text += QStringLiteral(" · ") + tr("last attempt failed");
        colour = QStringLiteral("#c62828");
    }
    if (s.unsentRecords > 0 && s.lastSuccessUtc.isValid())
        text += QStringLiteral(" · ") + tr("last sync %1").arg(SyncTexts::localTime(s.lastSuccessUtc));
    m_label->setText(text);
    m_label->setToolTip(s.errorText.isEmpty() ? QString() : s.errorText);
    m_dot->setStyleSheet(QStringLiteral("background:%1;border-radius:6px;").arg(colour));

    if (s.conflicts > 0 || s.rejected > 0) {
        QStringList parts;
        if (s.conflicts > 0)
            parts << tr("%n conflict(s)", nullptr, int(s.conflicts));
        if (s.rejected > 0)
            parts << tr("%n rejected", nullptr, int(s.rejected));
        m_details->setText(parts.join(QStringLiteral(" · ")));
        m_details->setStyleSheet(QStringLiteral("color:#c62828;font-weight:bold;"));
    } else {
        m_details->setText(tr("Details"));
        m_details->setStyleSheet(QString());
    }
    m_syncNow->setText(tr("Sync now"));
    m_syncNow->setEnabled(m_scheduler && s.enrolled);
    m_syncNow->setToolTip(tr("Send unsent records and fetch the platform's changes now"));
}

void SyncIndicator::openDetails()
{
    SyncCenterDialog dialog(m_store, m_scheduler, window());
    dialog.exec();
    refresh();
}

void SyncIndicator::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QWidget::changeEvent(event);
}

} // namespace cliniclink::ui::sync
