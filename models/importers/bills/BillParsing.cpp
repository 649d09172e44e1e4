#include "models/importers/bills/BillParsing.h"

#include <array>
#include <cstring>
#include <vector>

namespace boussole::bills {

namespace {

char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Compares ignoring case and the separators exports put between words ("Usage-Based",
// "UsageBased", "usage_based", "Usage Based").
bool sameWords(QByteArrayView a, QByteArrayView b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    const auto skip = [](QByteArrayView s, qsizetype &k) {
        while (k < s.size() && (s[k] == '-' || s[k] == '_' || s[k] == ' ')) {
            ++k;
        }
    };
    for (;;) {
        skip(a, i);
        skip(b, j);
        if (i == a.size() || j == b.size()) {
            return i == a.size() && j == b.size();
        }
        if (lower(a[i]) != lower(b[j])) {
            return false;
        }
        ++i;
        ++j;
    }
}

template <std::size_t N>
QByteArrayView canonical(QByteArrayView value, const std::array<const char *, N> &names,
                         bool *known = nullptr)
{
    const QByteArrayView v = trimmed(value);
    for (const char *name : names) {
        if (sameWords(v, QByteArrayView(name))) {
            if (known) {
                *known = true;
            }
            return QByteArrayView(name);
        }
    }
    if (known) {
        *known = false;
    }
    return value;
}

constexpr Int128 pow10(int n)
{
    Int128 r = 1;
    for (int i = 0; i < n; ++i) {
        r *= 10;
    }
    return r;
}

int twoDigits(const char *p)
{
    if (!isDigit(p[0]) || !isDigit(p[1])) {
        return -1;
    }
    return (p[0] - '0') * 10 + (p[1] - '0');
}

int daysInMonth(int year, int month)
{
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month == 2) {
        const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        return leap ? 29 : 28;
    }
    return kDays[month - 1];
}

// Reads 1–4 digits at s[i]; advances i.
int number(QByteArrayView s, qsizetype &i, int maxDigits)
{
    int value = 0;
    int digits = 0;
    while (i < s.size() && digits < maxDigits && isDigit(s[i])) {
        value = value * 10 + (s[i] - '0');
        ++i;
        ++digits;
    }
    return digits == 0 ? -1 : value;
}

} // namespace

bool isNullText(QByteArrayView field)
{
    const QByteArrayView t = trimmed(field);
    if (t.isEmpty()) {
        return true;
    }
    switch (t.size()) {
    case 3:
        return equalsIgnoreCase(t, "N/A") || equalsIgnoreCase(t, "nan");
    case 4:
        return equalsIgnoreCase(t, "NULL") || equalsIgnoreCase(t, "None");
    default:
        return false;
    }
}

QByteArrayView trimmed(QByteArrayView field)
{
    qsizetype b = 0;
    qsizetype e = field.size();
    while (b < e && (field[b] == ' ' || field[b] == '\t')) {
        ++b;
    }
    while (e > b && (field[e - 1] == ' ' || field[e - 1] == '\t')) {
        --e;
    }
    return field.sliced(b, e - b);
}

bool equalsIgnoreCase(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size()) {
        return false;
    }
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (lower(a[i]) != lower(b[i])) {
            return false;
        }
    }
    return true;
}

std::optional<Money> parseDecimal(QByteArrayView field, bool allowGrouping)
{
    const QByteArrayView s = trimmed(field);
    qsizetype i = 0;
    bool negative = false;
    if (i < s.size() && (s[i] == '-' || s[i] == '+')) {
        negative = s[i] == '-';
        ++i;
    }
    // Up to 38 significant digits fit in the mantissa; more are rounded away below.
    Int128 mantissa = 0;
    int mantissaDigits = 0;
    int fractionDigits = 0; // digits kept after the point
    int droppedIntegerDigits = 0;
    bool anyDigit = false;
    bool droppedNonZero = false;
    int firstDropped = -1; // the first dropped digit, for rounding
    bool afterPoint = false;
    for (; i < s.size(); ++i) {
        const char c = s[i];
        if (isDigit(c)) {
            anyDigit = true;
            if (mantissaDigits == 0 && c == '0' && !afterPoint) {
                continue; // leading zeros
            }
            if (mantissaDigits < 36) {
                mantissa = mantissa * 10 + (c - '0');
                if (mantissa != 0) {
                    ++mantissaDigits;
                }
                if (afterPoint) {
                    ++fractionDigits;
                }
            } else if (afterPoint) {
                if (firstDropped < 0) {
                    firstDropped = c - '0';
                } else if (c != '0') {
                    droppedNonZero = true;
                }
            } else {
                ++droppedIntegerDigits; // too large anyway
            }
        } else if (c == '.' && !afterPoint) {
            afterPoint = true;
        } else if (c == ',' && allowGrouping && !afterPoint) {
            continue;
        } else {
            break;
        }
    }
    if (!anyDigit) {
        return std::nullopt;
    }
    int exponent = 0;
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        bool expNegative = false;
        if (i < s.size() && (s[i] == '-' || s[i] == '+')) {
            expNegative = s[i] == '-';
            ++i;
        }
        const qsizetype start = i;
        while (i < s.size() && isDigit(s[i]) && exponent < 1000) {
            exponent = exponent * 10 + (s[i] - '0');
            ++i;
        }
        if (i == start) {
            return std::nullopt;
        }
        if (expNegative) {
            exponent = -exponent;
        }
    }
    if (i != s.size() || droppedIntegerDigits > 0) {
        return std::nullopt;
    }
    // value = mantissa × 10^(exponent - fractionDigits); Money units = value × 10^12.
    int shift = Money::kScale + exponent - fractionDigits;
    Int128 units = mantissa;
    if (shift >= 0) {
        if (shift > 38 || (mantissa != 0 && mantissaDigits + shift > 38)) {
            return std::nullopt;
        }
        units = mantissa * pow10(shift);
        if (firstDropped >= 0 && shift == 0) {
            // digits beyond the 36 kept ones: round half-even on them
            if (firstDropped > 5 || (firstDropped == 5 && (droppedNonZero || (units & 1)))) {
                ++units;
            }
        }
    } else {
        if (-shift > 38) {
            units = 0;
            if (mantissa != 0) {
                droppedNonZero = true;
            }
        } else {
            const Int128 divisor = pow10(-shift);
            units = mantissa / divisor;
            const Int128 remainder = mantissa % divisor;
            const Int128 half = divisor / 2;
            const bool beyond = droppedNonZero || firstDropped > 0;
            if (remainder > half || (remainder == half && (beyond || (units & 1)))) {
                ++units;
            }
        }
    }
    return Money::fromUnits(negative ? -units : units);
}

qint64 daysFromCivil(int year, int month, int day)
{
    // Howard Hinnant's days_from_civil.
    year -= month <= 2;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const unsigned yoe = unsigned(year - era * 400);
    const unsigned doy = unsigned((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1);
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

void civilFromDays(qint64 z, int &year, int &month, int &day)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 y = qint64(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    day = int(doy - (153 * mp + 2) / 5 + 1);
    month = int(mp < 10 ? mp + 3 : mp - 9);
    year = int(y + (month <= 2));
}

QString formatTimestamp(qint64 t)
{
    qint64 days = t / 86400;
    qint64 rest = t % 86400;
    if (rest < 0) {
        rest += 86400;
        --days;
    }
    int y = 0;
    int m = 0;
    int d = 0;
    civilFromDays(days, y, m, d);
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02dZ", y, m, d,
                  int(rest / 3600), int(rest / 60 % 60), int(rest % 60));
    return QString::fromLatin1(buffer);
}

int monthOf(qint64 t)
{
    qint64 days = t / 86400;
    if (t % 86400 < 0) {
        --days;
    }
    int y = 0;
    int m = 0;
    int d = 0;
    civilFromDays(days, y, m, d);
    return y * 100 + m;
}

qint64 addMonths(qint64 t, int months)
{
    qint64 days = t / 86400;
    qint64 rest = t % 86400;
    if (rest < 0) {
        rest += 86400;
        --days;
    }
    int y = 0;
    int m = 0;
    int d = 0;
    civilFromDays(days, y, m, d);
    int total = y * 12 + (m - 1) + months;
    y = total / 12;
    m = total % 12 + 1;
    d = std::min(d, daysInMonth(y, m));
    return daysFromCivil(y, m, d) * 86400 + rest;
}

std::optional<qint64> parseTimestamp(QByteArrayView field, DateOrder order)
{
    const QByteArrayView s = trimmed(field);
    if (s.size() < 6) {
        return std::nullopt;
    }
    qsizetype i = 0;
    int year = 0;
    int month = 0;
    int day = 0;
    const bool isoShape = s.size() >= 10 && isDigit(s[0]) && isDigit(s[3]) && s[4] == '-';
    if (isoShape) {
        year = number(s, i, 4);
        if (i != 4 || s[i] != '-') {
            return std::nullopt;
        }
        ++i;
        month = number(s, i, 2);
        if (i >= s.size() || s[i] != '-') {
            return std::nullopt;
        }
        ++i;
        day = number(s, i, 2);
    } else {
        // MM/DD/YYYY or DD/MM/YYYY (also with '-' or '.')
        const int a = number(s, i, 2);
        if (a < 0 || i >= s.size() || (s[i] != '/' && s[i] != '-' && s[i] != '.')) {
            return std::nullopt;
        }
        const char sep = s[i++];
        const int b = number(s, i, 2);
        if (b < 0 || i >= s.size() || s[i] != sep) {
            return std::nullopt;
        }
        ++i;
        const qsizetype yearStart = i;
        year = number(s, i, 4);
        if (i - yearStart != 4) {
            return std::nullopt;
        }
        if (order == DateOrder::DayFirst) {
            day = a;
            month = b;
        } else {
            month = a;
            day = b;
        }
    }
    if (year < 1900 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
        return std::nullopt;
    }
    qint64 seconds = daysFromCivil(year, month, day) * 86400;
    if (i == s.size() || s[i] == '/') {
        return seconds; // a date alone, or the start of an interval
    }
    if (s[i] != 'T' && s[i] != ' ') {
        return std::nullopt;
    }
    ++i;
    if (i + 5 > s.size()) {
        return std::nullopt;
    }
    int hour = twoDigits(s.data() + i);
    if (hour < 0 && isDigit(s[i]) && s[i + 1] == ':') { // "9:00:00 PM"
        hour = s[i] - '0';
        --i;
    }
    if (hour < 0 || s[i + 2] != ':') {
        return std::nullopt;
    }
    const int minute = twoDigits(s.data() + i + 3);
    if (minute < 0 || minute > 59) {
        return std::nullopt;
    }
    i += 5;
    int second = 0;
    if (i + 3 <= s.size() && s[i] == ':') {
        second = twoDigits(s.data() + i + 1);
        if (second < 0 || second > 60) {
            return std::nullopt;
        }
        i += 3;
        if (i < s.size() && s[i] == '.') {
            ++i;
            while (i < s.size() && isDigit(s[i])) {
                ++i;
            }
        }
    }
    while (i < s.size() && s[i] == ' ') {
        ++i;
    }
    if (i + 2 <= s.size() &&
        (equalsIgnoreCase(s.sliced(i, 2), "AM") || equalsIgnoreCase(s.sliced(i, 2), "PM"))) {
        if (hour < 1 || hour > 12) {
            return std::nullopt;
        }
        const bool pm = lower(s[i]) == 'p';
        hour = hour % 12 + (pm ? 12 : 0);
        i += 2;
        while (i < s.size() && s[i] == ' ') {
            ++i;
        }
    }
    if (hour > 23) {
        return std::nullopt;
    }
    seconds += hour * 3600 + minute * 60 + second;
    if (i == s.size() || s[i] == '/') {
        return seconds;
    }
    if (s[i] == 'Z' || s[i] == 'z') {
        ++i;
    } else if (s.size() - i >= 3 && equalsIgnoreCase(s.sliced(i, 3), "UTC")) {
        i += 3;
    } else if (s[i] == '+' || s[i] == '-') {
        const int sign = s[i] == '-' ? -1 : 1;
        ++i;
        if (i + 2 > s.size()) {
            return std::nullopt;
        }
        const int oh = twoDigits(s.data() + i);
        i += 2;
        int om = 0;
        if (i < s.size() && s[i] == ':') {
            ++i;
        }
        if (i + 2 <= s.size()) {
            om = twoDigits(s.data() + i);
            i += 2;
        }
        if (oh < 0 || om < 0) {
            return std::nullopt;
        }
        seconds -= sign * (oh * 3600 + om * 60);
    } else {
        return std::nullopt;
    }
    if (i != s.size() && s[i] != '/') {
        return std::nullopt;
    }
    return seconds;
}

QByteArrayView canonicalChargeCategory(QByteArrayView value)
{
    static constexpr std::array<const char *, 5> kNames = {"Usage", "Purchase", "Tax", "Credit",
                                                           "Adjustment"};
    return canonical(value, kNames);
}

QByteArrayView canonicalChargeFrequency(QByteArrayView value)
{
    static constexpr std::array<const char *, 3> kNames = {"One-Time", "Recurring", "Usage-Based"};
    return canonical(value, kNames);
}

QByteArrayView canonicalPricingCategory(QByteArrayView value)
{
    static constexpr std::array<const char *, 4> kNames = {"Standard", "Dynamic", "Committed",
                                                           "Other"};
    const QByteArrayView v = trimmed(value);
    // FOCUS 1.0-preview names
    if (sameWords(v, "On-Demand")) {
        return "Standard";
    }
    if (sameWords(v, "Commitment-Based")) {
        return "Committed";
    }
    return canonical(value, kNames);
}

QByteArrayView canonicalCommitmentStatus(QByteArrayView value)
{
    static constexpr std::array<const char *, 2> kNames = {"Used", "Unused"};
    return canonical(value, kNames);
}

QByteArrayView canonicalCommitmentCategory(QByteArrayView value)
{
    static constexpr std::array<const char *, 2> kNames = {"Spend", "Usage"};
    return canonical(value, kNames);
}

QByteArrayView canonicalServiceCategory(QByteArrayView value, bool *known)
{
    static constexpr std::array<const char *, 19> kNames = {
        "AI and Machine Learning",
        "Analytics",
        "Business Applications",
        "Compute",
        "Databases",
        "Developer Tools",
        "Multicloud",
        "Identity",
        "Integration",
        "Internet of Things",
        "Management and Governance",
        "Media",
        "Migration",
        "Mobile",
        "Networking",
        "Security",
        "Storage",
        "Web",
        "Other",
    };
    bool found = false;
    const QByteArrayView result = canonical(value, kNames, &found);
    if (known) {
        *known = found;
    }
    return found ? result : QByteArrayView("Other");
}

void appendJsonString(QByteArray &out, QByteArrayView text)
{
    out.append('"');
    for (const char c : text) {
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default:
            if (quint8(c) < 0x20) {
                char buffer[8];
                std::snprintf(buffer, sizeof buffer, "\\u%04x", unsigned(quint8(c)));
                out.append(buffer);
            } else {
                out.append(c);
            }
        }
    }
    out.append('"');
}

namespace {

// Scans one JSON string literal starting at s[i] == '"'; appends it (re-escaped canonically) to
// out; advances i past the closing quote. False on a malformed literal.
bool copyJsonString(QByteArrayView s, qsizetype &i, QByteArray &out)
{
    const qsizetype start = i;
    ++i;
    while (i < s.size() && s[i] != '"') {
        if (s[i] == '\\') {
            ++i;
        }
        ++i;
    }
    if (i >= s.size()) {
        return false;
    }
    ++i;
    out.append(s.sliced(start, i - start));
    return true;
}

void skipSpaces(QByteArrayView s, qsizetype &i)
{
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) {
        ++i;
    }
}

// {"k": "v", "n": 1} or the same without braces; values may be strings, numbers, true/false/null.
bool normaliseJsonObject(QByteArrayView s, QByteArray &out)
{
    qsizetype i = 0;
    skipSpaces(s, i);
    const bool braces = i < s.size() && s[i] == '{';
    if (braces) {
        ++i;
    }
    out.append('{');
    bool first = true;
    for (;;) {
        skipSpaces(s, i);
        if (i >= s.size()) {
            if (braces) {
                return false;
            }
            break;
        }
        if (s[i] == '}') {
            if (!braces) {
                return false;
            }
            ++i;
            skipSpaces(s, i);
            if (i != s.size()) {
                return false;
            }
            break;
        }
        if (!first) {
            if (s[i] != ',') {
                return false;
            }
            ++i;
            skipSpaces(s, i);
        }
        if (i >= s.size() || s[i] != '"') {
            return false;
        }
        if (!first) {
            out.append(',');
        }
        if (!copyJsonString(s, i, out)) {
            return false;
        }
        skipSpaces(s, i);
        if (i >= s.size() || s[i] != ':') {
            return false;
        }
        ++i;
        out.append(':');
        skipSpaces(s, i);
        if (i >= s.size()) {
            return false;
        }
        if (s[i] == '"') {
            if (!copyJsonString(s, i, out)) {
                return false;
            }
        } else {
            const qsizetype start = i;
            while (i < s.size() && s[i] != ',' && s[i] != '}' && s[i] != ' ') {
                ++i;
            }
            const QByteArrayView word = s.sliced(start, i - start);
            if (word.isEmpty() || word.contains('"') || word.contains('{') || word.contains('[')) {
                return false;
            }
            out.append(word); // a number, true, false, null
        }
        first = false;
    }
    out.append('}');
    return true;
}

// {env=prod, app=x} (Athena/Parquet maps printed as text). A value may hold ", " itself
// ({owner=Smith, John, env=prod}): a piece without '=' continues the previous value.
bool normaliseMap(QByteArrayView s, QByteArray &out)
{
    const QByteArrayView t = trimmed(s);
    if (t.size() < 2 || t.front() != '{' || t.back() != '}' || t.contains('"')) {
        return false;
    }
    const QByteArrayView body = t.sliced(1, t.size() - 2);
    struct Pair {
        QByteArrayView key;
        qsizetype valueStart;
        qsizetype valueEnd;
    };
    std::vector<Pair> pairs;
    qsizetype i = 0;
    while (i < body.size()) {
        qsizetype end = body.indexOf(',', i);
        if (end < 0) {
            end = body.size();
        }
        const qsizetype start = i;
        const QByteArrayView piece = body.sliced(start, end - start);
        i = end + 1;
        if (trimmed(piece).isEmpty()) {
            continue;
        }
        const qsizetype eq = piece.indexOf('=');
        if (eq < 0) {
            if (pairs.empty()) {
                return false;
            }
            pairs.back().valueEnd = end;
            continue;
        }
        const QByteArrayView key = trimmed(piece.first(eq));
        if (key.isEmpty()) {
            return false;
        }
        pairs.push_back({key, start + eq + 1, end});
    }
    out.append('{');
    for (std::size_t p = 0; p < pairs.size(); ++p) {
        if (p > 0) {
            out.append(',');
        }
        appendJsonString(out, pairs[p].key);
        out.append(':');
        appendJsonString(out, trimmed(body.sliced(pairs[p].valueStart,
                                                  pairs[p].valueEnd - pairs[p].valueStart)));
    }
    out.append('}');
    return true;
}

} // namespace

bool normaliseTags(QByteArrayView field, QByteArray &out)
{
    out.clear();
    const QByteArrayView t = trimmed(field);
    if (isNullText(t) || t == "{}") {
        return true; // no tags: empty
    }
    if (normaliseJsonObject(t, out)) {
        if (out == "{}") {
            out.clear();
        }
        return true;
    }
    out.clear();
    if (normaliseMap(t, out)) {
        return true;
    }
    out.clear();
    return false;
}

} // namespace boussole::bills
