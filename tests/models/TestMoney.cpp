#include "models/domain/Money.h"

#include <QDebug>
#include <QLocale>
#include <QRandomGenerator>
#include <QTest>
#include <QVariant>

#include <unordered_set>

using namespace Qt::StringLiterals;
using boussole::Int128;
using boussole::Money;
using Separator = Money::DecimalSeparator;

namespace boussole {
// Lets QCOMPARE print amounts instead of "<unknown>".
char *toString(const Money &money)
{
    return qstrdup(money.toString().toUtf8().constData());
}

char *toString(const std::optional<Money> &money)
{
    return money ? toString(*money) : qstrdup("nullopt");
}
} // namespace boussole

namespace {

Int128 pow10(int exponent)
{
    Int128 result = 1;
    for (int i = 0; i < exponent; ++i) {
        result *= 10;
    }
    return result;
}

Money units(qint64 value)
{
    return Money::fromInt64Units(value);
}

// whole + fractionUnits/10^12 (give both the same sign), built from integers so that expectations
// do not depend on parse().
Money exact(qint64 whole, qint64 fractionUnits)
{
    return Money::fromUnits(Int128(whole) * Money::kUnitsPerWhole + fractionUnits);
}

// 170141183460469231731687303.715884105727 and its negative counterpart (…728).
const QString kMaximumText = QStringLiteral("170141183460469231731687303.715884105727");
const QString kMinimumText = QStringLiteral("-170141183460469231731687303.715884105728");

} // namespace

class TestMoney : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void constants();
    void parse_data();
    void parse();
    void parseRejects_data();
    void parseRejects();
    void toString_data();
    void toString();
    void roundTrip_data();
    void roundTrip();
    void roundedTo_data();
    void roundedTo();
    void toFixed_data();
    void toFixed();
    void format_data();
    void format();
    void arithmetic_data();
    void arithmetic();
    void checkedAddSub();
    void sumOfSmallLines();
    void sumOfTenths();
    void multipliedBy_data();
    void multipliedBy();
    void mulDecimal_data();
    void mulDecimal();
    void dividedBy_data();
    void dividedBy();
    void storage_data();
    void storage();
    void fromStorageRejects_data();
    void fromStorageRejects();
    void variantHashDebug();
    void approximateDouble();
};

void TestMoney::constants()
{
    QCOMPARE(Money::maximum().units(), (Int128(1) << 126) - 1 + (Int128(1) << 126));
    QCOMPARE(Money::minimum().units(), -Money::maximum().units() - 1);
    QCOMPARE(Money::fromInteger(3).units(), Int128(3'000'000'000'000));
    QCOMPARE(Money::fromCents(-150).units(), Int128(-1'500'000'000'000));
    QVERIFY(Money().isZero());
    QVERIFY(Money::minimum() < units(-1));
    QVERIFY(units(-1) < Money());
    QVERIFY(Money() < units(1));
    QVERIFY(units(1) < Money::maximum());
}

void TestMoney::parse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<Separator>("separator");
    QTest::addColumn<Money>("expected");
    QTest::addColumn<bool>("inexact");

    const auto row = [](const char *name, const QString &input, Money expected,
                        Separator separator = Separator::Auto, bool inexact = false) {
        QTest::newRow(name) << input << separator << expected << inexact;
    };

    row("plain", u"1234.56"_s, Money::fromCents(123456));
    row("negative", u"-1234.56"_s, Money::fromCents(-123456));
    row("explicit plus", u"+3"_s, Money::fromInteger(3));
    row("leading point", u".5"_s, Money::fromCents(50));
    row("negative leading point", u"-.5"_s, Money::fromCents(-50));
    row("trailing point", u"5."_s, Money::fromInteger(5));
    row("leading comma", u",5"_s, Money::fromCents(50));
    row("zero", u"0"_s, Money());
    row("negative zero", u"-0.000"_s, Money());
    row("leading zeros", u"000012.50"_s, Money::fromCents(1250));
    row("unicode minus", u"\u22125"_s, Money::fromInteger(-5));
    row("FOCUS line", u"1643.7625914006"_s, units(1'643'762'591'400'600));
    row("ten decimals", u"0.0000000001"_s, units(100));
    row("smallest unit", u"0.000000000001"_s, units(1));
    row("negative smallest unit", u"-0.000000000001"_s, units(-1));

    row("French space", u"1 234,56"_s, Money::fromCents(123456));
    row("French NBSP", u"1\u00A0234,56"_s, Money::fromCents(123456));
    row("French narrow NBSP", u"1\u202F234,56"_s, Money::fromCents(123456));
    row("French millions", u"-1\u202F234\u202F567,891"_s, exact(-1234567, -891'000'000'000));
    row("thin space", u"1\u2009234,5"_s, Money::fromCents(123450));
    row("French no grouping", u"1234,56"_s, Money::fromCents(123456));
    row("English thousands", u"1,234.56"_s, Money::fromCents(123456));
    row("English millions", u"1,234,567.5"_s, exact(1234567, 500'000'000'000));
    row("German thousands", u"1.234,56"_s, Money::fromCents(123456));
    row("repeated dots group", u"1.234.567"_s, Money::fromInteger(1234567));
    row("repeated commas group", u"1,234,567"_s, Money::fromInteger(1234567));
    row("Swiss apostrophe", u"1'234.50"_s, Money::fromCents(123450));
    row("Swiss right quote", u"1\u2019234.50"_s, Money::fromCents(123450));
    row("space grouping with dot", u"1 234.5"_s, Money::fromCents(123450));
    row("single comma is decimal in Auto", u"1,234"_s, exact(1, 234'000'000'000));
    row("single comma groups in Dot", u"1,234"_s, Money::fromInteger(1234), Separator::Dot);
    row("single dot groups in Comma", u"1.234"_s, Money::fromInteger(1234), Separator::Comma);
    row("Comma mode", u"1,5"_s, Money::fromCents(150), Separator::Comma);
    row("Comma mode with groups", u"1.234.567,25"_s, exact(1234567, 250'000'000'000),
        Separator::Comma);
    row("Dot mode with groups", u"1,234,567.25"_s, exact(1234567, 250'000'000'000), Separator::Dot);

    row("scientific", u"1.2E-5"_s, units(12'000'000));
    row("scientific lower", u"1e3"_s, Money::fromInteger(1000));
    row("scientific signs", u"-2.5e+2"_s, Money::fromInteger(-250));
    row("scientific comma", u"1,5e3"_s, Money::fromInteger(1500));
    row("exponent leading zeros", u"1e+003"_s, Money::fromInteger(1000));
    row("exponent 40 small", u"1e-40"_s, Money(), Separator::Auto, true);
    row("exponent 26", u"1.7e26"_s, Money::fromUnits(17 * pow10(37)));
    row("shift into fraction", u"123456e-8"_s, units(1'234'560'000));

    row("surrounding spaces", u"  42  "_s, Money::fromInteger(42));
    row("surrounding tab newline", u"\t42\n"_s, Money::fromInteger(42));
    row("trailing euro", u"12.5 €"_s, Money::fromCents(1250));
    row("trailing euro glued", u"12.5€"_s, Money::fromCents(1250));
    row("French euro", u"1\u202F234,56\u00A0€"_s, Money::fromCents(123456));
    row("leading euro", u"€12.50"_s, Money::fromCents(1250));
    row("negative leading euro", u"-€1,234.56"_s, Money::fromCents(-123456));
    row("leading dollar", u"$3"_s, Money::fromInteger(3));
    row("dollar then sign", u"$-3"_s, Money::fromInteger(-3));
    row("sign then dollar", u"-$3"_s, Money::fromInteger(-3));
    row("trailing dollar", u"3$"_s, Money::fromInteger(3));
    row("trailing EUR", u"12 EUR"_s, Money::fromInteger(12));
    row("leading EUR", u"EUR 12"_s, Money::fromInteger(12));

    row("maximum", kMaximumText, Money::maximum());
    row("minimum", kMinimumText, Money::minimum());
    row("maximum via exponent", u"1.70141183460469231731687303715884105727e26"_s, Money::maximum());

    // Half-even on the 13th digit; `inexact` says whether a non-zero digit was dropped.
    row("13 zero digits are exact", u"1.0000000000000"_s, Money::fromInteger(1));
    row("tie to even zero", u"0.0000000000005"_s, Money(), Separator::Auto, true);
    row("tie to even up", u"0.0000000000015"_s, units(2), Separator::Auto, true);
    row("tie to even stays", u"0.0000000000025"_s, units(2), Separator::Auto, true);
    row("above tie", u"0.00000000000251"_s, units(3), Separator::Auto, true);
    row("below tie", u"0.0000000000024999"_s, units(2), Separator::Auto, true);
    row("negative tie", u"-0.0000000000025"_s, units(-2), Separator::Auto, true);
    row("carry into integer", u"0.9999999999995"_s, Money::fromInteger(1), Separator::Auto, true);
    row("inexact via exponent", u"123e-14"_s, units(1), Separator::Auto, true);
}

void TestMoney::parse()
{
    QFETCH(QString, input);
    QFETCH(Separator, separator);
    QFETCH(Money, expected);
    QFETCH(bool, inexact);

    bool wasInexact = !inexact; // proves parse() writes the flag
    const std::optional<Money> parsed = Money::parse(input, {separator}, &wasInexact);
    QVERIFY(parsed.has_value());
    QCOMPARE(*parsed, expected);
    QCOMPARE(wasInexact, inexact);
    // The flag is optional.
    QCOMPARE(Money::parse(input, {separator}), parsed);
}

void TestMoney::parseRejects_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<Separator>("separator");

    const auto row = [](const char *name, const QString &input,
                        Separator separator = Separator::Auto) {
        QTest::newRow(name) << input << separator;
    };
    row("empty", QString());
    row("blank", u"   "_s);
    row("letters", u"abc"_s);
    row("two points", u"1.2.3"_s);
    row("two commas bad groups", u"1,2,3"_s);
    row("double minus", u"--1"_s);
    row("plus minus", u"+-1"_s);
    row("trailing minus", u"5-"_s);
    row("space after sign", u"- 5"_s);
    row("sign only", u"-"_s);
    row("point only", u"."_s);
    row("comma only", u","_s);
    row("exponent without digits", u"1e"_s);
    row("exponent sign only", u"1e+"_s);
    row("exponent only", u"e5"_s);
    row("fractional exponent", u"1e3.5"_s);
    row("exponent 41", u"1e41"_s);
    row("exponent -41", u"1e-41"_s);
    row("huge exponent", u"1e999999999999999999999"_s);
    row("NaN", u"NaN"_s);
    row("nan", u"nan"_s);
    row("inf", u"inf"_s);
    row("negative inf", u"-inf"_s);
    row("Infinity", u"Infinity"_s);
    row("hex", u"0x10"_s);
    row("underscore", u"1_000"_s);
    row("trailing letter", u"12a"_s);
    row("Arabic digits", u"\u0661\u0662"_s);
    row("bad group size", u"12 34"_s);
    row("long group", u"1 2345"_s);
    row("short group before decimal", u"1 23,5"_s);
    row("long group before decimal", u"1 2345,5"_s);
    row("Indian grouping", u"1,23,456.7"_s);
    row("leading group separator", u" ,123"_s, Separator::Dot);
    row("trailing group separator", u"123,"_s, Separator::Dot);
    row("mixed group separators", u"1\u202F234 567,5"_s);
    row("grouping in fraction", u"1.234 5"_s);
    row("adjacent points", u"1..2"_s);
    row("adjacent commas", u"1,,234"_s);
    row("dot after decimal comma", u"1,234.5"_s, Separator::Comma);
    row("comma after decimal dot", u"1.234,56"_s, Separator::Dot);
    row("single dot bad group in Comma", u"1.5"_s, Separator::Comma);
    row("last separator repeated", u"1,234.5.6"_s);
    row("two markers", u"€12€"_s);
    row("marker only", u"€"_s);
    row("unknown marker", u"12 CHF"_s);
    row("lowercase marker", u"12 eur"_s);
    row("maximum plus one unit", u"170141183460469231731687303.715884105728"_s);
    row("minimum minus one unit", u"-170141183460469231731687303.715884105729"_s);
    row("1e27", u"1000000000000000000000000000"_s);
    row("overflow via exponent", u"1e40"_s);
    row("2^128 + 1 would wrap to 1", u"340282366920938463463374607431768211457"_s);
    row("overflow by rounding", u"170141183460469231731687303.7158841057275"_s);
}

void TestMoney::parseRejects()
{
    QFETCH(QString, input);
    QFETCH(Separator, separator);
    QCOMPARE(Money::parse(input, {separator}), std::nullopt);
}

void TestMoney::toString_data()
{
    QTest::addColumn<Money>("value");
    QTest::addColumn<QString>("expected");

    QTest::newRow("zero") << Money() << u"0"_s;
    QTest::newRow("integer") << Money::fromInteger(12) << u"12"_s;
    QTest::newRow("negative integer") << Money::fromInteger(-1000000) << u"-1000000"_s;
    QTest::newRow("half") << Money::fromCents(-50) << u"-0.5"_s;
    QTest::newRow("FOCUS line") << units(1'643'762'591'400'600) << u"1643.7625914006"_s;
    QTest::newRow("smallest") << units(1) << u"0.000000000001"_s;
    QTest::newRow("negative smallest") << units(-1) << u"-0.000000000001"_s;
    QTest::newRow("inner zeros") << exact(10, 10) << u"10.00000000001"_s;
    QTest::newRow("maximum") << Money::maximum() << kMaximumText;
    QTest::newRow("minimum") << Money::minimum() << kMinimumText;
    QTest::newRow("10^26") << Money::fromUnits(pow10(38)) << u"100000000000000000000000000"_s;
}

void TestMoney::toString()
{
    QFETCH(Money, value);
    QFETCH(QString, expected);
    QCOMPARE(value.toString(), expected);
    QCOMPARE(value.toStorageText(), expected);
}

void TestMoney::roundTrip_data()
{
    QTest::addColumn<Money>("value");

    QTest::newRow("zero") << Money();
    QTest::newRow("smallest") << units(1);
    QTest::newRow("negative smallest") << units(-1);
    QTest::newRow("maximum") << Money::maximum();
    QTest::newRow("minimum") << Money::minimum();
    QTest::newRow("maximum - 1") << Money::fromUnits(Money::maximum().units() - 1);
    QTest::newRow("minimum + 1") << Money::fromUnits(Money::minimum().units() + 1);
    QTest::newRow("int64 max units") << units(std::numeric_limits<qint64>::max());
    QTest::newRow("int64 min units") << units(std::numeric_limits<qint64>::min());
    QTest::newRow("FOCUS line") << units(1'643'762'591'400'600);

    // Fixed seed: the same values on every run, spread over all magnitudes and signs.
    QRandomGenerator random(20240601);
    for (int i = 0; i < 200; ++i) {
        const Int128 high = Int128(qint64(random.generate64()));
        const Int128 low = Int128(random.generate64());
        const Int128 full = high * (Int128(1) << 64) + low;
        const Money value = Money::fromUnits(full >> random.bounded(127));
        QTest::addRow("random %d", i) << value;
    }
}

void TestMoney::roundTrip()
{
    QFETCH(Money, value);

    bool inexact = true;
    QCOMPARE(Money::parse(value.toString(), {Separator::Dot}, &inexact), value);
    QVERIFY(!inexact);
    QCOMPARE(Money::parse(value.toString(), {Separator::Auto}), value);

    // Display output, at full precision, reads back too: the grouping and separators format()
    // writes are the ones parse() accepts.
    for (const char *name : {"fr_FR", "en_US", "de_DE"}) {
        const QLocale locale(QString::fromLatin1(name));
        const QString shown = value.format(locale, u"EUR", Money::kScale);
        QCOMPARE(Money::parse(shown), value);
    }
    // Near the ends of the range the nearest cent is not representable: roundedTo() then rounds
    // toward zero, and toFixed()'s exact nearest cent cannot be read back.
    const Money rounded = value.roundedTo(2);
    const std::optional<Money> error = Money::checkedSub(value, rounded);
    QVERIFY(error);
    const bool nearestRepresentable = error->abs() <= Money::fromUnits(5'000'000'000);
    QCOMPARE(Money::parse(value.toFixed(2), {Separator::Dot}),
             nearestRepresentable ? std::optional(rounded) : std::nullopt);
}

void TestMoney::roundedTo_data()
{
    QTest::addColumn<Money>("value");
    QTest::addColumn<int>("digits");
    QTest::addColumn<Money>("expected");

    QTest::newRow("2.5 to even") << Money::fromCents(250) << 0 << Money::fromInteger(2);
    QTest::newRow("3.5 to even") << Money::fromCents(350) << 0 << Money::fromInteger(4);
    QTest::newRow("-2.5 to even") << Money::fromCents(-250) << 0 << Money::fromInteger(-2);
    QTest::newRow("-3.5 to even") << Money::fromCents(-350) << 0 << Money::fromInteger(-4);
    QTest::newRow("2.6 up") << Money::fromCents(260) << 0 << Money::fromInteger(3);
    QTest::newRow("2.4 down") << Money::fromCents(240) << 0 << Money::fromInteger(2);
    QTest::newRow("0.125 to cents") << exact(0, 125'000'000'000) << 2 << Money::fromCents(12);
    QTest::newRow("0.135 to cents") << exact(0, 135'000'000'000) << 2 << Money::fromCents(14);
    QTest::newRow("just above tie") << exact(0, 125'000'000'001) << 2 << Money::fromCents(13);
    QTest::newRow("just below tie") << exact(0, 134'999'999'999) << 2 << Money::fromCents(13);
    QTest::newRow("-0.125 to cents") << exact(0, -125'000'000'000) << 2 << Money::fromCents(-12);
    QTest::newRow("to mills") << exact(1, 234'500'000'000) << 3 << exact(1, 234'000'000'000);
    QTest::newRow("12 digits unchanged") << units(123) << 12 << units(123);
    QTest::newRow("digits above 12 clamp") << units(123) << 20 << units(123);
    QTest::newRow("negative digits clamp to 0")
        << Money::fromCents(250) << -3 << Money::fromInteger(2);
    QTest::newRow("maximum to integer")
        << Money::maximum() << 0 << Money::fromUnits(Money::maximum().units() - 715'884'105'727);
    QTest::newRow("maximum to cents")
        << Money::maximum() << 2 << Money::fromUnits(Money::maximum().units() - 5'884'105'727);
    QTest::newRow("minimum to integer")
        << Money::minimum() << 0 << Money::fromUnits(Money::minimum().units() + 715'884'105'728);
    QTest::newRow("near maximum rounds down normally")
        << Money::fromUnits(Money::maximum().units() - 1'000'000'000'000) << 0
        << Money::fromUnits(Money::maximum().units() - 715'884'105'727);
}

void TestMoney::roundedTo()
{
    QFETCH(Money, value);
    QFETCH(int, digits);
    QFETCH(Money, expected);
    QCOMPARE(value.roundedTo(digits), expected);
}

void TestMoney::toFixed_data()
{
    QTest::addColumn<Money>("value");
    QTest::addColumn<int>("digits");
    QTest::addColumn<QString>("expected");

    QTest::newRow("0.125") << exact(0, 125'000'000'000) << 2 << u"0.12"_s;
    QTest::newRow("0.135") << exact(0, 135'000'000'000) << 2 << u"0.14"_s;
    QTest::newRow("2.5") << Money::fromCents(250) << 0 << u"2"_s;
    QTest::newRow("-2.5") << Money::fromCents(-250) << 0 << u"-2"_s;
    QTest::newRow("-3.5") << Money::fromCents(-350) << 0 << u"-4"_s;
    QTest::newRow("no negative zero") << exact(0, -1'000'000'000) << 2 << u"0.00"_s;
    QTest::newRow("negative tie to zero") << exact(0, -5'000'000'000) << 2 << u"0.00"_s;
    QTest::newRow("negative tie away") << exact(0, -15'000'000'000) << 2 << u"-0.02"_s;
    QTest::newRow("padding") << Money::fromInteger(12) << 2 << u"12.00"_s;
    QTest::newRow("three digits") << Money::fromCents(123450) << 3 << u"1234.500"_s;
    QTest::newRow("smallest") << units(1) << 12 << u"0.000000000001"_s;
    QTest::newRow("clamped") << units(1) << 20 << u"0.000000000001"_s;
    QTest::newRow("carry") << exact(9, 999'000'000'000) << 2 << u"10.00"_s;
    QTest::newRow("maximum") << Money::maximum() << 2 << u"170141183460469231731687303.72"_s;
    QTest::newRow("minimum") << Money::minimum() << 0 << u"-170141183460469231731687304"_s;
}

void TestMoney::toFixed()
{
    QFETCH(Money, value);
    QFETCH(int, digits);
    QFETCH(QString, expected);
    QCOMPARE(value.toFixed(digits), expected);
}

void TestMoney::format_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<Money>("value");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<int>("digits");
    QTest::addColumn<QString>("expected");

    const QLocale fr(QLocale::French, QLocale::France);
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    const Money amount = Money::fromCents(123456);

    QTest::newRow("fr EUR") << fr << amount << u"EUR"_s << 2 << u"1\u202F234,56\u00A0€"_s;
    QTest::newRow("en EUR") << en << amount << u"EUR"_s << 2 << u"€1,234.56"_s;
    QTest::newRow("fr negative") << fr << -amount << u"EUR"_s << 2 << u"-1\u202F234,56\u00A0€"_s;
    QTest::newRow("en negative") << en << -amount << u"EUR"_s << 2 << u"-€1,234.56"_s;
    QTest::newRow("fr CHF") << fr << amount << u"CHF"_s << 2 << u"1\u202F234,56\u00A0CHF"_s;
    QTest::newRow("en CHF") << en << amount << u"CHF"_s << 2 << u"CHF\u00A01,234.56"_s;
    QTest::newRow("en USD") << en << amount << u"USD"_s << 2 << u"$1,234.56"_s;
    QTest::newRow("en GBP") << en << amount << u"GBP"_s << 2 << u"£1,234.56"_s;
    QTest::newRow("lowercase code") << en << amount << u"eur"_s << 2 << u"€1,234.56"_s;
    QTest::newRow("no currency") << en << amount << QString() << 2 << u"1,234.56"_s;
    QTest::newRow("fr zero") << fr << Money() << u"EUR"_s << 2 << u"0,00\u00A0€"_s;
    QTest::newRow("fr under a thousand")
        << fr << Money::fromInteger(123) << u"EUR"_s << 2 << u"123,00\u00A0€"_s;
    QTest::newRow("fr six digits")
        << fr << Money::fromInteger(123456) << u"EUR"_s << 2 << u"123\u202F456,00\u00A0€"_s;
    QTest::newRow("fr rounding adds a group")
        << fr << exact(999, 995'000'000'000) << u"EUR"_s << 2 << u"1\u202F000,00\u00A0€"_s;
    QTest::newRow("fr no decimals") << fr << exact(1234567, 891'000'000'000) << u"EUR"_s << 0
                                    << u"1\u202F234\u202F568\u00A0€"_s;
    QTest::newRow("en half-even") << en << exact(0, 125'000'000'000) << u"EUR"_s << 2 << u"€0.12"_s;
    QTest::newRow("en no negative zero")
        << en << exact(0, -4'000'000'000) << u"EUR"_s << 2 << u"€0.00"_s;
    QTest::newRow("en FOCUS precision")
        << en << units(1'643'762'591'400'600) << u"EUR"_s << 10 << u"€1,643.7625914006"_s;
    QTest::newRow("fr maximum")
        << fr << Money::maximum() << u"EUR"_s << 2
        << u"170\u202F141\u202F183\u202F460\u202F469\u202F231\u202F731\u202F687\u202F303,72\u00A0€"_s;
    QTest::newRow("de EUR") << QLocale(QLocale::German, QLocale::Germany) << amount << u"EUR"_s << 2
                            << u"1.234,56\u00A0€"_s;
    QTest::newRow("Arabic digits")
        << QLocale(QLocale::Arabic, QLocale::Egypt) << amount << u"EUR"_s << 2
        << u"\u0661\u066C\u0662\u0663\u0664\u066B\u0665\u0666\u00A0€"_s;
    QLocale ungrouped = en;
    ungrouped.setNumberOptions(QLocale::OmitGroupSeparator);
    QTest::newRow("OmitGroupSeparator") << ungrouped << amount << u"EUR"_s << 2 << u"€1234.56"_s;
}

void TestMoney::format()
{
    QFETCH(QLocale, locale);
    QFETCH(Money, value);
    QFETCH(QString, currency);
    QFETCH(int, digits);
    QFETCH(QString, expected);
    QCOMPARE(value.format(locale, currency, digits), expected);
}

void TestMoney::arithmetic_data()
{
    QTest::addColumn<Money>("a");
    QTest::addColumn<Money>("b");
    QTest::addColumn<Money>("sum");
    QTest::addColumn<Money>("difference");
    QTest::addColumn<int>("order"); // sign of a - b

    QTest::newRow("positive") << Money::fromCents(150) << Money::fromCents(25)
                              << Money::fromCents(175) << Money::fromCents(125) << 1;
    QTest::newRow("mixed signs") << Money::fromCents(-150) << Money::fromCents(25)
                                 << Money::fromCents(-125) << Money::fromCents(-175) << -1;
    QTest::newRow("equal") << units(7) << units(7) << units(14) << Money() << 0;
    QTest::newRow("tiny against large")
        << Money::fromInteger(1'000'000'000'000) << units(1)
        << Money::fromUnits(Int128(1'000'000'000'000) * Money::kUnitsPerWhole + 1)
        << Money::fromUnits(Int128(1'000'000'000'000) * Money::kUnitsPerWhole - 1) << 1;
    QTest::newRow("high bits") << Money::fromUnits(Int128(1) << 100) << Money::fromUnits(1)
                               << Money::fromUnits((Int128(1) << 100) + 1)
                               << Money::fromUnits((Int128(1) << 100) - 1) << 1;
}

void TestMoney::arithmetic()
{
    QFETCH(Money, a);
    QFETCH(Money, b);
    QFETCH(Money, sum);
    QFETCH(Money, difference);
    QFETCH(int, order);

    QCOMPARE(a + b, sum);
    QCOMPARE(b + a, sum);
    QCOMPARE(a - b, difference);
    QCOMPARE(-(b - a), difference);
    Money accumulator = a;
    accumulator += b;
    QCOMPARE(accumulator, sum);
    accumulator -= b;
    QCOMPARE(accumulator, a);
    accumulator -= b;
    QCOMPARE(accumulator, difference);
    QCOMPARE(Money::checkedAdd(a, b), sum);
    QCOMPARE(Money::checkedSub(a, b), difference);

    QCOMPARE(a == b, order == 0);
    QCOMPARE(a != b, order != 0);
    QCOMPARE(a < b, order < 0);
    QCOMPARE(a > b, order > 0);
    QCOMPARE(a <= b, order <= 0);
    QCOMPARE(a >= b, order >= 0);
    QCOMPARE(difference.isZero(), order == 0);
    QCOMPARE(difference.isNegative(), order < 0);
    QCOMPARE(difference.abs() == difference, order >= 0);
    QVERIFY(!difference.abs().isNegative());
    QCOMPARE(difference.abs(), order < 0 ? -difference : difference);
}

void TestMoney::checkedAddSub()
{
    const Money one = units(1);
    QCOMPARE(Money::checkedAdd(Money::maximum(), one), std::nullopt);
    QCOMPARE(Money::checkedAdd(Money::minimum(), -one), std::nullopt);
    QCOMPARE(Money::checkedSub(Money::minimum(), one), std::nullopt);
    QCOMPARE(Money::checkedSub(Money(), Money::minimum()), std::nullopt);
    QCOMPARE(Money::checkedAdd(Money::maximum(), -one),
             Money::fromUnits(Money::maximum().units() - 1));
    QCOMPARE(Money::checkedSub(Money(), Money::maximum()),
             Money::fromUnits(Money::minimum().units() + 1));
    QCOMPARE(-Money::maximum(), Money::fromUnits(Money::minimum().units() + 1));
    QCOMPARE(Money::maximum() + Money::minimum(), units(-1));
    QCOMPARE(Money::checkedAdd(Money::maximum(), Money::minimum()), units(-1));
    QCOMPARE(Money::checkedSub(Money::maximum(), Money::minimum()), std::nullopt);
}

void TestMoney::sumOfSmallLines()
{
    // A FOCUS export with a million lines of 1e-10: a double accumulator drifts, ours may not.
    const std::optional<Money> line = Money::parse(u"0.0000000001");
    QVERIFY(line);
    Money total;
    for (int i = 0; i < 1'000'000; ++i) {
        total += *line;
    }
    QCOMPARE(total, Money::parse(u"0.0001"));
    QCOMPARE(total.units(), Int128(100'000'000));
    QCOMPARE(total.toString(), u"0.0001"_s);
}

void TestMoney::sumOfTenths()
{
    const std::optional<Money> line = Money::parse(u"0.1");
    QVERIFY(line);
    Money total;
    for (int i = 0; i < 1'000'000; ++i) {
        total += *line;
    }
    QCOMPARE(total, Money::fromInteger(100000));
    QCOMPARE(total.toString(), u"100000"_s);

    // Many lines at full precision, and their negatives, cancel exactly.
    const Money focus = units(1'643'762'591'400'600);
    Money mixed;
    for (int i = 0; i < 1'000'000; ++i) {
        mixed += focus;
    }
    QCOMPARE(mixed.toString(), u"1643762591.4006"_s);
    QCOMPARE(mixed, focus.multipliedBy(1'000'000));
    for (int i = 0; i < 1'000'000; ++i) {
        mixed -= focus;
    }
    QVERIFY(mixed.isZero());
}

void TestMoney::multipliedBy_data()
{
    QTest::addColumn<Money>("value");
    QTest::addColumn<qint64>("factor");
    QTest::addColumn<std::optional<Money>>("expected");

    QTest::newRow("hourly rate by hours")
        << exact(0, 11'600'000'000) << qint64(730) << std::optional(exact(8, 468'000'000'000));
    QTest::newRow("negative") << Money::fromCents(-250) << qint64(3)
                              << std::optional(Money::fromCents(-750));
    QTest::newRow("by zero") << Money::maximum() << qint64(0) << std::optional(Money());
    QTest::newRow("maximum by one")
        << Money::maximum() << qint64(1) << std::optional(Money::maximum());
    QTest::newRow("maximum by minus one")
        << Money::maximum() << qint64(-1)
        << std::optional(Money::fromUnits(Money::minimum().units() + 1));
    QTest::newRow("smallest by int64 max")
        << units(1) << std::numeric_limits<qint64>::max()
        << std::optional(units(std::numeric_limits<qint64>::max()));
    QTest::newRow("maximum by two") << Money::maximum() << qint64(2) << std::optional<Money>();
    QTest::newRow("minimum by minus one")
        << Money::minimum() << qint64(-1) << std::optional<Money>();
    QTest::newRow("int64 squared scaled")
        << Money::fromInteger(std::numeric_limits<qint64>::max())
        << std::numeric_limits<qint64>::max() << std::optional<Money>();
    QTest::newRow("half maximum by two") << Money::fromUnits(Int128(1) << 125) << qint64(2)
                                         << std::optional(Money::fromUnits(Int128(1) << 126));
    QTest::newRow("minimum half by two")
        << Money::fromUnits(-(Int128(1) << 126)) << qint64(2) << std::optional(Money::minimum());
}

void TestMoney::multipliedBy()
{
    QFETCH(Money, value);
    QFETCH(qint64, factor);
    QFETCH(std::optional<Money>, expected);
    QCOMPARE(value.multipliedBy(factor), expected);
}

void TestMoney::mulDecimal_data()
{
    QTest::addColumn<Money>("amount");
    QTest::addColumn<Money>("factor");
    QTest::addColumn<std::optional<Money>>("expected");

    const auto micro = [](qint64 millionths) { return units(millionths * 1'000'000); };

    QTest::newRow("0.0116 EUR/h x 730 h") << exact(0, 11'600'000'000) << Money::fromInteger(730)
                                          << std::optional(exact(8, 468'000'000'000));
    QTest::newRow("exchange rate") << Money::fromCents(123456) << exact(1, 84'300'000'000)
                                   << std::optional(exact(1338, 633'408'000'000));
    QTest::newRow("identity") << units(1'643'762'591'400'600) << Money::fromInteger(1)
                              << std::optional(units(1'643'762'591'400'600));
    QTest::newRow("smallest product") << micro(1) << micro(1) << std::optional(units(1));
    QTest::newRow("tie to even zero") << micro(1) << units(500'000) << std::optional(Money());
    QTest::newRow("tie to even up") << micro(1) << units(1'500'000) << std::optional(units(2));
    QTest::newRow("tie to even stays") << micro(1) << units(2'500'000) << std::optional(units(2));
    QTest::newRow("above tie") << micro(1) << units(2'500'001) << std::optional(units(3));
    QTest::newRow("negative tie") << micro(-1) << units(1'500'000) << std::optional(units(-2));
    QTest::newRow("both negative")
        << Money::fromInteger(-3) << Money::fromCents(-250) << std::optional(Money::fromCents(750));
    QTest::newRow("by zero") << Money::maximum() << Money() << std::optional(Money());
    QTest::newRow("maximum by one")
        << Money::maximum() << Money::fromInteger(1) << std::optional(Money::maximum());
    QTest::newRow("minimum by one")
        << Money::minimum() << Money::fromInteger(1) << std::optional(Money::minimum());
    QTest::newRow("maximum by half, tie to even")
        << Money::maximum() << Money::fromCents(50)
        << std::optional(Money::fromUnits(Int128(1) << 126));
    // The 256-bit intermediate: maximum × 10^-12 only fits after the division.
    QTest::newRow("maximum by smallest")
        << Money::maximum() << units(1)
        << std::optional(Money::fromUnits(Money::maximum().units() / Money::kUnitsPerWhole + 1));
    QTest::newRow("minimum by smallest")
        << Money::minimum() << units(1)
        << std::optional(Money::fromUnits(Money::minimum().units() / Money::kUnitsPerWhole - 1));
    QTest::newRow("1e13 squared") << Money::fromInteger(10'000'000'000'000)
                                  << Money::fromInteger(10'000'000'000'000)
                                  << std::optional(Money::fromUnits(pow10(38)));
    QTest::newRow("minimum by minus one")
        << Money::minimum() << Money::fromInteger(-1) << std::optional<Money>();
    QTest::newRow("maximum by two")
        << Money::maximum() << Money::fromInteger(2) << std::optional<Money>();
    QTest::newRow("1e14 x 1e13") << Money::fromInteger(100'000'000'000'000)
                                 << Money::fromInteger(10'000'000'000'000)
                                 << std::optional<Money>();
    // A quotient between 2^128 and 2^192: the third limb alone reveals the overflow.
    QTest::newRow("1e20 squared") << Money::fromUnits(pow10(32)) << Money::fromUnits(pow10(32))
                                  << std::optional<Money>();
    QTest::newRow("maximum squared")
        << Money::maximum() << Money::maximum() << std::optional<Money>();
    QTest::newRow("minimum squared")
        << Money::minimum() << Money::minimum() << std::optional<Money>();
}

void TestMoney::mulDecimal()
{
    QFETCH(Money, amount);
    QFETCH(Money, factor);
    QFETCH(std::optional<Money>, expected);
    QCOMPARE(Money::mulDecimal(amount, factor), expected);
    QCOMPARE(Money::mulDecimal(factor, amount), expected);
}

void TestMoney::dividedBy_data()
{
    QTest::addColumn<Money>("value");
    QTest::addColumn<qint64>("divisor");
    QTest::addColumn<std::optional<Money>>("expected");

    QTest::newRow("exact") << Money::fromInteger(10) << qint64(4)
                           << std::optional(Money::fromCents(250));
    QTest::newRow("thirds down") << Money::fromInteger(1) << qint64(3)
                                 << std::optional(units(333'333'333'333));
    QTest::newRow("thirds up") << Money::fromInteger(2) << qint64(3)
                               << std::optional(units(666'666'666'667));
    QTest::newRow("negative thirds")
        << Money::fromInteger(-2) << qint64(3) << std::optional(units(-666'666'666'667));
    QTest::newRow("tie to even down") << units(5) << qint64(2) << std::optional(units(2));
    QTest::newRow("tie to even up") << units(7) << qint64(2) << std::optional(units(4));
    QTest::newRow("negative tie") << units(-5) << qint64(2) << std::optional(units(-2));
    QTest::newRow("negative divisor tie") << units(5) << qint64(-2) << std::optional(units(-2));
    QTest::newRow("both negative tie") << units(-7) << qint64(-2) << std::optional(units(4));
    QTest::newRow("monthly to hourly")
        << exact(8, 468'000'000'000) << qint64(730) << std::optional(exact(0, 11'600'000'000));
    QTest::newRow("int64 min divisor") << Money::minimum() << std::numeric_limits<qint64>::min()
                                       << std::optional(Money::fromUnits(Int128(1) << 64));
    QTest::newRow("minimum by one")
        << Money::minimum() << qint64(1) << std::optional(Money::minimum());
    QTest::newRow("maximum by minus one")
        << Money::maximum() << qint64(-1)
        << std::optional(Money::fromUnits(Money::minimum().units() + 1));
    QTest::newRow("by zero") << Money::fromInteger(100) << qint64(0) << std::optional<Money>();
    QTest::newRow("minimum by minus one")
        << Money::minimum() << qint64(-1) << std::optional<Money>();
}

void TestMoney::dividedBy()
{
    QFETCH(Money, value);
    QFETCH(qint64, divisor);
    QFETCH(std::optional<Money>, expected);
    QCOMPARE(value.dividedBy(divisor), expected);
}

void TestMoney::storage_data()
{
    QTest::addColumn<Money>("value");
    QTest::addColumn<bool>("fitsInt64");

    QTest::newRow("zero") << Money() << true;
    QTest::newRow("smallest") << units(1) << true;
    QTest::newRow("FOCUS line") << units(1'643'762'591'400'600) << true;
    QTest::newRow("int64 max") << units(std::numeric_limits<qint64>::max()) << true;
    QTest::newRow("int64 min") << units(std::numeric_limits<qint64>::min()) << true;
    QTest::newRow("int64 max + 1")
        << Money::fromUnits(Int128(std::numeric_limits<qint64>::max()) + 1) << false;
    QTest::newRow("int64 min - 1")
        << Money::fromUnits(Int128(std::numeric_limits<qint64>::min()) - 1) << false;
    QTest::newRow("ten million") << Money::fromInteger(10'000'000) << false;
    QTest::newRow("maximum") << Money::maximum() << false;
    QTest::newRow("minimum") << Money::minimum() << false;
}

void TestMoney::storage()
{
    QFETCH(Money, value);
    QFETCH(bool, fitsInt64);

    const std::optional<qint64> asInt64 = value.toInt64Units();
    QCOMPARE(asInt64.has_value(), fitsInt64);
    if (asInt64) {
        QCOMPARE(Int128(*asInt64), value.units());
        QCOMPARE(Money::fromInt64Units(*asInt64), value);
    }
    const QVariant stored = value.toStorage();
    QCOMPARE(stored.typeId(), fitsInt64 ? int(QMetaType::LongLong) : int(QMetaType::QString));
    if (!fitsInt64) {
        QCOMPARE(stored.toString(), value.toString());
    }
    QCOMPARE(Money::fromStorage(stored), value);
    QCOMPARE(Money::fromStorage(QVariant(value.toStorageText())), value);
}

void TestMoney::fromStorageRejects_data()
{
    QTest::addColumn<QVariant>("stored");

    QTest::newRow("null") << QVariant();
    QTest::newRow("double") << QVariant(1.5);
    QTest::newRow("float") << QVariant(1.5f);
    QTest::newRow("bool") << QVariant(true);
    QTest::newRow("garbage text") << QVariant(u"abc"_s);
    QTest::newRow("decimal comma") << QVariant(u"1,5"_s);
    QTest::newRow("13 digits") << QVariant(u"0.0000000000001"_s);
    QTest::newRow("bytes") << QVariant(QByteArray("12"));
}

void TestMoney::fromStorageRejects()
{
    QFETCH(QVariant, stored);
    QCOMPARE(Money::fromStorage(stored), std::nullopt);
}

void TestMoney::variantHashDebug()
{
    const Money amount = units(1'643'762'591'400'600);
    const QVariant variant = QVariant::fromValue(amount);
    QCOMPARE(variant.value<Money>(), amount);
    QVERIFY(variant == QVariant::fromValue(units(1'643'762'591'400'600)));
    QVERIFY(variant != QVariant::fromValue(units(1'643'762'591'400'601)));

    // Both halves of the 128 bits feed the hash.
    QCOMPARE(qHash(amount), qHash(units(1'643'762'591'400'600)));
    QVERIFY(qHash(Money::fromUnits(1)) != qHash(Money::fromUnits((Int128(1) << 64) + 1)));
    QVERIFY(qHash(Money::fromUnits(1), 1) != qHash(Money::fromUnits(1), 2));
    std::unordered_set<Money> set{amount, units(1'643'762'591'400'600), Money::maximum(),
                                  Money::minimum()};
    QCOMPARE(set.size(), std::size_t(3));

    QString text;
    QDebug(&text) << Money::fromCents(-150);
    QCOMPARE(text.trimmed(), u"Money(-1.5)"_s);
}

void TestMoney::approximateDouble()
{
    // The approximation is only for charts and sort keys; it must still be close and keep sign.
    QCOMPARE(Money().toApproximateDouble(), 0.0);
    QCOMPARE(Money::fromCents(-150).toApproximateDouble(), -1.5);
    const Money precise = *Money::parse(QStringLiteral("1643.762591400600"), {});
    QVERIFY(qAbs(precise.toApproximateDouble() - 1643.7625914006) < 1e-9);
    QVERIFY(Money::fromInteger(2).toApproximateDouble() >
            Money::fromCents(199).toApproximateDouble());
}

QTEST_GUILESS_MAIN(TestMoney)
#include "TestMoney.moc"
