#include "views/dialogs/OnPremisesDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace boussole {

namespace {

std::optional<Money> amountOf(const QString &text)
{
    return Money::parse(text.trimmed());
}

scenarios::OnPremisesRate scenarios::OnPremisesModel::*const kRates[] = {
    &scenarios::OnPremisesModel::perVcpu, &scenarios::OnPremisesModel::perGibMemory,
    &scenarios::OnPremisesModel::perGbStorage, &scenarios::OnPremisesModel::fixedMonthly};

} // namespace

OnPremisesDialog::OnPremisesDialog(const scenarios::OnPremisesModel &model, QWidget *parent)
    : QDialog(parent), m_error(new QLabel(this))
{
    setWindowTitle(tr("On-premises costs"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("What a workload kept in your own datacentre costs per month, from its size. Today's "
           "cost adds it for the workloads no bill covers, and a placement rule to “on-premises” "
           "keeps workloads on site at this cost. Leave every rate empty to cost from the bills "
           "only; a rate left empty while others are entered makes the figure incomplete (enter "
           "0 when it is included elsewhere). A basis left empty is an assumption."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout();
    const QString labels[] = {tr("Per vCPU (EUR/month):"), tr("Per GiB of memory (EUR/month):"),
                              tr("Per GB of provisioned storage (EUR/month):"),
                              tr("Fixed datacentre amount (EUR/month, optional):")};
    for (int i = 0; i < RateCount; ++i) {
        const scenarios::OnPremisesRate &rate = model.*kRates[i];
        m_amounts[std::size_t(i)] = new QLineEdit(this);
        m_bases[std::size_t(i)] = new QLineEdit(this);
        if (rate.eur) {
            m_amounts[std::size_t(i)]->setText(rate.eur->toString());
        }
        m_amounts[std::size_t(i)]->setPlaceholderText(tr("not entered"));
        m_bases[std::size_t(i)]->setText(rate.basis);
        m_bases[std::size_t(i)]->setPlaceholderText(tr("assumption (or the source)"));
        auto *row = new QHBoxLayout();
        row->addWidget(m_amounts[std::size_t(i)], 1);
        row->addWidget(m_bases[std::size_t(i)], 3);
        form->addRow(labels[i], row);
    }
    m_amounts[FixedMonthly]->setToolTip(
        tr("Hosting, power, staff, licences already owned…: counted once, in today's cost and in "
           "a scenario that keeps at least one workload on site"));
    layout->addLayout(form);
    m_error->setVisible(false);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &OnPremisesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &OnPremisesDialog::reject);
    layout->addWidget(buttons);
}

scenarios::OnPremisesModel OnPremisesDialog::model() const
{
    scenarios::OnPremisesModel model;
    for (int i = 0; i < RateCount; ++i) {
        scenarios::OnPremisesRate &rate = model.*kRates[i];
        const QString text = m_amounts[std::size_t(i)]->text().trimmed();
        if (!text.isEmpty()) {
            rate.eur = amountOf(text);
        }
        rate.basis = m_bases[std::size_t(i)]->text().trimmed();
    }
    return model;
}

void OnPremisesDialog::accept()
{
    for (int i = 0; i < RateCount; ++i) {
        const QString text = m_amounts[std::size_t(i)]->text().trimmed();
        if (text.isEmpty()) {
            continue;
        }
        const std::optional<Money> amount = amountOf(text);
        if (!amount || amount->isNegative()) {
            m_error->setText(
                tr("“%1” is not an amount (a number, 0 or more, or empty).").arg(text));
            m_error->setVisible(true);
            m_amounts[std::size_t(i)]->setFocus();
            return;
        }
    }
    QDialog::accept();
}

QString OnPremisesDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

} // namespace boussole
