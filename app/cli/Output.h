#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <vector>

namespace boussole {

class Money;

// Tabular output for CLI commands in the three --format flavours of CLI.md. JSON documents are
// built by the command itself (their shapes are part of the contract); table and CSV come from
// rows.
enum class OutputFormat { Table, Csv, Json };

struct TextTable {
    QStringList headers;
    std::vector<QStringList> rows;
    std::vector<bool> rightAligned; // per column; numbers read better right-aligned

    void print(QTextStream &out, OutputFormat format) const;
};

// Adds "schema_version" and "generated_at" (UTC) as every data document starts with them.
QJsonObject jsonDocumentHeader();
// An exact amount for a JSON document: QJsonValue only knows doubles, so the amount travels as a
// marked string that printJson() writes as a bare JSON number with every digit
// (Money::toString(), e.g. 0.0009765625), never through double.
QJsonValue jsonMoney(const Money &amount);
void printJson(QTextStream &out, const QJsonObject &document);

} // namespace boussole
