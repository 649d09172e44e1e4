#pragma once

#include <QMetaType>
#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <compare>
#include <cstddef>
#include <functional>
#include <optional>

QT_BEGIN_NAMESPACE
class QDebug;
class QLocale;
class QVariant;
QT_END_NAMESPACE

namespace boussole {

// GCC and Clang provide a 128-bit integer but ISO C++ does not; __extension__ keeps -Wpedantic
// quiet here so that the rest of the code can use the alias freely.
__extension__ typedef __int128 Int128;

// Which character separates the fraction in Money::parse(). See parse() for the rules.
enum class MoneyDecimalSeparator { Auto, Dot, Comma };

// At namespace scope rather than nested in Money: GCC rejects a nested struct with default member
// initializers as a default argument of its enclosing class's functions.
struct MoneyParseOptions {
    MoneyDecimalSeparator decimalSeparator = MoneyDecimalSeparator::Auto;
};

// An exact decimal amount: a signed 128-bit count of 10^-12 units. FOCUS bill lines carry ten or
// more decimals and a project sums millions of them, so a fixed scale of 12 digits in 128 bits
// keeps every digit (range about ±1.7e26) and makes addition exact. Amounts never pass through
// double.
//
// The type carries no currency: the caller keeps the code next to the amount.
//
// Overflow: + and - are exact for anything a bill can hold; at the very ends of the range they wrap
// (defined behaviour, asserted in debug builds) — use checkedAdd()/checkedSub() on values that may
// be that large. Multiplication and division always report overflow through std::optional.
//
// Storage (SQLite has only 64-bit integers): toStorage() gives INTEGER units (toInt64Units(), i.e.
// the amount times 10^12) when they fit in 64 bits — amounts up to about ±9.2 million — and the
// exact canonical text (toStorageText()) otherwise; fromStorage() reads either back without loss.
class Money {
public:
    static constexpr int kScale = 12;
    static constexpr qint64 kUnitsPerWhole = 1'000'000'000'000;

    using DecimalSeparator = MoneyDecimalSeparator;
    using ParseOptions = MoneyParseOptions;

    constexpr Money() = default;

    static constexpr Money fromUnits(Int128 units) { return Money(units); }
    static constexpr Money fromInt64Units(qint64 units) { return Money(units); }
    static constexpr Money fromInteger(qint64 whole)
    {
        return Money(Int128(whole) * kUnitsPerWhole);
    }
    static constexpr Money fromCents(qint64 cents) { return Money(Int128(cents) * 10'000'000'000); }
    static constexpr Money maximum()
    {
        return Money((Int128(0x7FFF'FFFF'FFFF'FFFF) << 64) | Int128(~0ULL));
    }
    static constexpr Money minimum() { return Money(-maximum().m_units - 1); }

    // Reads a decimal amount as found in CSV exports, bills and user input. Rules:
    // - Surrounding whitespace is ignored. One currency marker (`€`, `$` or `EUR`) may precede
    //   or follow the number, with or without spaces. It is not checked: the caller knows the
    //   currency.
    // - One sign, `+`, `-` or U+2212, before the digits (a leading marker may come before or
    //   after it).
    // - Digits are ASCII; at least one digit in the mantissa. `.5` and `5.` are accepted.
    // - Decimal separator: Dot or Comma forces it, the other character then groups thousands.
    //   In Auto, if both `.` and `,` appear, the one appearing last is the decimal separator;
    //   otherwise a character appearing exactly once is the decimal separator and one appearing
    //   several times groups thousands. So in Auto `1,234` is 1.234 (French spreadsheets write
    //   decimal commas) while `1,234,567` and `1,234.5` group thousands; pass Dot to read
    //   `1,234` as 1234.
    // - Thousands groups: `.` or `,` (whichever is not decimal), space, U+00A0, U+202F, U+2009,
    //   `'` or U+2019; only in the integer part, all the same character, first group 1-3
    //   digits, then exactly 3. Anything else (`1.2.3`, `12 34`) is rejected.
    // - Optional exponent `e`/`E`, optional sign, digits, between -40 and 40.
    // - More than 12 fractional digits are rounded half-even; *inexact (when given) is set to
    //   whether a non-zero digit was dropped.
    // - Values outside the 128-bit range, nan, inf and anything else give std::nullopt.
    static std::optional<Money> parse(QStringView text, ParseOptions options = {},
                                      bool *inexact = nullptr);

    constexpr Int128 units() const { return m_units; }
    std::optional<qint64> toInt64Units() const;

    bool isZero() const { return m_units == 0; }
    bool isNegative() const { return m_units < 0; }
    Money abs() const { return isNegative() ? -*this : *this; }

    // Half-even to `digits` fractional digits (clamped to 0..kScale). At the very ends of the
    // range, where the nearest value is not representable, rounds toward zero instead.
    Money roundedTo(int digits) const;

    static std::optional<Money> checkedAdd(Money a, Money b);
    static std::optional<Money> checkedSub(Money a, Money b);
    // nullopt when the product leaves the 128-bit range.
    std::optional<Money> multipliedBy(qint64 factor) const;
    // Treats `factor` as a plain decimal number (a quantity, a rate, an exchange rate) and rounds
    // the exact product half-even to 12 digits: 0.0116 × 730 = 8.468. nullopt on overflow.
    static std::optional<Money> mulDecimal(const Money &amount, const Money &factor);
    // Half-even to 12 digits; nullopt for a zero divisor or an overflow (minimum() / -1).
    std::optional<Money> dividedBy(qint64 divisor) const;

    // Canonical exact text: '.' decimal point, no grouping, no trailing zeros, no exponent
    // ("1643.7625914006", "-0.5", "12", "0"). JSON and storage use it.
    QString toString() const;
    // Half-even to `digits` (clamped to 0..kScale) with '.'; never "-0.00".
    QString toFixed(int digits) const;
    // For display: the locale's digits, separators and currency pattern (French "1 234,56 €" with
    // U+202F groups and U+00A0 before the sign; English "€1,234.56"). EUR, USD and GBP show their
    // symbol, other codes show the code ("1 234,56 CHF", "CHF 1,234.56" with U+00A0). Negative
    // amounts get the locale's minus sign in front, never accounting parentheses.
    QString format(const QLocale &locale, QStringView currencyCode = u"EUR", int digits = 2) const;

    // The nearest double, for drawing a chart, a ratio or a sort key — never for an amount that is
    // added, stored or shown.
    double toApproximateDouble() const { return double(m_units) / double(kUnitsPerWhole); }

    QString toStorageText() const { return toString(); }
    QVariant toStorage() const;
    // Accepts integer units (any integer QVariant type) or the canonical text; refuses doubles,
    // text with more than 12 fractional digits, and anything else.
    static std::optional<Money> fromStorage(const QVariant &value);

    Money &operator+=(Money other)
    {
        [[maybe_unused]] const bool overflow =
            __builtin_add_overflow(m_units, other.m_units, &m_units);
        Q_ASSERT_X(!overflow, "Money::operator+=", "128-bit overflow");
        return *this;
    }
    Money &operator-=(Money other)
    {
        [[maybe_unused]] const bool overflow =
            __builtin_sub_overflow(m_units, other.m_units, &m_units);
        Q_ASSERT_X(!overflow, "Money::operator-=", "128-bit overflow");
        return *this;
    }
    friend Money operator+(Money a, Money b) { return a += b; }
    friend Money operator-(Money a, Money b) { return a -= b; }
    friend Money operator-(Money a) { return Money() - a; }

    friend constexpr bool operator==(const Money &, const Money &) = default;
    friend constexpr std::strong_ordering operator<=>(const Money &, const Money &) = default;

private:
    constexpr explicit Money(Int128 units) : m_units(units) {}

    Int128 m_units = 0;
};

QDebug operator<<(QDebug debug, const Money &money);
size_t qHash(const Money &money, size_t seed = 0) noexcept;

} // namespace boussole

Q_DECLARE_METATYPE(boussole::Money)

template <>
struct std::hash<boussole::Money> {
    size_t operator()(const boussole::Money &money) const noexcept { return qHash(money); }
};
