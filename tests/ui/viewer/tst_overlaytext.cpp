// Requirement: issue 3 §3 — corner overlays show the patient name in Chinese, the date and the slice position.
#include "cliniclink/ui/viewer/overlaytext.h"

#include <QTest>

using namespace cliniclink;
using namespace cliniclink::ui::viewer;

class TestOverlayText : public QObject {
    Q_OBJECT
private slots:
    void personName_data()
    {
        QTest::addColumn<QString>("dicom");
        QTest::addColumn<QString>("shown");
        QTest::newRow("alphabetic+ideographic") << QStringLiteral("Wang^XiaoDong=王^小东=") << QStringLiteral("王小东 (Wang XiaoDong)");
        QTest::newRow("ideographic only") << QStringLiteral("=张^三") << QStringLiteral("张三");
        QTest::newRow("plain") << QStringLiteral("Doe^John^^^") << QStringLiteral("Doe John");
        QTest::newRow("chinese in first group") << QStringLiteral("李四") << QStringLiteral("李四");
    }
    void personName()
    {
        QFETCH(QString, dicom);
        QFETCH(QString, shown);
        QCOMPARE(OverlayText::personName(dicom), shown);
    }

    void date_dicomDate_isoDate()
    {
        QCOMPARE(OverlayText::date(QStringLiteral("20240131")), QStringLiteral("2024-01-31"));
        QCOMPARE(OverlayText::date(QStringLiteral("garbage")), QStringLiteral("garbage"));
    }

    void slicePosition_axial_zCoordinate()
    {
        dicom::DicomInfo info;
        QVERIFY(!OverlayText::slicePosition(info));
        info.imagePosition = std::array<double, 3>{-100, -120, -42.5};
        info.imageOrientation = std::array<double, 6>{1, 0, 0, 0, 1, 0};
        QCOMPARE(*OverlayText::slicePosition(info), -42.5);
    }
};

QTEST_MAIN(TestOverlayText)
#include "tst_overlaytext.moc"
