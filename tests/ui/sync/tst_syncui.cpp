// Requirement (issue 6, ui/sync and set-up): against a real PostgreSQL + cliniclink-platform —
// the status indicator counts down as 120 records go out in batches and says "all sent" only at
// 0 (and stops saying it the moment something is saved); a conflict appears in the conflict view,
// is resolved there, and after the next sync both PCs agree; refused records are listed with a
// translated reason; the set-up wizard's platform page enrols the PC and shows wrong code,
// unreachable platform, plain http and an unreadable CA file clearly. Under xvfb-run
// (argument "screenshots") the indicator, conflict view and wizard page are saved as PNGs.
#include "cliniclink/core/uuid7.h"
#include "cliniclink/identity/session.h"
#include "cliniclink/sync/conflictresolution.h"
#include "cliniclink/sync/syncengine.h"
#include "cliniclink/sync/syncscheduler.h"
#include "cliniclink/ui/shell/applicationstyle.h"
#include "cliniclink/ui/shell/errortext.h"
#include "cliniclink/ui/shell/mainwindow.h"
#include "cliniclink/ui/shell/platformenrolform.h"
#include "cliniclink/ui/shell/setupwizard.h"
#include "cliniclink/ui/sync/conflictsview.h"
#include "cliniclink/ui/sync/rejectedview.h"
#include "cliniclink/ui/sync/synccenterdialog.h"
#include "cliniclink/ui/sync/syncindicator.h"
#include "syncfixture.h"
#include "uitestsupport.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableWidget>
#include <QTcpServer>
#include <QTest>

using namespace cliniclink;
using namespace cliniclink::test;

namespace {
const QString kCounty = QStringLiteral("450102");
const QString kTownship = QStringLiteral("450102001");
const QString kVillage = QStringLiteral("450102001001");
const QString kVillage2 = QStringLiteral("450102001002");
const QString kResident = QStringLiteral("resident");
const QString kPassword = QStringLiteral("Admin#2026"); // ClinicPc's administrator

struct Observation {
    qint64 unsent;
    qint64 inFlight;
    bool allSent;
    QString text;
};
} // namespace

class TestSyncUi : public QObject {
    Q_OBJECT
    QTemporaryDir m_tmp;
    QTemporaryDir m_settings;
    PgCluster m_pg;
    std::unique_ptr<PlatformInstance> m_platform;
    std::unique_ptr<ClinicPc> m_village, m_town;
    bool m_screenshots = false;

    std::unique_ptr<identity::Session> signIn(ClinicPc &pc)
    {
        auto s = identity::Session::signIn(pc.store(), QStringLiteral("admin"), kPassword);
        return s ? std::move(*s) : nullptr;
    }
    QString enrolCode(const QString &org)
    {
        return QString::fromLatin1(platformAdmin(m_pg.url(), {QStringLiteral("enroll-code"), QStringLiteral("--org"), org}));
    }
    // A resident both PCs have, then the same field changed on both: a conflict on the village PC.
    QString makeConflict(const QString &field, const QString &villageValue, const QString &townValue)
    {
        const QString id = m_village->create(kResident, QJsonObject{{QStringLiteral("name"), QString::fromUtf8("黄美兰")},
                                                                    {field, QStringLiteral("before")}});
        m_village->sync(m_platform->url());
        m_town->sync(m_platform->url());
        m_town->update(kResident, id, {{field, townValue}});
        m_village->update(kResident, id, {{field, villageValue}});
        m_town->sync(m_platform->url());
        m_village->sync(m_platform->url());
        return id;
    }
    void save(QWidget *w, const QString &name)
    {
        QVERIFY(QTest::qWaitForWindowExposed(w));
        QTest::qWait(150);
        const QImage img = w->grab().toImage();
        const QString dir = test::buildDir() + QStringLiteral("/screenshots");
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(img.save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
        qInfo("screenshot: %s/%s.png", qPrintable(dir), qPrintable(name));
    }

private slots:
    void initTestCase()
    {
        m_screenshots = QCoreApplication::arguments().contains(QStringLiteral("screenshots"))
            || QGuiApplication::platformName() == QLatin1String("xcb");
        uitest::useTemporarySettings(m_settings.path());
        uitest::installLanguage(); // Chinese, as in the clinics
        ui::shell::applyApplicationStyle();
        QString error;
        QVERIFY2(m_pg.start(&error), qPrintable(error));
        const QString db = m_pg.url();
        QVERIFY(addOrgTree(db, kCounty, kTownship, {kVillage, kVillage2}));
        m_platform = std::make_unique<PlatformInstance>(db, QStringLiteral("one"));
        QVERIFY2(m_platform->start(&error), qPrintable(error));
        m_village = std::make_unique<ClinicPc>(m_tmp.path(), QStringLiteral("village"), kVillage);
        m_town = std::make_unique<ClinicPc>(m_tmp.path(), QStringLiteral("township"), QStringLiteral("450102001000"));
        QVERIFY(m_village->enrol(m_platform->url(), enrolCode(kVillage)));
        QVERIFY(m_town->enrol(m_platform->url(), enrolCode(kTownship)));
    }

    void indicator_countsDownInBatches_allSentOnlyAtZero()
    {
        if (m_screenshots)
            QSKIP("functional run only");
        QVERIFY(m_village->sync(m_platform->url()).exitCode == 0); // start from an empty outbox
        auto s = signIn(*m_village);
        QVERIFY(s);
        identity::Session *session = s.get();
        const QString allSentPrefix =
            uitest::tr("cliniclink::ui::sync::SyncIndicator", "All sent · last sync %1").section(QStringLiteral(" · "), 0, 0);
        QVERIFY(!allSentPrefix.isEmpty() && allSentPrefix != QStringLiteral("All sent"));
        sync::SchedulerSettings settings;
        settings.batchSize = 10;
        settings.debounceMs = 60000; // this test syncs on "sync now" only
        sync::SyncScheduler scheduler([session] { return session->openWorkerStore(); }, settings);
        session->store().setWriteListener([&scheduler](const QString &, const QString &) {
            QMetaObject::invokeMethod(&scheduler, &sync::SyncScheduler::noteLocalSave, Qt::QueuedConnection);
        });
        ui::sync::SyncIndicator indicator(session->store(), &scheduler);
        indicator.show();
        QVERIFY(indicator.state().allSent());
        QVERIFY(indicator.text().startsWith(allSentPrefix));

        for (int i = 0; i < 120; ++i)
            QVERIFY(session->store().putRecord(kResident, newId(), 0,
                                               QJsonObject{{QStringLiteral("name"), QStringLiteral("r%1").arg(i)}}));
        // The save notification alone takes "all sent" away, before any recount.
        QTRY_VERIFY(!indicator.state().allSent());
        QTRY_COMPARE(indicator.state().unsentRecords, qint64(120));
        QVERIFY(indicator.text().contains(QStringLiteral("120")));

        QList<Observation> seen;
        connect(&indicator, &ui::sync::SyncIndicator::refreshed, this, [&] {
            seen.append({indicator.state().unsentRecords, indicator.state().inFlight, indicator.state().allSent(), indicator.text()});
        });
        QSignalSpy finished(&scheduler, &sync::SyncScheduler::syncFinished);
        QWidget *button = indicator.findChild<QWidget *>(QStringLiteral("syncNowButton"));
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(finished.wait(120000));
        QVERIFY2(finished.first().first().toBool(), qPrintable(scheduler.lastError().toString()));
        QTRY_VERIFY(indicator.state().allSent());

        QSet<qint64> between;
        qint64 previous = 120;
        for (const Observation &o : seen) {
            QVERIFY2(o.unsent <= previous, "the unsent count went up during the sync");
            previous = o.unsent;
            if (o.unsent > 0 && o.unsent < 120)
                between.insert(o.unsent);
            // "All sent" only with nothing left.
            QCOMPARE(o.allSent, o.unsent == 0 && o.inFlight == 0);
            QCOMPARE(o.text.startsWith(allSentPrefix), o.allSent);
        }
        qInfo("unsent counts seen while sending: %s", qPrintable([&] {
                  QStringList l;
                  for (const Observation &o : seen)
                      l << QString::number(o.unsent);
                  return l.join(QLatin1Char(' '));
              }()));
        QVERIFY2(between.size() >= 3, "the count should fall in steps as batches are acknowledged");
        QCOMPARE(seen.last().unsent, qint64(0));
        QVERIFY(indicator.text().startsWith(allSentPrefix));
        QCOMPARE(session->store().outboxStats()->pending, qint64(0));

        // One more save: not "all sent" any more, at once.
        QVERIFY(session->store().putRecord(kResident, newId(), 0, QJsonObject{{QStringLiteral("name"), QStringLiteral("late")}}));
        QTRY_VERIFY(!indicator.state().allSent());
        session->store().setWriteListener({});
        QVERIFY(scheduler.finishForSignOut()); // the last one goes at sign-out
        indicator.refresh();
        QVERIFY(indicator.state().allSent());
        s->signOut();
    }

    void conflictView_resolves_bothPcsAgreeAfterSync()
    {
        if (m_screenshots)
            QSKIP("functional run only");
        const QString id = makeConflict(QStringLiteral("phone"), QStringLiteral("13900000002"), QStringLiteral("13800000001"));
        auto s = signIn(*m_village);
        ui::sync::SyncCenterDialog dialog(s->store(), nullptr);
        dialog.show();
        ui::sync::ConflictsView *view = dialog.conflicts();
        QCOMPARE(view->conflictCount(), 1);
        QTableWidget *t = view->fieldTable();
        QCOMPARE(t->rowCount(), 1);
        QCOMPARE(t->item(0, ui::sync::ConflictsView::FieldColumn)->text(), QStringLiteral("phone"));
        QCOMPARE(t->item(0, ui::sync::ConflictsView::BaseColumn)->text(), QStringLiteral("before"));
        QCOMPARE(t->item(0, ui::sync::ConflictsView::LocalColumn)->text(), QStringLiteral("13900000002"));
        QCOMPARE(t->item(0, ui::sync::ConflictsView::RemoteColumn)->text(), QStringLiteral("13800000001"));
        // The record shows the platform's value until a person decides.
        QCOMPARE((*s->store().record(kResident, id))->payload.value(QLatin1String("phone")).toString(), QStringLiteral("13800000001"));
        QVERIFY(view->choose(QStringLiteral("phone"), ui::sync::ConflictsView::TypeValue, QStringLiteral("13900000009")));
        QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("applyResolution")), Qt::LeftButton);
        QCOMPARE(view->conflictCount(), 0);
        s->signOut();

        QVERIFY(m_village->sync(m_platform->url()).exitCode == 0);
        QVERIFY(m_town->sync(m_platform->url()).exitCode == 0);
        for (ClinicPc *pc : {m_village.get(), m_town.get()}) {
            QCOMPARE(pc->record(kResident, id)->payload.value(QStringLiteral("phone")).toString(), QStringLiteral("13900000009"));
            QCOMPARE(pc->status().value(QStringLiteral("conflicts")).toInt(), 0);
        }
        QCOMPARE(m_village->record(kResident, id)->payload, m_town->record(kResident, id)->payload);
    }

    void rejectedView_showsTranslatedReason()
    {
        if (m_screenshots)
            QSKIP("functional run only");
        const QString big = m_village->create(kResident, QJsonObject{{QStringLiteral("scan"), QString(1100 * 1024, QLatin1Char('x'))}});
        QVERIFY(m_village->sync(m_platform->url()).exitCode == 0);
        auto s = signIn(*m_village);
        ui::sync::RejectedView view(s->store());
        QCOMPARE(view.rejectedCount(), 1);
        const QString reason = uitest::tr("cliniclink::ui::sync::SyncTexts", "Too large: the record exceeds 1 MiB.");
        QVERIFY(reason != QStringLiteral("Too large: the record exceeds 1 MiB.")); // translated
        QCOMPARE(view.table()->item(0, ui::sync::RejectedView::ReasonColumn)->text(), reason);
        QVERIFY(view.discardRow(0, /*confirmed=*/true));
        QCOMPARE(view.rejectedCount(), 0);
        QVERIFY((*s->store().record(kResident, big)).has_value());
        s->signOut();
    }

    void wizard_platformPage_errorsThenEnrols()
    {
        QTemporaryDir dir;
        ui::shell::SetupWizard w(dir.path());
        w.show();
        w.findChild<QLineEdit *>(QStringLiteral("clinicNameEdit"))->setText(QString::fromUtf8("那马村卫生室"));
        w.findChild<QLineEdit *>(QStringLiteral("clinicCodeEdit"))->setText(kVillage2);
        w.next();
        w.findChild<QLineEdit *>(QStringLiteral("adminUserNameEdit"))->setText(QStringLiteral("admin"));
        w.findChild<QLineEdit *>(QStringLiteral("adminPasswordEdit"))->setText(kPassword + QStringLiteral("x"));
        w.findChild<QLineEdit *>(QStringLiteral("adminRepeatEdit"))->setText(kPassword + QStringLiteral("x"));
        w.next();
        QCOMPARE(w.currentId(), int(ui::shell::SetupWizard::RecoveryKeyPageId));
        w.findChild<QCheckBox *>(QStringLiteral("keyStoredCheckBox"))->setChecked(true);
        QVERIFY(w.button(QWizard::FinishButton)->isEnabled()); // offline finish stays possible
        w.next();
        QCOMPARE(w.currentId(), int(ui::shell::SetupWizard::PlatformPageId));
        QVERIFY(w.button(QWizard::FinishButton)->isEnabled());

        auto *form = w.findChild<ui::shell::PlatformEnrolForm *>();
        auto *url = form->findChild<QLineEdit *>(QStringLiteral("platformUrlEdit"));
        auto *code = form->findChild<QLineEdit *>(QStringLiteral("enrolCodeEdit"));
        auto *ca = form->findChild<QLineEdit *>(QStringLiteral("caFileEdit"));
        auto *connectButton = form->findChild<QPushButton *>(QStringLiteral("enrolButton"));
        auto attempt = [&](const QString &u, const QString &c, const QString &caFile) {
            url->setText(u);
            code->setText(c);
            ca->setText(caFile);
            QTest::mouseClick(connectButton, Qt::LeftButton);
            return form->message();
        };
        auto message = [](ErrorCode c) { return ui::shell::errorText(Error{c, {}, {}}); };
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost);
        const QString closed = QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort());
        probe.close();
        QCOMPARE(attempt(closed, QStringLiteral("ABCD-EFGH-JKMN"), QString()), message(ErrorCode::PlatformUnreachable));
        QCOMPARE(attempt(QStringLiteral("http://192.0.2.10:8443"), QStringLiteral("ABCD-EFGH-JKMN"), QString()),
                 message(ErrorCode::InsecureTransport));
        QCOMPARE(attempt(m_platform->url(), QStringLiteral("ABCD-EFGH-JKMN"), QString()), message(ErrorCode::EnrolmentCodeInvalid));
        QVERIFY(attempt(m_platform->url(), enrolCode(kVillage2), QStringLiteral("/nonexistent/ca.pem"))
                    .startsWith(uitest::tr("cliniclink::ui::shell::PlatformEnrolForm", "The CA file cannot be read: %1").left(6)));
        QVERIFY(message(ErrorCode::EnrolmentCodeInvalid) != QStringLiteral("The enrolment code is wrong, already used or expired."));
        QVERIFY(!form->isEnrolled());
        if (m_screenshots)
            save(&w, QStringLiteral("sync_wizard_platform_error"));

        attempt(m_platform->url(), enrolCode(kVillage2), QString());
        QVERIFY2(form->isEnrolled(), qPrintable(form->message()));
        if (m_screenshots)
            save(&w, QStringLiteral("sync_wizard_platform_connected"));
        w.button(QWizard::FinishButton)->click();
        QCOMPARE(w.result(), int(QDialog::Accepted));

        auto s = identity::Session::signIn(dir.path(), QStringLiteral("admin"), kPassword + QStringLiteral("x"));
        QVERIFY(s);
        QCOMPARE((*s)->store().meta(QLatin1String(sync::metakey::OrgCode))->value_or(QString()), kVillage2);
        (*s)->signOut();
    }

    // A clinic that finished set-up offline enrols later from Session › Connect to platform.
    void sessionMenu_connectToPlatform_enrolsLater()
    {
        if (m_screenshots)
            QSKIP("functional run only");
        ClinicPc later(m_tmp.path(), QStringLiteral("later"), kVillage2);
        auto s = signIn(later);
        QVERIFY(s);
        ui::shell::MainWindow window(*s, nullptr, {});
        window.show();
        auto *action = window.findChild<QAction *>(QStringLiteral("connectPlatformAction"));
        QVERIFY(action);
        QSignalSpy enrolled(&window, &ui::shell::MainWindow::platformEnrolled);
        const QString code = enrolCode(kVillage2);
        QString shown;
        uitest::onNextModal([&](QWidget *dialog) {
            auto *form = dialog->findChild<ui::shell::PlatformEnrolForm *>();
            form->findChild<QLineEdit *>(QStringLiteral("platformUrlEdit"))->setText(m_platform->url());
            form->findChild<QLineEdit *>(QStringLiteral("enrolCodeEdit"))->setText(code);
            form->enrol();
            shown = form->message();
            static_cast<QDialog *>(dialog)->accept();
        });
        action->trigger();
        QCOMPARE(enrolled.size(), 1);
        QVERIFY(shown.contains(kVillage2));
        QCOMPARE(s->store().meta(QLatin1String(sync::metakey::OrgCode))->value_or(QString()), kVillage2);
        s->signOut();
        QVERIFY(later.sync(m_platform->url()).exitCode == 0);
    }

    void screenshots()
    {
        if (!m_screenshots)
            QSKIP("run under xvfb-run with the argument 'screenshots'");
        QVERIFY2(QGuiApplication::platformName() == QLatin1String("xcb"), "run under xvfb-run");
        makeConflict(QStringLiteral("phone"), QStringLiteral("13900000002"), QStringLiteral("13800000001"));
        for (int i = 0; i < 7; ++i)
            m_village->create(kResident, QJsonObject{{QStringLiteral("name"), QStringLiteral("unsent %1").arg(i)}});
        auto s = signIn(*m_village);
        identity::Session *session = s.get();
        sync::SchedulerSettings settings;
        sync::SyncScheduler scheduler([session] { return session->openWorkerStore(); }, settings);
        {
            ui::shell::MainWindow window(*session, nullptr, {});
            auto *indicator = new ui::sync::SyncIndicator(session->store(), &scheduler, &window);
            window.addStatusWidget(indicator);
            window.resize(1100, 700);
            window.show();
            QVERIFY(indicator->state().unsentRecords >= 7);
            QCOMPARE(indicator->state().conflicts, qint64(1));
            save(&window, QStringLiteral("sync_indicator_unsent"));
            save(indicator, QStringLiteral("sync_indicator_closeup"));
        }
        {
            ui::sync::SyncCenterDialog dialog(session->store(), &scheduler);
            dialog.show();
            QCOMPARE(dialog.conflicts()->conflictCount(), 1);
            dialog.conflicts()->choose(QStringLiteral("phone"), ui::sync::ConflictsView::TypeValue, QStringLiteral("13900000009"));
            save(&dialog, QStringLiteral("sync_conflict_view"));
        }
        s->signOut();
    }
};

QTEST_MAIN(TestSyncUi)
#include "tst_syncui.moc"
