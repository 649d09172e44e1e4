#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace boussole {

// One file brought into a project. Removing it removes everything it brought.
struct ImportRecord {
    QString id; // UUID; Project::addImport fills it when empty
    QString fileName;
    QString filePath;
    QString format;       // importer id: "rvtools", "csv", "terraform"…
    QString sha256;       // of the file's bytes, lowercase hex: tells a re-import of the same file
    QDateTime importedAt; // stored in UTC with milliseconds; addImport uses "now" when invalid
    qint64 rowCount = 0;
    qint64 warningCount = 0;
    QString status;    // "ok" or "warnings"; a failed or cancelled import leaves no record
    QString sourceKey; // identifies the source across versions of the file, for re-imports

    bool operator==(const ImportRecord &) const = default;
};

// A warning an import gave, kept with the import so it can be read again later.
struct StoredWarning {
    QString message;
    int line = 0;   // 1-based; 0 when not tied to a line
    int column = 0; // 1-based; 0 when not tied to a column
    QString path;   // JSON/YAML path or sheet cell, when the format has one

    bool operator==(const StoredWarning &) const = default;
};

// What replacing an import by a newer export of the same source changed, by workload name.
struct ImportUpdate {
    QString importId;         // the new import
    QString replacedImportId; // the import it replaced
    QStringList added;
    QStringList changed; // matched by natural key, with different values
    QStringList removed; // in the old export, not in the new one
    int unchanged = 0;
};

} // namespace boussole
