#pragma once

// What the inventory importers' tests share: a fixture's bytes, and looking up what an import
// produced (a workload by name or natural key, every key, every warning as the user reads it).

#include "models/importers/Importer.h"

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QStringList>

namespace boussole::testing {

// The file's bytes, or empty when it cannot be read (the test then fails on the empty input).
inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline const Workload *byName(const ImportOutcome &outcome, const QString &name)
{
    for (const Workload &w : outcome.workloads) {
        if (w.name == name) {
            return &w;
        }
    }
    return nullptr;
}

inline const Workload *byKey(const ImportOutcome &outcome, const QString &key)
{
    for (const Workload &w : outcome.workloads) {
        if (w.naturalKey == key) {
            return &w;
        }
    }
    return nullptr;
}

inline QStringList keysOf(const ImportOutcome &outcome)
{
    QStringList keys;
    for (const Workload &w : outcome.workloads) {
        keys.append(w.naturalKey);
    }
    return keys;
}

// Each warning as shown to the user, naming `file`.
inline QStringList warningsOf(const ImportOutcome &outcome, const QString &file)
{
    QStringList lines;
    for (const ImportWarning &warning : outcome.warnings) {
        lines.append(warning.toString(file));
    }
    return lines;
}

} // namespace boussole::testing
