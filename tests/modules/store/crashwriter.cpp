// Child process for tst_crashsafety: opens the store whose directory and hex key arrive on
// stdin and writes records until it is killed. Modes:
//   big   — one transaction of `count` records (all or nothing must survive)
//   small — transactions of 100 records each (every committed batch must survive)
#include "cliniclink/store/store.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace cliniclink;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString mode = args.value(1);
    const int count = args.value(2).toInt();
    QTextStream in(stdin);
    const QString dir = in.readLine();
    const crypto::SecretKey key(QByteArray::fromHex(in.readLine().toLatin1()));
    auto store = store::Store::open(dir, key);
    if (!store) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(store.error().toString()));
        return 1;
    }
    (*store)->setActor({QStringLiteral("u"), QStringLiteral("writer"), (*store)->deviceId()});
    const QString filler(400, QLatin1Char('x'));
    const int batch = mode == QLatin1String("big") ? count : 100;
    int written = 0;
    while (written < count) {
        auto r = (*store)->db().transaction([&]() -> Result<void> {
            for (int i = 0; i < batch && written + i < count; ++i) {
                const int n = written + i;
                auto w = (*store)->putRecord(QStringLiteral("resident"), QStringLiteral("rec-%1").arg(n, 8, 10, QLatin1Char('0')), 0,
                                             {{QStringLiteral("n"), n}, {QStringLiteral("filler"), filler}});
                if (!w)
                    return fail(w.error());
                if (n % 500 == 0) {
                    std::printf("progress %d\n", n);
                    std::fflush(stdout);
                }
            }
            return {};
        });
        if (!r) {
            std::fprintf(stderr, "write failed: %s\n", qPrintable(r.error().toString()));
            return 1;
        }
        written += batch;
        std::printf("committed %d\n", written);
        std::fflush(stdout);
    }
    std::printf("done\n");
    return 0;
}
