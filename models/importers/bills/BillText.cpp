#include "models/importers/bills/BillText.h"

#include "models/importers/bills/BillParsing.h"

namespace boussole::bills {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

// The value starting at text[i] (after the separator): a quoted string or a bare word up to
// `,` / `}`.
QByteArrayView valueAt(QByteArrayView text, qsizetype i)
{
    while (i < text.size() && isSpace(text[i])) {
        ++i;
    }
    if (i >= text.size()) {
        return {};
    }
    if (text[i] == '"') {
        const qsizetype start = i + 1;
        qsizetype j = start;
        while (j < text.size() && text[j] != '"') {
            if (text[j] == '\\') {
                ++j;
            }
            ++j;
        }
        return text.sliced(start, std::min(j, text.size()) - start);
    }
    const qsizetype start = i;
    while (i < text.size() && text[i] != ',' && text[i] != '}') {
        ++i;
    }
    return trimmed(text.sliced(start, i - start));
}

} // namespace

QByteArrayView mapValue(QByteArrayView text, QByteArrayView key)
{
    if (key.isEmpty()) {
        return {};
    }
    // Walk the keys: a key starts after '{' or ',' (and optional spaces, optional quote) and ends
    // at ':' (JSON) or '=' (map). Quoted strings are skipped as a whole so that a value holding
    // the key's text is not mistaken for it.
    qsizetype i = 0;
    bool expectKey = true;
    while (i < text.size()) {
        const char c = text[i];
        if (c == '{' || c == ',') {
            expectKey = true;
            ++i;
            continue;
        }
        if (isSpace(c)) {
            ++i;
            continue;
        }
        if (!expectKey) {
            if (c == '"') { // skip a quoted value
                ++i;
                while (i < text.size() && text[i] != '"') {
                    if (text[i] == '\\') {
                        ++i;
                    }
                    ++i;
                }
            }
            ++i;
            continue;
        }
        // A key.
        qsizetype start = i;
        qsizetype end = i;
        if (c == '"') {
            start = i + 1;
            end = start;
            while (end < text.size() && text[end] != '"') {
                if (text[end] == '\\') {
                    ++end;
                }
                ++end;
            }
            i = end + 1;
        } else {
            while (end < text.size() && text[end] != '=' && text[end] != ':' && text[end] != ',' &&
                   text[end] != '}') {
                ++end;
            }
            i = end;
        }
        while (i < text.size() && isSpace(text[i])) {
            ++i;
        }
        if (i >= text.size() || (text[i] != ':' && text[i] != '=')) {
            expectKey = false;
            continue;
        }
        const QByteArrayView name = trimmed(text.sliced(start, std::min(end, text.size()) - start));
        ++i;
        if (equalsIgnoreCase(name, key)) {
            return valueAt(text, i);
        }
        expectKey = false;
    }
    return {};
}

int termMonths(QByteArrayView term)
{
    const QByteArrayView t = trimmed(term);
    if (t.isEmpty()) {
        return 0;
    }
    qsizetype i = 0;
    if (t[0] == 'P' || t[0] == 'p') { // ISO 8601 duration: P1Y, P3Y, P1M
        i = 1;
    }
    int number = 0;
    const qsizetype digitsStart = i;
    while (i < t.size() && isDigit(t[i]) && number < 1000) {
        number = number * 10 + (t[i] - '0');
        ++i;
    }
    if (i == digitsStart || number == 0) {
        return 0;
    }
    while (i < t.size() && (t[i] == ' ' || t[i] == '-')) {
        ++i;
    }
    const QByteArrayView unit = t.sliced(i);
    if (unit.isEmpty()) {
        return digitsStart == 1 ? 0 : number; // a bare number: months
    }
    const char u = char(unit[0] | 0x20);
    if (u == 'y') { // yr, year(s), Y
        return number * 12;
    }
    if (u == 'm') { // month(s), mo, M
        return number;
    }
    return 0;
}

bool isHourUnit(QByteArrayView unit)
{
    QByteArrayView rest;
    unitScale(unit, &rest);
    for (const char *name :
         {"Hrs", "Hr", "Hours", "Hour", "h", "Instance-Hours", "Instance Hour", "Instance Hours"}) {
        if (equalsIgnoreCase(rest, name)) {
            return true;
        }
    }
    return false;
}

qint64 unitScale(QByteArrayView unit, QByteArrayView *rest)
{
    const QByteArrayView t = trimmed(unit);
    qsizetype i = 0;
    qint64 scale = 0;
    while (i < t.size() && isDigit(t[i]) && scale < 1'000'000'000) {
        scale = scale * 10 + (t[i] - '0');
        ++i;
    }
    if (i == 0) {
        scale = 1;
    }
    if (i > 0 && i < t.size() && (t[i] == 'K' || t[i] == 'k') &&
        (i + 1 == t.size() || t[i + 1] == ' ')) {
        scale *= 1000;
        ++i;
    }
    if (scale == 0) {
        scale = 1;
    }
    if (rest) {
        *rest = trimmed(t.sliced(i));
    }
    return scale;
}

double toHours(const Money &quantity)
{
    return double(quantity.units()) / double(Money::kUnitsPerWhole);
}

QByteArray columnKey(QByteArrayView name)
{
    QByteArray key;
    key.reserve(name.size());
    for (const char c : name) {
        if (c >= 'A' && c <= 'Z') {
            key.append(char(c - 'A' + 'a'));
        } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            key.append(c);
        }
    }
    return key;
}

} // namespace boussole::bills
