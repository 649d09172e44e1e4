#include "models/domain/Uuid.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <array>

namespace boussole {

namespace {

std::array<quint32, 8> systemSeed()
{
    std::array<quint32, 8> seed;
    QRandomGenerator::system()->fillRange(seed.data(), qsizetype(seed.size()));
    return seed;
}

struct UuidState {
    QRandomGenerator64 random{systemSeed().data(), qsizetype(8)};
    quint64 lastMs = 0;
    quint32 counter = 0;
};

constexpr quint32 kCounterMask = 0xFFF; // the 12 bits of rand_a

} // namespace

QString newUuid()
{
    thread_local UuidState state;
    const quint64 now = quint64(QDateTime::currentMSecsSinceEpoch());
    // RFC 9562 method 1: a counter in rand_a keeps ids made within one millisecond (or after the
    // clock stepped back) in order; it starts at a random value in its lower half so it rarely
    // overflows, and an overflow borrows the next millisecond.
    if (now > state.lastMs) {
        state.lastMs = now;
        state.counter = quint32(state.random.generate()) & (kCounterMask >> 1);
    } else if (++state.counter > kCounterMask) {
        ++state.lastMs;
        state.counter = 0;
    }
    const quint64 high = (state.lastMs << 16) | 0x7000 | state.counter;        // version 7
    const quint64 low = (state.random.generate64() >> 2) | 0x8000000000000000; // RFC variant

    static constexpr char16_t kHex[] = u"0123456789abcdef";
    QString text(36, Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(text.data());
    int position = 0;
    const auto put = [&](quint64 value, int digits) {
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
            out[position++] = kHex[(value >> shift) & 0xF];
        }
    };
    put(high >> 32, 8);
    out[position++] = u'-';
    put(high >> 16, 4);
    out[position++] = u'-';
    put(high, 4);
    out[position++] = u'-';
    put(low >> 48, 4);
    out[position++] = u'-';
    put(low, 12);
    return text;
}

} // namespace boussole
