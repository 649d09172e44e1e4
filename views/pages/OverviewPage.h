#pragma once

#include "views/pages/Page.h"

class QLabel;
class QPushButton;
class QTableView;
class QStackedLayout;

namespace boussole {

class BarChart;
class EmptyState;
class ImportTableModel;

// The project's real facts at a glance: name, client, file, what it holds and where it came from.
class OverviewPage : public Page {
    Q_OBJECT

public:
    explicit OverviewPage(QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("overview"); }
    QString title() const override { return tr("Overview"); }
    void refresh() override;

    QTableView *importTable() const { return m_imports; }
    // Removes the import selected in the history, with its workloads (undoable).
    void removeSelectedImport();
    // The warnings kept with the selected import, one per line with its position.
    QString selectedImportWarnings() const;

private:
    QLabel *m_name;
    QLabel *m_client;
    QLabel *m_file;
    QLabel *m_created;
    QLabel *m_cards;
    QLabel *m_breakdown;
    BarChart *m_environmentChart;
    BarChart *m_dataChart;
    QTableView *m_imports;
    QPushButton *m_removeImport;
    QPushButton *m_showWarnings;
    ImportTableModel *m_importModel;
    QWidget *m_estate;
    EmptyState *m_empty;
};

} // namespace boussole
