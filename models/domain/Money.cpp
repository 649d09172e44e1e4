#include "models/domain/Money.h"

#include <QDebug>
#include <QHashFunctions>
#include <QLocale>
#include <QVariant>

#include <algorithm>
#include <array>
#include <limits>
#include <string>

namespace boussole {

namespace {

__extension__ typedef unsigned __int128 UInt128;

// Magnitudes are handled unsigned so that minimum(), whose magnitude 2^127 has no positive
// Int128 counterpart, needs no special case until the sign goes back on.
constexpr UInt128 kMaxPositiveMagnitude = (UInt128(1) << 127) - 1;
constexpr UInt128 kMaxNegativeMagnitude = UInt128(1) << 127;
constexpr int kMaxExponent = 40;

UInt128 magnitude(Int128 value)
{
    // Unsigned wrap-around is defined, unlike negating the most negative Int128.
    return value < 0 ? UInt128(0) - UInt128(value) : UInt128(value);
}

std::optional<Money> fromMagnitude(UInt128 value, bool negative)
{
    if (negative) {
        if (value > kMaxNegativeMagnitude) {
            return std::nullopt;
        }
        // -(value - 1) - 1 stays in range even for 2^127.
        return Money::fromUnits(value == 0 ? 0 : -Int128(value - 1) - 1);
    }
    if (value > kMaxPositiveMagnitude) {
        return std::nullopt;
    }
    return Money::fromUnits(Int128(value));
}

UInt128 pow10(int exponent)
{
    UInt128 result = 1;
    for (int i = 0; i < exponent; ++i) {
        result *= 10;
    }
    return result;
}

// value / divisor, rounded half-even. Works on magnitudes: the sign does not change which way a
// tie goes under half-even, and an unsigned quotient never overflows.
UInt128 divideHalfEven(UInt128 value, UInt128 divisor)
{
    const UInt128 quotient = value / divisor;
    const UInt128 twiceRemainder = (value % divisor) * 2; // divisors here are < 2^64
    if (twiceRemainder > divisor || (twiceRemainder == divisor && (quotient & 1) != 0)) {
        return quotient + 1;
    }
    return quotient;
}

int clampDigits(int digits)
{
    return qBound(0, digits, Money::kScale);
}

std::string decimalDigits(UInt128 value)
{
    std::array<char, 40> buffer{}; // 2^128 has 39 decimal digits
    std::size_t begin = buffer.size();
    do {
        buffer[--begin] = char('0' + int(value % 10));
        value /= 10;
    } while (value != 0);
    return std::string(buffer.data() + begin, buffer.size() - begin);
}

// Integer and fraction digit strings of |units| rounded to `digits`; the fraction has exactly
// `digits` characters.
struct FixedDigits {
    std::string integer;
    std::string fraction;
    bool isZero = true;
};

FixedDigits fixedDigits(Int128 units, int digits)
{
    const UInt128 scaled = divideHalfEven(magnitude(units), pow10(Money::kScale - digits));
    std::string all = decimalDigits(scaled);
    if (all.size() <= std::size_t(digits)) {
        all.insert(0, std::size_t(digits) + 1 - all.size(), '0');
    }
    FixedDigits result;
    result.integer = all.substr(0, all.size() - std::size_t(digits));
    result.fraction = all.substr(all.size() - std::size_t(digits));
    result.isZero = scaled == 0;
    return result;
}

// 256-bit unsigned integer as four little-endian 64-bit limbs: just enough for mulDecimal's exact
// product of two 128-bit magnitudes followed by a division by 10^12.
struct UInt256 {
    std::array<quint64, 4> limbs{};
};

UInt256 multiplyWide(UInt128 a, UInt128 b)
{
    const quint64 a0 = quint64(a), a1 = quint64(a >> 64);
    const quint64 b0 = quint64(b), b1 = quint64(b >> 64);
    const UInt128 p00 = UInt128(a0) * b0;
    const UInt128 p01 = UInt128(a0) * b1;
    const UInt128 p10 = UInt128(a1) * b0;
    const UInt128 p11 = UInt128(a1) * b1;
    // Each partial sum is at most three 64-bit values plus a carry, so none overflows 128 bits.
    const UInt128 middle = (p00 >> 64) + quint64(p01) + quint64(p10);
    const UInt128 high = (middle >> 64) + (p01 >> 64) + (p10 >> 64) + quint64(p11);
    UInt256 result;
    result.limbs[0] = quint64(p00);
    result.limbs[1] = quint64(middle);
    result.limbs[2] = quint64(high);
    result.limbs[3] = quint64((high >> 64) + (p11 >> 64));
    return result;
}

// Divides in place and returns the remainder.
quint64 divideInPlace(UInt256 &value, quint64 divisor)
{
    UInt128 remainder = 0;
    for (int i = 3; i >= 0; --i) {
        const UInt128 current = (remainder << 64) | value.limbs[std::size_t(i)];
        value.limbs[std::size_t(i)] = quint64(current / divisor);
        remainder = current % divisor;
    }
    return quint64(remainder);
}

void increment(UInt256 &value)
{
    for (quint64 &limb : value.limbs) {
        if (++limb != 0) {
            return;
        }
    }
}

bool isGroupSpace(QChar c)
{
    switch (c.unicode()) {
    case u' ':
    case u'\u00A0':
    case u'\u202F':
    case u'\u2009':
    case u'\'':
    case u'\u2019':
        return true;
    default:
        return false;
    }
}

// Currency markers parse() tolerates around a number; see Money::parse().
constexpr std::array<QStringView, 3> kCurrencyMarkers = {u"€", u"$", u"EUR"};

// Both return whether a marker was removed, so that parse() accepts at most one.
bool stripMarkerBack(QStringView &text)
{
    for (const QStringView marker : kCurrencyMarkers) {
        if (text.endsWith(marker)) {
            text = text.chopped(marker.size()).trimmed();
            return true;
        }
    }
    return false;
}

bool stripMarkerFront(QStringView &text)
{
    for (const QStringView marker : kCurrencyMarkers) {
        if (text.startsWith(marker)) {
            text = text.sliced(marker.size()).trimmed();
            return true;
        }
    }
    return false;
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// Splits the mantissa into integer and fraction digits, enforcing the grouping rules of parse().
bool splitMantissa(QStringView mantissa, Money::DecimalSeparator mode, std::string &integer,
                   std::string &fraction)
{
    const qsizetype dots = mantissa.count(u'.');
    const qsizetype commas = mantissa.count(u',');
    QChar decimal;
    switch (mode) {
    case Money::DecimalSeparator::Dot:
        decimal = u'.';
        break;
    case Money::DecimalSeparator::Comma:
        decimal = u',';
        break;
    case Money::DecimalSeparator::Auto:
        // A character repeated can only group thousands, so the decimal separator is then the
        // other one (which is absent, and harmless).
        if (dots > 0 && commas > 0) {
            decimal = mantissa.lastIndexOf(u'.') > mantissa.lastIndexOf(u',') ? u'.' : u',';
        } else if (commas > 0) {
            decimal = commas == 1 ? u',' : u'.';
        } else {
            decimal = dots > 1 ? u',' : u'.';
        }
        break;
    }
    const QChar otherPunctuation = decimal == u'.' ? u',' : u'.';

    bool inFraction = false;
    QChar groupSeparator; // the first one seen; all must match it
    qsizetype groupLength = 0;
    for (const QChar c : mantissa) {
        if (isAsciiDigit(c)) {
            (inFraction ? fraction : integer).push_back(char(c.unicode()));
            ++groupLength;
        } else if (c == decimal) {
            if (inFraction || (!groupSeparator.isNull() && groupLength != 3)) {
                return false;
            }
            inFraction = true;
        } else if (!inFraction && (c == otherPunctuation || isGroupSpace(c))) {
            if (groupSeparator.isNull()) {
                if (groupLength < 1 || groupLength > 3) {
                    return false;
                }
                groupSeparator = c;
            } else if (c != groupSeparator || groupLength != 3) {
                return false;
            }
            groupLength = 0;
        } else {
            return false;
        }
    }
    if (!inFraction && !groupSeparator.isNull() && groupLength != 3) {
        return false;
    }
    return !integer.empty() || !fraction.empty();
}

std::optional<int> parseExponent(QStringView text)
{
    bool negative = false;
    if (!text.isEmpty() && (text.front() == u'+' || text.front() == u'-')) {
        negative = text.front() == u'-';
        text = text.sliced(1);
    }
    if (text.isEmpty()) {
        return std::nullopt;
    }
    int value = 0;
    for (const QChar c : text) {
        if (!isAsciiDigit(c)) {
            return std::nullopt;
        }
        value = value * 10 + (c.unicode() - u'0');
        if (value > kMaxExponent) {
            return std::nullopt; // also keeps `value` from overflowing on long inputs
        }
    }
    return negative ? -value : value;
}

} // namespace

std::optional<Money> Money::parse(QStringView text, ParseOptions options, bool *inexact)
{
    if (inexact) {
        *inexact = false;
    }
    text = text.trimmed();
    bool marker = stripMarkerBack(text);
    if (!marker) {
        marker = stripMarkerFront(text);
    }
    bool negative = false;
    if (!text.isEmpty() &&
        (text.front() == u'+' || text.front() == u'-' || text.front() == u'\u2212')) {
        negative = text.front() != u'+';
        text = text.sliced(1);
    }
    if (!marker) {
        stripMarkerFront(text);
    }

    const qsizetype exponentAt = text.indexOf(u'e', 0, Qt::CaseInsensitive);
    int exponent = 0;
    if (exponentAt >= 0) {
        const std::optional<int> parsed = parseExponent(text.sliced(exponentAt + 1));
        if (!parsed) {
            return std::nullopt;
        }
        exponent = *parsed;
        text = text.first(exponentAt);
    }

    std::string integer;
    std::string fraction;
    if (!splitMantissa(text, options.decimalSeparator, integer, fraction)) {
        return std::nullopt;
    }

    // Apply the exponent by moving the decimal point within the digit string.
    std::string digits = integer + fraction;
    qsizetype point = qsizetype(integer.size()) + exponent;
    if (point < 0) {
        digits.insert(0, std::size_t(-point), '0');
        point = 0;
    } else if (point > qsizetype(digits.size())) {
        digits.append(std::size_t(point) - digits.size(), '0');
    }

    const std::size_t firstSignificant = digits.find_first_not_of('0');
    const std::size_t integerStart = std::min(firstSignificant, std::size_t(point));
    UInt128 whole = 0;
    for (std::size_t i = integerStart; i < std::size_t(point); ++i) {
        const unsigned digit = unsigned(digits[i] - '0');
        if (whole > (kMaxNegativeMagnitude - digit) / 10) {
            return std::nullopt;
        }
        whole = whole * 10 + digit;
    }
    if (whole > kMaxNegativeMagnitude / kUnitsPerWhole) {
        return std::nullopt;
    }

    std::string fractionDigits = digits.substr(std::size_t(point));
    const std::string kept = fractionDigits.substr(0, kScale);
    UInt128 fractionUnits = 0;
    for (int i = 0; i < kScale; ++i) {
        fractionUnits = fractionUnits * 10 + (std::size_t(i) < kept.size() ? kept[i] - '0' : 0);
    }
    if (fractionDigits.size() > std::size_t(kScale)) {
        const std::string dropped = fractionDigits.substr(kScale);
        const int first = dropped.front() - '0';
        const bool sticky = dropped.find_first_not_of('0', 1) != std::string::npos;
        if (inexact) {
            *inexact = first != 0 || sticky;
        }
        if (first > 5 || (first == 5 && (sticky || (fractionUnits & 1) != 0))) {
            ++fractionUnits; // may carry into the integer part, which the sum below absorbs
        }
    }
    return fromMagnitude(whole * kUnitsPerWhole + fractionUnits, negative);
}

std::optional<qint64> Money::toInt64Units() const
{
    if (m_units < std::numeric_limits<qint64>::min() ||
        m_units > std::numeric_limits<qint64>::max()) {
        return std::nullopt;
    }
    return qint64(m_units);
}

Money Money::roundedTo(int digits) const
{
    const UInt128 step = pow10(kScale - clampDigits(digits));
    const UInt128 value = magnitude(m_units);
    const UInt128 nearest = divideHalfEven(value, step) * step;
    if (const std::optional<Money> rounded = fromMagnitude(nearest, isNegative())) {
        return *rounded;
    }
    return *fromMagnitude(value / step * step, isNegative());
}

std::optional<Money> Money::checkedAdd(Money a, Money b)
{
    Money result;
    if (__builtin_add_overflow(a.m_units, b.m_units, &result.m_units)) {
        return std::nullopt;
    }
    return result;
}

std::optional<Money> Money::checkedSub(Money a, Money b)
{
    Money result;
    if (__builtin_sub_overflow(a.m_units, b.m_units, &result.m_units)) {
        return std::nullopt;
    }
    return result;
}

std::optional<Money> Money::multipliedBy(qint64 factor) const
{
    Money result;
    if (__builtin_mul_overflow(m_units, Int128(factor), &result.m_units)) {
        return std::nullopt;
    }
    return result;
}

std::optional<Money> Money::mulDecimal(const Money &amount, const Money &factor)
{
    UInt256 product = multiplyWide(magnitude(amount.m_units), magnitude(factor.m_units));
    const quint64 remainder = divideInPlace(product, quint64(kUnitsPerWhole));
    const quint64 twiceRemainder = remainder * 2;
    if (twiceRemainder > quint64(kUnitsPerWhole) ||
        (twiceRemainder == quint64(kUnitsPerWhole) && (product.limbs[0] & 1) != 0)) {
        increment(product);
    }
    if (product.limbs[2] != 0 || product.limbs[3] != 0) {
        return std::nullopt;
    }
    const UInt128 result = (UInt128(product.limbs[1]) << 64) | product.limbs[0];
    return fromMagnitude(result, amount.isNegative() != factor.isNegative());
}

std::optional<Money> Money::dividedBy(qint64 divisor) const
{
    if (divisor == 0) {
        return std::nullopt;
    }
    const UInt128 quotient = divideHalfEven(magnitude(m_units), magnitude(divisor));
    return fromMagnitude(quotient, isNegative() != (divisor < 0));
}

QString Money::toString() const
{
    const UInt128 value = magnitude(m_units);
    std::string text = decimalDigits(value / kUnitsPerWhole);
    std::string fraction = decimalDigits(value % kUnitsPerWhole);
    fraction.insert(0, std::size_t(kScale) - fraction.size(), '0');
    fraction.erase(fraction.find_last_not_of('0') + 1);
    if (!fraction.empty()) {
        text += '.';
        text += fraction;
    }
    if (isNegative()) {
        text.insert(0, 1, '-');
    }
    return QString::fromLatin1(text.data(), qsizetype(text.size()));
}

QString Money::toFixed(int digits) const
{
    digits = clampDigits(digits);
    const FixedDigits parts = fixedDigits(m_units, digits);
    std::string text = parts.integer;
    if (digits > 0) {
        text += '.';
        text += parts.fraction;
    }
    if (isNegative() && !parts.isZero) {
        text.insert(0, 1, '-');
    }
    return QString::fromLatin1(text.data(), qsizetype(text.size()));
}

QString Money::format(const QLocale &locale, QStringView currencyCode, int digits) const
{
    digits = clampDigits(digits);
    const FixedDigits parts = fixedDigits(m_units, digits);

    // Locales such as Arabic have their own digits; zeroDigit() is one QChar for all Qt 6.4 ships
    // with non-ASCII digits in the BMP, otherwise ASCII digits are kept.
    const QString zero = locale.zeroDigit();
    const char16_t zeroDigit = zero.size() == 1 ? zero.front().unicode() : u'0';
    const auto localDigits = [zeroDigit](const std::string &ascii) {
        QString result;
        result.reserve(qsizetype(ascii.size()));
        for (const char c : ascii) {
            result += QChar(char16_t(zeroDigit + (c - '0')));
        }
        return result;
    };

    // Groups of three: Qt does not expose a locale's grouping sizes (Indian lakh grouping, Spanish
    // minimum grouping), and amounts beyond 64 bits cannot go through QLocale::toString(qlonglong).
    QString number;
    const QString group = locale.groupSeparator();
    const bool grouping = !(locale.numberOptions() & QLocale::OmitGroupSeparator);
    const QString integer = localDigits(parts.integer);
    for (qsizetype i = 0; i < integer.size(); ++i) {
        if (grouping && i > 0 && (integer.size() - i) % 3 == 0) {
            number += group;
        }
        number += integer.at(i);
    }
    if (digits > 0) {
        number += locale.decimalPoint();
        number += localDigits(parts.fraction);
    }

    const QString code = currencyCode.toString().toUpper();
    QString symbol = code;
    if (code == u"EUR") {
        symbol = QStringLiteral("€");
    } else if (code == u"USD") {
        symbol = QStringLiteral("$");
    } else if (code == u"GBP") {
        symbol = QStringLiteral("£");
    }

    // The locale's currency pattern (symbol before or after, spacing) is taken from Qt by
    // formatting the integer 1 — no floating point involved — and putting our digits in its place.
    // Only the positive pattern is used: several locales' negative pattern is accounting
    // parentheses, and the sign must stay visible in tables and exports.
    QString result;
    if (!symbol.isEmpty()) {
        const QString one = locale.toString(qlonglong(1));
        const QString pattern = locale.toCurrencyString(qlonglong(1), symbol);
        const qsizetype at = pattern.indexOf(one);
        if (at < 0) {
            result = number + QChar(u'\u00A0') + symbol; // defensive: no pattern recognised
        } else {
            QString before = pattern.first(at);
            QString after = pattern.sliced(at + one.size());
            // Qt does not apply CLDR's currency spacing: a letter code glued to the digits
            // ("CHF1,234.56") is unreadable, so it gets a no-break space.
            if (!before.isEmpty() && before.back().isLetter()) {
                before += QChar(u'\u00A0');
            }
            if (!after.isEmpty() && after.front().isLetter()) {
                after.prepend(QChar(u'\u00A0'));
            }
            result = before + number + after;
        }
    } else {
        result = number;
    }
    if (isNegative() && !parts.isZero) {
        result.prepend(locale.negativeSign());
    }
    return result;
}

QVariant Money::toStorage() const
{
    if (const std::optional<qint64> units = toInt64Units()) {
        return QVariant::fromValue(*units);
    }
    return QVariant(toStorageText());
}

std::optional<Money> Money::fromStorage(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::Long:
    case QMetaType::Short:
        return fromInt64Units(value.toLongLong());
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::ULong:
    case QMetaType::UShort:
        return fromUnits(Int128(value.toULongLong()));
    case QMetaType::QString: {
        bool inexact = false;
        const std::optional<Money> parsed =
            parse(value.toString(), ParseOptions{DecimalSeparator::Dot}, &inexact);
        if (!parsed || inexact) {
            return std::nullopt;
        }
        return parsed;
    }
    default:
        // Doubles included: a double may already have lost digits, so accepting one would hide it.
        return std::nullopt;
    }
}

QDebug operator<<(QDebug debug, const Money &money)
{
    const QDebugStateSaver saver(debug);
    debug.nospace().noquote() << "Money(" << money.toString() << ')';
    return debug;
}

size_t qHash(const Money &money, size_t seed) noexcept
{
    const UInt128 bits = UInt128(money.units());
    return qHashMulti(seed, quint64(bits >> 64), quint64(bits));
}

} // namespace boussole
