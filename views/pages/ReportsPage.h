#pragma once

#include "views/pages/Page.h"

class QLabel;
class QPushButton;

namespace boussole {

// Exports for review meetings. Tables export as CSV; each export is written atomically.
class ReportsPage : public Page {
    Q_OBJECT

public:
    explicit ReportsPage(QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("reports"); }
    QString title() const override { return tr("Reports"); }
    void refresh() override;

    // Writes the inventory to path; returns an empty string or the error message. Used by the
    // button (after a file dialog) and by tests.
    QString exportInventory(const QString &path);

private:
    QPushButton *m_exportInventory;
    QLabel *m_status;
};

} // namespace boussole
