#pragma once

#include <QDateTime>
#include <QString>

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

} // namespace boussole
