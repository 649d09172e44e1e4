#pragma once

// Small, fast parsers shared by the bill importers (FOCUS, AWS CUR, Azure, Google Cloud). They
// work on the raw UTF-8 bytes of a CSV field, because a bill has millions of lines and converting
// every field to QString first would dominate the import time.

#include "models/domain/Money.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace boussole::bills {

// True for "", "NULL", "null", "None", "N/A", "nan" and blanks: the ways exports write "no value".
bool isNullText(QByteArrayView field);

// Trims ASCII spaces and tabs.
QByteArrayView trimmed(QByteArrayView field);

// An exact decimal: optional sign, digits, optional '.' fraction, optional exponent (1.5E-7, as
// some exports print tiny amounts). More than 12 fractional digits are rounded half-even. A
// thousands separator is accepted only when allowGrouping is true (Google's console CSV writes
// "1,234.56"). nullopt for anything else.
std::optional<Money> parseDecimal(QByteArrayView field, bool allowGrouping = false);

enum class DateOrder { YearFirst, MonthFirst, DayFirst };

// Seconds since the Unix epoch, UTC, from "2024-09-18T22:00:00Z", "2024-09-18 22:00:00",
// "2024-09-18T22:00:00.000+02:00", "2024-09-18", "2024-09-18 22:00:00 UTC", and (order
// MonthFirst) "09/18/2024" or "9/18/2024 10:00:00 PM" (Azure), (DayFirst) "18/09/2024". Also an
// AWS interval "2024-09-01T00:00:00Z/2024-10-01T00:00:00Z" gives its start. nullopt when the
// text is no such date or an impossible one (2024-02-30).
std::optional<qint64> parseTimestamp(QByteArrayView field, DateOrder order = DateOrder::YearFirst);

// Days since 1970-01-01 of a civil date (proleptic Gregorian), and back.
qint64 daysFromCivil(int year, int month, int day);
void civilFromDays(qint64 days, int &year, int &month, int &day);
// "2024-09-18T22:00:00Z".
QString formatTimestamp(qint64 secondsSinceEpoch);
// year * 100 + month of a timestamp (202409).
int monthOf(qint64 secondsSinceEpoch);

// Adds `months` calendar months to a timestamp (day clamped to the month's length).
qint64 addMonths(qint64 secondsSinceEpoch, int months);

// FOCUS's allowed values in their canonical spelling, whatever the export's case or separators:
// "usage" → "Usage", "usage-based"/"UsageBased" → "Usage-Based", "one-time"/"OneTime" → "One-Time".
// Returns the input unchanged when it is not a known value.
QByteArrayView canonicalChargeCategory(QByteArrayView value);
QByteArrayView canonicalChargeFrequency(QByteArrayView value);
QByteArrayView canonicalPricingCategory(QByteArrayView value);
QByteArrayView canonicalCommitmentStatus(QByteArrayView value);
QByteArrayView canonicalCommitmentCategory(QByteArrayView value);
// The FOCUS ServiceCategory list in its canonical spelling; unknown values map to "Other".
QByteArrayView canonicalServiceCategory(QByteArrayView value, bool *known = nullptr);

// Normalises a tags field to a compact JSON object text: accepts a JSON object, Azure's form
// without outer braces ("env": "prod","app": "x"), and AWS CUR 2.0 / Athena maps
// ({env=prod, app=x}). Appends to `out` (cleared first); returns false when the text is none of
// these (the caller warns and keeps the raw text as {"_raw": "…"}).
bool normaliseTags(QByteArrayView field, QByteArray &out);

// Appends `text` to `out` as a JSON string literal (quotes, escapes).
void appendJsonString(QByteArray &out, QByteArrayView text);

// Case-insensitive ASCII comparison.
bool equalsIgnoreCase(QByteArrayView a, QByteArrayView b);

} // namespace boussole::bills
