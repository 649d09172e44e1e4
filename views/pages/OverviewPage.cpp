#include "views/pages/OverviewPage.h"

#include "models/costs/CostData.h"

#include "models/commands/SetWorkloadFieldCommand.h"
#include "models/domain/EstateSummary.h"
#include "models/itemmodels/ImportTableModel.h"
#include "models/itemmodels/WorkloadTableModel.h"
#include "models/storage/ProjectFile.h"
#include "views/charts/BarChart.h"
#include "views/widgets/EmptyState.h"
#include "views/widgets/SummaryCards.h"

#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace boussole {

namespace {

QString number(double value)
{
    return QLocale().toString(value, 'f', value == static_cast<qint64>(value) ? 0 : 1);
}

QLabel *factLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

} // namespace

OverviewPage::OverviewPage(QWidget *parent)
    : Page(parent), m_name(factLabel(this)), m_client(factLabel(this)), m_file(factLabel(this)),
      m_created(factLabel(this)), m_cards(new QLabel(this)), m_breakdown(factLabel(this)),
      m_environmentChart(new BarChart(this)), m_dataChart(new BarChart(this)),
      m_imports(new QTableView(this)), m_removeImport(new QPushButton(this)),
      m_showWarnings(new QPushButton(this)), m_importModel(new ImportTableModel(this)),
      m_estate(new QWidget(this)), m_empty(new EmptyState(this))
{
    auto *layout = new QVBoxLayout(this);

    auto *facts = new QGroupBox(tr("Project"), this);
    auto *form = new QFormLayout(facts);
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.4);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Client:"), m_client);
    form->addRow(tr("File:"), m_file);
    form->addRow(tr("Created:"), m_created);
    auto *edit = new QPushButton(tr("Edit name and client…"), facts);
    edit->setToolTip(tr("Change the project's name and client (undoable)"));
    connect(edit, &QPushButton::clicked, this, &OverviewPage::editPropertiesRequested);
    auto *editRow = new QHBoxLayout;
    editRow->addWidget(edit);
    editRow->addStretch(1);
    form->addRow(QString(), editRow);
    layout->addWidget(facts);

    auto *estateLayout = new QVBoxLayout(m_estate);
    estateLayout->setContentsMargins(0, 0, 0, 0);
    m_cards->setTextFormat(Qt::RichText);
    m_cards->setWordWrap(true);
    estateLayout->addWidget(m_cards);
    estateLayout->addWidget(m_breakdown);
    auto *charts = new QHBoxLayout;
    charts->addWidget(m_environmentChart);
    charts->addWidget(m_dataChart);
    estateLayout->addLayout(charts, 1);
    layout->addWidget(m_estate, 2);

    m_empty->setTexts(tr("This project holds no workloads yet"),
                      tr("Import an inventory (a CMDB or Excel CSV export) to see what the estate "
                         "runs: machines, their size, environment and data."),
                      tr("Import a file…"));
    connect(m_empty, &EmptyState::activated, this, &OverviewPage::importRequested);
    layout->addWidget(m_empty, 2);

    auto *history = new QGroupBox(tr("Import history"), this);
    auto *historyLayout = new QVBoxLayout(history);
    m_imports->setModel(m_importModel);
    m_imports->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_imports->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_imports->verticalHeader()->hide();
    m_imports->horizontalHeader()->setStretchLastSection(true);
    m_imports->setAlternatingRowColors(true);
    historyLayout->addWidget(m_imports);
    m_removeImport->setText(tr("Remove the selected import"));
    m_removeImport->setToolTip(tr(
        "Remove the file's import and every workload it brought (Edit › Undo brings them back)"));
    m_removeImport->setEnabled(false);
    m_showWarnings->setText(tr("Show its warnings…"));
    m_showWarnings->setToolTip(tr("The warnings the selected import gave, with their positions"));
    m_showWarnings->setEnabled(false);
    auto *historyButtons = new QHBoxLayout;
    historyButtons->addWidget(m_showWarnings);
    historyButtons->addWidget(m_removeImport);
    historyButtons->addStretch(1);
    historyLayout->addLayout(historyButtons);
    connect(m_showWarnings, &QPushButton::clicked, this, [this] {
        QMessageBox box(QMessageBox::Information, tr("Import warnings"),
                        tr("Warnings kept with this import:"), QMessageBox::Close, this);
        box.setDetailedText(selectedImportWarnings());
        box.exec();
    });
    layout->addWidget(history, 1);
    connect(m_removeImport, &QPushButton::clicked, this, &OverviewPage::removeSelectedImport);
    connect(m_imports->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_removeImport->setEnabled(m_project && !m_project->readOnly() && m_undoStack &&
                                   m_imports->selectionModel()->hasSelection());
        const QModelIndex selected = m_imports->selectionModel()->selectedRows().value(0);
        m_showWarnings->setEnabled(
            selected.isValid() &&
            m_importModel->index(selected.row(), ImportTableModel::Warnings).data().toString() !=
                u"0");
    });
}

void OverviewPage::removeSelectedImport()
{
    if (!m_project || !m_undoStack || !m_imports->selectionModel()->hasSelection()) {
        return;
    }
    const QModelIndex index = m_imports->selectionModel()->selectedRows().value(0);
    const QString id = index.data(ImportTableModel::IdRole).toString();
    m_undoStack->push(new RemoveImportCommand(m_project, id));
}

QString OverviewPage::selectedImportWarnings() const
{
    if (!m_project || !m_imports->selectionModel()->hasSelection()) {
        return {};
    }
    const QModelIndex index = m_imports->selectionModel()->selectedRows().value(0);
    const QString id = index.data(ImportTableModel::IdRole).toString();
    const QString file =
        m_importModel->index(index.row(), ImportTableModel::File).data().toString();
    QStringList lines;
    for (const StoredWarning &warning : m_project->importWarnings(id)) {
        QString where = file;
        if (warning.line > 0) {
            where += u':' + QString::number(warning.line);
            if (warning.column > 0) {
                where += u':' + QString::number(warning.column);
            }
        } else if (!warning.path.isEmpty()) {
            where += u": "_s + warning.path;
        }
        lines << where + u": "_s + warning.message;
    }
    return lines.join(u'\n');
}

void OverviewPage::refresh()
{
    m_importModel->reload(m_project);
    m_imports->resizeColumnsToContents();
    if (!m_project) {
        return;
    }
    m_name->setText(m_project->name());
    m_client->setText(m_project->client().isEmpty() ? tr("(not set)") : m_project->client());
    QString file = QDir::toNativeSeparators(m_project->path());
    if (m_project->readOnly()) {
        file += QLatin1Char(' ') + tr("(read-only)");
    }
    m_file->setText(file);
    m_created->setText(
        QLocale().toString(m_project->createdAt().toLocalTime(), QLocale::LongFormat));

    const auto workloads = m_project->workloads();
    const EstateSummary summary = EstateSummary::of(workloads);
    m_estate->setVisible(summary.workloads > 0);
    m_empty->setVisible(summary.workloads == 0);

    const QLocale locale;
    const int applications = int(summary.applications.size());
    const int imports = m_project->importCount();
    std::vector<std::pair<QString, QString>> cards = {
        {locale.toString(summary.workloads), tr("workload(s)", nullptr, summary.workloads)},
        {locale.toString(applications), tr("application(s)", nullptr, applications)},
        {number(summary.vcpu), tr("vCPU running")},
        {tr("%1 GiB").arg(number(summary.memoryGib)), tr("memory running")},
        {tr("%1 TiB").arg(locale.toString(summary.storageGib / 1024.0, 'f', 1)),
         tr("storage provisioned")},
        {locale.toString(imports), tr("import(s)", nullptr, imports)},
    };
    // What the estate costs today, from the bills (average month, amortised), one figure per
    // currency: currencies are never added together.
    if (Result<CostData> costs = CostData::load(*m_project); costs && !costs->isEmpty()) {
        QStringList perCurrency;
        for (const QString &code : costs->currencies()) {
            CostFilter inCurrency;
            inCurrency.currency = code;
            const int months = std::max(1, costs->monthCount(inCurrency));
            const auto total = costs->total(inCurrency, CostBasis::Effective);
            const Money amount = total.count(code) ? total.at(code) : Money();
            perCurrency << amount.dividedBy(months).value_or(amount).format(locale, code, 0);
        }
        cards.push_back({perCurrency.join(u" + "_s), tr("per month today (bills, amortised)")});
    }
    m_cards->setText(summaryCardsHtml(cards));
    QStringList notes;
    if (summary.poweredOff > 0 || summary.templates > 0) {
        notes << tr("%1 and %2 are kept and shown, but not counted as running load.")
                     .arg(tr("%n powered-off machine(s)", nullptr, summary.poweredOff),
                          tr("%n template(s)", nullptr, summary.templates));
    }
    if (summary.containerVcpu > 0 || summary.containerMemoryGib > 0) {
        notes << tr("Containers request %1 vCPU and %2 GiB more, on nodes already counted.")
                     .arg(number(summary.containerVcpu), number(summary.containerMemoryGib));
    }
    if (summary.duplicates > 0) {
        notes << tr("%n record(s) confirmed as the same machine as another are counted once.",
                    nullptr, summary.duplicates);
    }
    if (summary.unknownSize > 0) {
        notes << tr("The size of %n running workload(s) is unknown: their sources did not give it.",
                    nullptr, summary.unknownSize);
    }
    m_breakdown->setText(notes.join(u' '));

    CategorySeries environments;
    environments.title = tr("Workloads by environment");
    for (const auto &[code, count] : summary.byEnvironment) {
        environments.categories << WorkloadTableModel::environmentLabel(code);
        environments.values.push_back(count);
    }
    m_environmentChart->setSeries(environments);

    CategorySeries data;
    data.title = tr("Workloads by data class");
    for (const auto &[code, count] : summary.byDataClass) {
        data.categories << (code.isEmpty() ? tr("Not classified")
                                           : WorkloadTableModel::dataClassLabel(code));
        data.values.push_back(count);
    }
    m_dataChart->setSeries(data);
}

} // namespace boussole
