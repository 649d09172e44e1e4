#pragma once

#include "views/pages/Page.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace boussole {

class EmptyState;
class StackedBarChart;
class WorkloadFilterProxy;
class WorkloadTableModel;

// The estate as one sortable, filterable table of workloads, with summary cards, a chart by
// environment and kind, and inline and bulk editing of environment, criticality, data class and
// application (each edit undoable).
class InventoryPage : public Page {
    Q_OBJECT

public:
    explicit InventoryPage(QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("inventory"); }
    QString title() const override { return tr("Inventory"); }
    void refresh() override;

    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    QComboBox *environmentFilter() const { return m_filters[0]; }
    QComboBox *kindFilter() const { return m_filters[1]; }
    QComboBox *dataClassFilter() const { return m_filters[2]; }
    QComboBox *applicationFilter() const { return m_filters[3]; }
    QComboBox *importFilter() const { return m_filters[4]; }
    QSortFilterProxyModel *proxy() const;
    WorkloadTableModel *model() const { return m_model; }
    QComboBox *bulkField() const { return m_bulkField; }
    QComboBox *bulkValue() const { return m_bulkValue; }
    QPushButton *bulkApply() const { return m_bulkApply; }

    // Sets the bulk editor's field/value on the selected rows (the Apply button).
    void applyBulkEdit();
    // Marks records as duplicates of others ({id, counted id}), as one undoable step.
    void markDuplicates(const std::vector<std::pair<QString, QString>> &links);
    QPushButton *reconcileButton() const { return m_reconcile; }

private:
    void applyFilters();
    void updateSummary();
    void fillBulkValues();
    void updateBulkState();

    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QLabel *m_cards;
    StackedBarChart *m_chart;
    QLineEdit *m_filter;
    QComboBox *m_filters[5];
    QLabel *m_summary;
    QTableView *m_table;
    WorkloadTableModel *m_model;
    WorkloadFilterProxy *m_proxy;
    QComboBox *m_bulkField;
    QComboBox *m_bulkValue;
    QPushButton *m_bulkApply;
    QWidget *m_reconcileBar;
    QLabel *m_reconcileText;
    QPushButton *m_reconcile;
};

} // namespace boussole
