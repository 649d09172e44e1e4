#pragma once

#include "models/migration/MigrationPlan.h"

#include <QDialog>

class QDateEdit;
class QSpinBox;

namespace boussole {

// The planning assumptions of the project: the plan's start, the phase durations, how many
// workloads a wave holds, how many first waves critical or complex applications stay out of.
class PlanAssumptionsDialog : public QDialog {
    Q_OBJECT

public:
    PlanAssumptionsDialog(const migration::Assumptions &assumptions, const QDate &start,
                          QWidget *parent = nullptr);

    migration::Assumptions assumptions() const;
    QDate start() const;

    // For tests.
    QSpinBox *waveCapBox() const { return m_waveCap; }
    QSpinBox *prepareBox() const { return m_prepare; }
    QDateEdit *startEdit() const { return m_start; }

private:
    migration::Assumptions m_base;
    QDateEdit *m_start;
    QSpinBox *m_waveCap;
    QSpinBox *m_protected;
    QSpinBox *m_complex;
    QSpinBox *m_prepare;
    QSpinBox *m_validate;
    QSpinBox *m_decommission;
    QSpinBox *m_perDay;
    std::map<migration::Strategy, QSpinBox *> m_baseDays;
};

} // namespace boussole
