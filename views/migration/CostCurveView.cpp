#include "views/migration/CostCurveView.h"

#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace boussole {

using namespace migration;

namespace {

constexpr double kTop = 22;
constexpr double kPlot = 120;

} // namespace

CostCurveView::CostCurveView(QWidget *parent)
    : QGraphicsView(parent), m_scene(new QGraphicsScene(this))
{
    setScene(m_scene);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
}

void CostCurveView::setCurve(const std::vector<CostMonth> &months, const QString &currency,
                             const TimeAxis &axis, double width, const QDate &today)
{
    m_scene->clear();
    m_months = int(months.size());
    const QLocale locale;
    const QColor text = palette().color(QPalette::Text);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    double maximum = 0;
    for (const CostMonth &m : months) {
        maximum = std::max(maximum, m.total.toApproximateDouble());
    }
    const double base = kTop + kPlot;
    const auto y = [&](double amount) { return maximum > 0 ? amount / maximum * kPlot : 0.0; };
    const QColor oldColour(0x9a, 0x9a, 0x9a);
    const QColor newColour(0x2f, 0x6f, 0xb3);
    const QColor strandedColour(0xd0, 0x80, 0x10);
    for (const CostMonth &m : months) {
        const double x0 = axis.x(m.month);
        const double w = std::max(1.0, axis.x(m.month.addMonths(1)) - x0 - 1);
        double top = base;
        const auto stack = [&](double amount, const QBrush &brush, const QString &tip) {
            const double h = y(amount);
            if (h <= 0) {
                return;
            }
            top -= h;
            auto *r = m_scene->addRect(x0, top, w, h, Qt::NoPen, brush);
            r->setToolTip(tip);
        };
        const QString month = locale.toString(m.month, u"MMMM yyyy"_s);
        const auto money = [&](const Money &amount) { return amount.format(locale, currency); };
        const double doubled = m.doubleRun.toApproximateDouble();
        stack(m.oldPlatform.toApproximateDouble() - doubled, oldColour,
              tr("%1 — old platform: %2").arg(month, money(m.oldPlatform)));
        stack(doubled, QBrush(oldColour, Qt::BDiagPattern),
              tr("%1 — double run: %2").arg(month, money(m.doubleRun)));
        stack(m.newPlatform.toApproximateDouble(), newColour,
              tr("%1 — new platform: %2").arg(month, money(m.newPlatform)));
        stack(m.stranded.toApproximateDouble(), strandedColour,
              tr("%1 — commitments still paid: %2").arg(month, money(m.stranded)));
    }
    if (!months.empty()) {
        auto *title = m_scene->addSimpleText(
            tr("Monthly run-rate (%1): old platform, double run (hatched), new platform, "
               "commitments still paid; peak %2")
                .arg(currency, months.empty()
                                   ? QString()
                                   : std::max_element(months.begin(), months.end(),
                                                      [](const CostMonth &a, const CostMonth &b) {
                                                          return a.total < b.total;
                                                      })
                                         ->total.format(locale, currency)),
            small);
        title->setBrush(text);
        title->setPos(4, 2);
    }
    m_scene->addLine(0, base, width, base, QPen(palette().color(QPalette::Mid)));
    if (today.isValid()) {
        const double x = axis.x(today);
        m_scene->addLine(x, kTop, x, base, QPen(QColor(0xd0, 0x20, 0x20), 1.5));
    }
    m_scene->setSceneRect(0, 0, width, base + 6);
}

} // namespace boussole
