#include "commands.h"

#include "cliniclink/dicom/dicomfile.h"
#include "cliniclink/imaging/pixelpipeline.h"

#include <QImage>

using namespace cliniclink;

namespace {
struct RenderArgs {
    QString file, out;
    int frame = 0;
    std::optional<std::pair<double, double>> window;
    std::optional<dicom::VoiFunction> function;
    std::optional<int> voiLut;
    bool invert = false;
};

bool parse(const QStringList &args, RenderArgs &r, QString &why)
{
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        auto next = [&]() -> QString { return i + 1 < args.size() ? args[++i] : QString(); };
        bool ok = true;
        if (a == QLatin1String("--out")) {
            r.out = next();
        } else if (a == QLatin1String("--frame")) {
            r.frame = next().toInt(&ok);
        } else if (a == QLatin1String("--window")) {
            const QStringList cw = next().split(QLatin1Char(','));
            bool ok2 = false;
            if (cw.size() == 2)
                r.window = std::make_pair(cw[0].toDouble(&ok), cw[1].toDouble(&ok2));
            ok = ok && ok2 && r.window->second > 0;
        } else if (a == QLatin1String("--function")) {
            const QString f = next();
            if (f == QLatin1String("LINEAR"))
                r.function = dicom::VoiFunction::Linear;
            else if (f == QLatin1String("LINEAR_EXACT"))
                r.function = dicom::VoiFunction::LinearExact;
            else if (f == QLatin1String("SIGMOID"))
                r.function = dicom::VoiFunction::Sigmoid;
            else
                ok = false;
        } else if (a == QLatin1String("--voi-lut")) {
            r.voiLut = next().toInt(&ok);
        } else if (a == QLatin1String("--invert")) {
            r.invert = true;
        } else if (!a.startsWith(QLatin1String("--")) && r.file.isEmpty()) {
            r.file = a;
        } else {
            ok = false;
        }
        if (!ok) {
            why = QStringLiteral("bad argument near '%1'").arg(a);
            return false;
        }
    }
    if (r.file.isEmpty() || r.out.isEmpty()) {
        why = QStringLiteral("render needs FILE and --out OUT.png");
        return false;
    }
    return true;
}
} // namespace

int runRender(const QStringList &args)
{
    RenderArgs r;
    QString why;
    if (!parse(args, r, why))
        return reportError(ExitUsage, why);
    auto file = dicom::DicomFile::open(r.file);
    if (!file)
        return reportError(ExitBadInput, file.error().toString());
    auto frame = file->decodeFrame(r.frame);
    if (!frame)
        return reportError(frame.error().code == ErrorCode::FrameOutOfRange ? ExitUsage : ExitBadInput,
                           frame.error().toString());
    const dicom::DicomInfo &info = file->info();
    imaging::DisplayOptions opt;
    opt.invert = r.invert;
    if (r.voiLut) {
        if (*r.voiLut < 0 || *r.voiLut >= int(info.voiLuts.size()))
            return reportError(ExitUsage, QStringLiteral("the file has %1 VOI LUT(s)").arg(info.voiLuts.size()));
        opt.voi = imaging::VoiSetting::fromLut(info.voiLuts[size_t(*r.voiLut)]);
    } else if (r.window) {
        opt.voi = imaging::VoiSetting::window(r.window->first, r.window->second, r.function.value_or(dicom::VoiFunction::Linear));
    } else if (r.function) {
        imaging::VoiSetting v = imaging::defaultVoi(*frame, info);
        v.function = *r.function;
        opt.voi = v;
    }
    const imaging::DisplayImage img = imaging::renderFrame(*frame, info, opt);
    QImage q(reinterpret_cast<const uchar *>(img.pixels.constData()), img.width, img.height,
             img.rgb ? img.width * 3 : img.width, img.rgb ? QImage::Format_RGB888 : QImage::Format_Grayscale8);
    if (!q.save(r.out, "PNG"))
        return reportError(ExitFailure, QStringLiteral("cannot write %1").arg(r.out));
    return ExitOk;
}
