// Requirement: issue 3 §3 "Everything translated (zh_CN, en)" — the viewer retranslates live when
// the user switches language: toolbar, tool menu, colour maps, measurement list, thumbnails,
// measured values and overlays, zh_CN → en → zh_CN without reopening anything.
#include "viewertesthelpers.h"

#include "cliniclink/ui/viewer/measurementlist.h"
#include "cliniclink/ui/viewer/overlaytext.h"
#include "cliniclink/ui/viewer/thumbnailstrip.h"
#include "uitestsupport.h"

#include <QComboBox>
#include <QHeaderView>
#include <QMenu>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolBar>
#include <QToolButton>

using namespace cliniclink;
using namespace cliniclink::ui::viewer;

namespace {
// Every text a user sees in the viewer's chrome (not the image), in a fixed order.
QStringList visibleTexts(ViewerWidget &viewer)
{
    QStringList texts{viewer.windowTitle()};
    auto *toolbar = viewer.findChild<QToolBar *>();
    for (QAction *a : toolbar->actions())
        if (!a->isSeparator() && !a->text().isEmpty())
            texts << a->text();
    for (QToolButton *b : toolbar->findChildren<QToolButton *>())
        if (b->menu()) {
            texts << b->text();
            for (QAction *a : b->menu()->actions())
                texts << a->text();
        }
    auto *maps = toolbar->findChild<QComboBox *>();
    for (int i = 0; i < maps->count(); ++i)
        texts << maps->itemText(i);
    QTableWidget *table = viewer.measurementList()->table();
    for (int c = 0; c < table->columnCount(); ++c)
        texts << table->horizontalHeaderItem(c)->text();
    for (int r = 0; r < table->rowCount(); ++r)
        texts << table->item(r, 0)->text() << table->item(r, 1)->text();
    texts << viewer.measurementList()->findChild<QPushButton *>()->text();
    for (int i = 0; i < viewer.thumbnails()->count(); ++i)
        texts << viewer.thumbnails()->item(i)->text();
    Viewport *v = viewer.activeViewport();
    texts << OverlayText::topRight(*v->currentImage(), v->currentIndex(), v->series()->size());
    return texts;
}

// As the language menu does: install, then let the posted LanguageChange events arrive.
void switchLanguage(const QString &language)
{
    uitest::installLanguage(language);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
}

bool hasHan(const QString &s)
{
    return std::any_of(s.begin(), s.end(), [](QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; });
}
} // namespace

class TestViewerLanguage : public QObject {
    Q_OBJECT
private slots:
    void switchLanguage_zhEnZh_everyVisibleTextFollows()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("ct.dcm"));
        QVERIFY(dicom::writeSyntheticImage(calibratedCt(), file).has_value());
        uitest::installLanguage(QStringLiteral("zh_CN"));
        ViewerWidget viewer;
        viewer.resize(1200, 800);
        viewer.show();
        QVERIFY(openAndWait(viewer, {file}));
        Viewport *v = viewer.activeViewport();
        viewer.setTool(Tool::Ruler);
        dragMouse(v, v->mapFromImage(QPointF(20, 100)), v->mapFromImage(QPointF(120, 100)), Qt::LeftButton);
        QCOMPARE(v->annotations().size(), 1);

        const QStringList zh = visibleTexts(viewer);
        QCOMPARE(zh[1], uitest::tr("cliniclink::ui::viewer::ViewerWidget", "Open files…"));
        QVERIFY2(hasHan(zh[0]) && hasHan(zh[1]) && std::count_if(zh.begin(), zh.end(), hasHan) > 30,
                 qPrintable(zh.join(QLatin1Char('|'))));
        // The ruler reads 50 mm with its calibration source in Chinese.
        const QString zhRuler = viewer.measurementList()->valueText(v->annotations().front().id);
        QVERIFY2(zhRuler.startsWith(QStringLiteral("50.0 mm")) && hasHan(zhRuler), qPrintable(zhRuler));

        switchLanguage(QStringLiteral("en"));
        const QStringList en = visibleTexts(viewer);
        QCOMPARE(en.size(), zh.size());
        QCOMPARE(en.first(), QStringLiteral("Images"));
        QVERIFY(en.contains(QStringLiteral("Open files…")));
        QVERIFY(en.contains(QStringLiteral("Ruler")));
        QVERIFY(en.contains(QStringLiteral("Hot iron")));
        QVERIFY(en.contains(QStringLiteral("Delete")));
        QVERIFY(en.contains(QStringLiteral("Image 1 / 1")));
        QCOMPARE(viewer.measurementList()->valueText(v->annotations().front().id), QStringLiteral("50.0 mm [Pixel Spacing]"));
        // Every text with letters changed language: none of them is left in Chinese.
        for (int i = 0; i < en.size(); ++i) {
            QVERIFY2(!hasHan(en[i]), qPrintable(en[i]));
            const bool hasLetters = std::any_of(en[i].begin(), en[i].end(), [](QChar c) { return c.isLetter(); });
            if (hasLetters && en[i] != QLatin1String("CT")) // the modality is DICOM's code in every language
                QVERIFY2(zh[i] != en[i], qPrintable(en[i] + QStringLiteral(" untranslated")));
        }

        switchLanguage(QStringLiteral("zh_CN"));
        QCOMPARE(visibleTexts(viewer), zh);
    }
};

QTEST_MAIN(TestViewerLanguage)
#include "tst_viewerlanguage.moc"
