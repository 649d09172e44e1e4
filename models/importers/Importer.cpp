#include "models/importers/Importer.h"

#include "models/importers/ComposeImporter.h"
#include "models/importers/CsvInventoryImporter.h"
#include "models/importers/Ec2Importer.h"
#include "models/importers/KubernetesImporter.h"
#include "models/importers/ProxmoxImporter.h"
#include "models/importers/RvToolsImporter.h"
#include "models/importers/TerraformStateImporter.h"
#include "models/importers/UtilisationImporter.h"
#include "models/importers/bills/AwsCurImporter.h"
#include "models/importers/bills/AzureCostImporter.h"
#include "models/importers/bills/FocusImporter.h"
#include "models/importers/bills/GcpBillingImporter.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace boussole {

QString ImportWarning::toString(const QString &file) const
{
    Error error;
    error.message = message;
    error.file = file;
    error.line = line;
    error.column = column;
    error.path = path;
    return error.toString();
}

void ImportOutcome::skipRow(const Error &error)
{
    ++rowsSkipped;
    warnings.push_back(
        ImportWarning{QCoreApplication::translate("Importer", "row skipped: %1").arg(error.message),
                      error.line, error.column, error.path});
}

bool ImportContext::reportProgress(qint64 bytesDone, qint64 rows) const
{
    return !options.progress || options.progress(bytesDone, rows);
}

Status ImportContext::add(ImportOutcome &outcome, Workload &&workload) const
{
    if (sink) {
        return sink(std::move(workload));
    }
    outcome.workloads.push_back(std::move(workload));
    return {};
}

Error ImportContext::cancelled() const
{
    return error(QCoreApplication::translate("Importer", "import cancelled"));
}

Error ImportContext::error(const QString &message, int line, int column) const
{
    Error e;
    e.message = message;
    e.file = fileName;
    e.line = line;
    e.column = column;
    return e;
}

ImporterRegistry ImporterRegistry::withBuiltins()
{
    ImporterRegistry registry;
    registry.add(std::make_unique<CsvInventoryImporter>());
    registry.add(std::make_unique<UtilisationImporter>());
    registry.add(std::make_unique<KubernetesImporter>());
    registry.add(std::make_unique<ComposeImporter>());
    registry.add(std::make_unique<RvToolsImporter>());
    registry.add(std::make_unique<TerraformStateImporter>());
    registry.add(std::make_unique<ProxmoxImporter>());
    registry.add(std::make_unique<Ec2Importer>());
    registry.add(std::make_unique<FocusImporter>());
    registry.add(std::make_unique<AwsCurImporter>());
    registry.add(std::make_unique<AzureCostImporter>());
    registry.add(std::make_unique<GcpBillingImporter>());
    return registry;
}

void ImporterRegistry::add(std::unique_ptr<Importer> importer)
{
    if (importer) {
        m_importers.push_back(std::move(importer));
    }
}

const Importer *ImporterRegistry::find(const QString &formatId) const
{
    for (const auto &importer : m_importers) {
        if (importer->formatId().compare(formatId, Qt::CaseInsensitive) == 0) {
            return importer.get();
        }
    }
    return nullptr;
}

QStringList ImporterRegistry::formatIds() const
{
    QStringList ids;
    for (const auto &importer : m_importers) {
        ids.append(importer->formatId());
    }
    return ids;
}

QString ImporterRegistry::supportedFormats() const
{
    QStringList formats;
    for (const auto &importer : m_importers) {
        formats.append(u"%1 (%2)"_s.arg(importer->formatId(), importer->displayName()));
    }
    return formats.join(u", "_s);
}

Result<const Importer *> ImporterRegistry::select(QByteArrayView head, const QString &fileName,
                                                  const QString &format) const
{
    Error error;
    error.file = fileName;
    const QString wanted = format.trimmed();
    if (!wanted.isEmpty() && wanted.compare(u"auto"_s, Qt::CaseInsensitive) != 0) {
        if (const Importer *importer = find(wanted)) {
            return importer;
        }
        error.message = QCoreApplication::translate(
                            "Importer", "unknown format \"%1\"; supported formats: auto, %2")
                            .arg(wanted, supportedFormats());
        return error;
    }

    const Importer *best = nullptr;
    int bestScore = 0;
    const QByteArrayView sniffed = head.first(std::min(head.size(), Importer::kSniffBytes));
    for (const auto &importer : m_importers) {
        const int score = importer->sniff(sniffed, fileName);
        if (score > bestScore) {
            best = importer.get();
            bestScore = score;
        }
    }
    if (best && bestScore >= kMinimumConfidence) {
        return best;
    }
    error.message =
        QCoreApplication::translate(
            "Importer", "the file's format was not recognised; choose one of the supported "
                        "formats (--as FORMAT): %1")
            .arg(supportedFormats());
    return error;
}

} // namespace boussole
