#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <vector>

namespace boussole {

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
void printJson(QTextStream &out, const QJsonObject &document);

} // namespace boussole
