#pragma once

#include "models/scenarios/Scenario.h"

#include <QCoreApplication>
#include <QDialog>

#include <array>

class QLabel;
class QLineEdit;

namespace boussole {

// Edits the project's on-premises cost model: EUR per month per vCPU, per GiB of memory, per GB of
// provisioned storage and a fixed monthly amount for the datacentre, each with its basis (empty:
// an assumption). An empty amount is "not entered"; amounts are exact decimals. The page pushes
// the undoable command when the dialog is accepted.
class OnPremisesDialog : public QDialog {
    Q_DECLARE_TR_FUNCTIONS(OnPremisesDialog)

public:
    enum Rate { PerVcpu, PerGibMemory, PerGbStorage, FixedMonthly, RateCount };

    explicit OnPremisesDialog(const scenarios::OnPremisesModel &model, QWidget *parent = nullptr);

    // The model as entered (valid once accepted).
    scenarios::OnPremisesModel model() const;
    // Refuses to close while an amount is not a non-negative number.
    void accept() override;

    // For tests.
    QLineEdit *amountEdit(Rate rate) const { return m_amounts[rate]; }
    QLineEdit *basisEdit(Rate rate) const { return m_bases[rate]; }
    QString errorText() const;

private:
    std::array<QLineEdit *, RateCount> m_amounts{};
    std::array<QLineEdit *, RateCount> m_bases{};
    QLabel *m_error;
};

} // namespace boussole
