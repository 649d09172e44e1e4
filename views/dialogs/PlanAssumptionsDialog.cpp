#include "views/dialogs/PlanAssumptionsDialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace boussole {

using namespace migration;

namespace {

QSpinBox *spin(int value, int minimum, int maximum, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(minimum, maximum);
    box->setValue(value);
    return box;
}

} // namespace

PlanAssumptionsDialog::PlanAssumptionsDialog(const Assumptions &a, const QDate &start,
                                             QWidget *parent)
    : QDialog(parent), m_base(a),
      m_start(new QDateEdit(start.isValid() ? start : QDate::currentDate(), this)),
      m_waveCap(spin(a.waveCap, 1, 10000, this)), m_protected(spin(a.protectedWaves, 0, 20, this)),
      m_complex(spin(a.complexWorkloads, 1, 10000, this)),
      m_prepare(spin(a.prepareDays, 0, 365, this)), m_validate(spin(a.validateDays, 0, 365, this)),
      m_decommission(spin(a.decommissionDays, 0, 365, this)),
      m_perDay(spin(a.workloadsPerMigrateDay, 1, 1000, this))
{
    setWindowTitle(tr("Planning assumptions"));
    m_start->setCalendarPopup(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Start of the plan:"), m_start);
    form->addRow(tr("Workloads per wave (at most):"), m_waveCap);
    form->addRow(tr("First waves without critical or complex applications:"), m_protected);
    form->addRow(tr("Workloads that make an application complex:"), m_complex);
    form->addRow(tr("Preparation (days):"), m_prepare);
    form->addRow(tr("Validation (days):"), m_validate);
    form->addRow(tr("Decommissioning (days):"), m_decommission);
    form->addRow(tr("Workloads migrated per day:"), m_perDay);
    for (Strategy s : kAllStrategies) {
        if (!strategyMoves(s)) {
            continue;
        }
        auto it = a.migrateBaseDays.find(s);
        m_baseDays[s] = spin(it == a.migrateBaseDays.end() ? 0 : it->second, 0, 365, this);
        form->addRow(tr("Migration base days, %1:").arg(strategyLabel(s)), m_baseDays[s]);
    }
    auto *note = new QLabel(tr("Durations and the start apply at once; the size of waves and the "
                               "rule for critical applications apply when you plan again."),
                            this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

Assumptions PlanAssumptionsDialog::assumptions() const
{
    Assumptions a = m_base;
    a.waveCap = m_waveCap->value();
    a.protectedWaves = m_protected->value();
    a.complexWorkloads = m_complex->value();
    a.prepareDays = m_prepare->value();
    a.validateDays = m_validate->value();
    a.decommissionDays = m_decommission->value();
    a.workloadsPerMigrateDay = m_perDay->value();
    for (const auto &[s, box] : m_baseDays) {
        a.migrateBaseDays[s] = box->value();
    }
    return a;
}

QDate PlanAssumptionsDialog::start() const
{
    return m_start->date();
}

} // namespace boussole
