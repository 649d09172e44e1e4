#include "views/pages/ReportsPage.h"

#include "models/reports/WorkloadCsvExport.h"
#include "models/storage/ProjectFile.h"

#include <QDir>
#include <QFileDialog>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace boussole {

ReportsPage::ReportsPage(QWidget *parent)
    : Page(parent), m_exportInventory(new QPushButton(tr("Export the inventory as CSV…"), this)),
      m_status(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *tables = new QGroupBox(tr("Tables"), this);
    auto *tablesLayout = new QVBoxLayout(tables);
    auto *explanation = new QLabel(
        tr("The inventory as a CSV file (UTF-8, comma-separated), one row per workload with its "
           "size, environment, data class and the file and row it was imported from. In Excel, "
           "open "
           "it with Data › From Text/CSV; LibreOffice asks for the separator."),
        tables);
    explanation->setWordWrap(true);
    tablesLayout->addWidget(explanation);
    m_exportInventory->setToolTip(tr("Write every workload of the project to a CSV file"));
    tablesLayout->addWidget(m_exportInventory, 0, Qt::AlignLeft);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    tablesLayout->addWidget(m_status);
    layout->addWidget(tables);

    auto *decks = new QGroupBox(tr("Presentation"), this);
    auto *decksLayout = new QVBoxLayout(decks);
    auto *deckText = new QLabel(
        tr("The PDF presentation for review meetings is built from the comparison, compliance "
           "and migration results. None of them exists in this project, so there is no "
           "presentation to export."),
        decks);
    deckText->setWordWrap(true);
    decksLayout->addWidget(deckText);
    layout->addWidget(decks);
    layout->addStretch(1);

    connect(m_exportInventory, &QPushButton::clicked, this, [this] {
        const QString suggested =
            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                .filePath(tr("inventory") + QStringLiteral(".csv"));
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the inventory"),
                                                          suggested, tr("CSV files (*.csv)"));
        if (!path.isEmpty()) {
            exportInventory(path);
        }
    });
}

QString ReportsPage::exportInventory(const QString &path)
{
    if (!m_project) {
        return {};
    }
    const Status status = writeWorkloadsCsv(m_project->workloads(), path);
    const QString message = status ? QString() : status.error().toString();
    m_status->setText(status ? tr("Written: %1").arg(QDir::toNativeSeparators(path)) : message);
    return message;
}

void ReportsPage::refresh()
{
    const bool hasWorkloads = m_project && m_project->workloadCount() > 0;
    m_exportInventory->setEnabled(hasWorkloads);
    if (!hasWorkloads) {
        m_status->setText(tr("The project has no workloads to export."));
    } else {
        m_status->clear();
    }
}

} // namespace boussole
