#pragma once
// A fresh store in a temporary directory with a known data key, for store-level tests.
#include "cliniclink/core/clock.h"
#include "cliniclink/store/store.h"

#include <QTemporaryDir>
#include <QJsonDocument>
#include <QTest>

namespace cliniclink::test {

struct StoreFixture {
    QTemporaryDir dir;
    ManualClock clock;
    crypto::SecretKey key = crypto::SecretKey::generate();
    std::unique_ptr<store::Store> store;

    void create(crypto::HashAlgorithm alg = crypto::HashAlgorithm::Sha256)
    {
        auto s = store::Store::create(dir.path(), key, {QStringLiteral("450102001001"), QStringLiteral("Test clinic"),
                                                        QStringLiteral("device-1"), alg},
                                      clock);
        QVERIFY2(s.has_value(), s ? "" : qPrintable(s.error().toString()));
        store = std::move(*s);
        store->setActor({QStringLiteral("u1"), QStringLiteral("doctor"), QStringLiteral("device-1")});
    }
    void reopen()
    {
        store.reset();
        auto s = store::Store::open(dir.path(), key, clock);
        QVERIFY2(s.has_value(), s ? "" : qPrintable(s.error().toString()));
        store = std::move(*s);
        store->setActor({QStringLiteral("u1"), QStringLiteral("doctor"), QStringLiteral("device-1")});
    }
};

} // namespace cliniclink::test
