#pragma once

#include "views/pages/Page.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace boussole {

class EmptyState;
class WorkloadTableModel;

// The estate as one sortable, filterable table of workloads.
class InventoryPage : public Page {
    Q_OBJECT

public:
    explicit InventoryPage(QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("inventory"); }
    QString title() const override { return tr("Inventory"); }
    void refresh() override;

    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    QComboBox *environmentFilter() const { return m_environment; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }

private:
    void applyFilters();
    void updateSummary();

    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QLineEdit *m_filter;
    QComboBox *m_environment;
    QLabel *m_summary;
    QTableView *m_table;
    WorkloadTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
};

} // namespace boussole
