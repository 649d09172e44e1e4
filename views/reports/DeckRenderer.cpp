#include "views/reports/DeckRenderer.h"

#include "views/charts/BarChart.h"

#include <QAbstractTextDocumentLayout>
#include <QFileInfo>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

#include <algorithm>
#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

namespace boussole {

namespace {

constexpr int kResolution = 96;   // dots per inch: a landscape A4 page is 1123 × 794
constexpr int kMargin = 40;       // around the page
constexpr int kHeaderHeight = 64; // the slide's title band
constexpr int kFooterHeight = 34;

const QColor kInk(0x1f, 0x2a, 0x37);
const QColor kBand(0x1d, 0x4e, 0x89);
const QColor kMuted(0x5f, 0x6b, 0x7a);

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString eur(const Money &amount)
{
    return esc(amount.format(QLocale(), u"EUR", 0));
}

QString number(double value, int decimals = 0)
{
    return QLocale().toString(value, 'f', decimals);
}

QString percent(const std::optional<double> &value)
{
    return value ? esc(QLocale().toString(*value, 'f', 1) + u" %"_s) : u"—"_s;
}

QString day(const QDate &date)
{
    return date.isValid() ? esc(QLocale().toString(date, QLocale::ShortFormat)) : u"—"_s;
}

const QString kStyle = u"<style>"
                       "body { color: #1f2a37; }"
                       "h2 { font-size: 13pt; color: #1d4e89; margin-top: 8px; }"
                       "table { border-collapse: collapse; }"
                       "th { background: #e8eef6; text-align: left; padding: 4px 8px; }"
                       "td { padding: 3px 8px; border-bottom: 1px solid #d9dee5; }"
                       "td.n, th.n { text-align: right; }"
                       ".muted { color: #5f6b7a; }"
                       ".warn { color: #b43c1e; font-weight: bold; }"
                       ".big { font-size: 20pt; font-weight: bold; color: #1d4e89; }"
                       ".mono { font-family: monospace; font-size: 10pt; }"
                       "</style>"_s;

struct Slide {
    QString title;
    QString html;
    // An optional chart beside the text (right half), drawn on the slide's first page.
    std::optional<CategorySeries> chart;
    // A wide table: the text takes the whole width and the chart goes below it when it fits.
    bool wide = false;
};

QString row(const QStringList &cells, const QList<bool> &numeric = {})
{
    QString html = u"<tr>"_s;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const bool n = i < numeric.size() && numeric[i];
        html += n ? u"<td class=\"n\">"_s : u"<td>"_s;
        html += cells[i] + u"</td>"_s;
    }
    return html + u"</tr>"_s;
}

QString header(const QStringList &cells, const QList<bool> &numeric = {})
{
    QString html = u"<tr>"_s;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const bool n = i < numeric.size() && numeric[i];
        html += (n ? u"<th class=\"n\">"_s : u"<th>"_s) + esc(cells[i]) + u"</th>"_s;
    }
    return html + u"</tr>"_s;
}

// "storage (outscale)" → "stockage (outscale)": the engine names components by their ids.
QString missingText(const QStringList &missing)
{
    QStringList out;
    for (const QString &m : missing) {
        const QString id = m.section(u' ', 0, 0);
        QString name = id;
        if (id == QLatin1String(compare::kCompute)) {
            name = DeckRenderer::tr("compute");
        } else if (id == QLatin1String(compare::kStorage)) {
            name = DeckRenderer::tr("storage");
        } else if (id == QLatin1String(compare::kEgress)) {
            name = DeckRenderer::tr("egress");
        } else if (id == QLatin1String(compare::kLicence)) {
            name = DeckRenderer::tr("licence");
        } else if (id == QLatin1String(compare::kPlatform)) {
            name = DeckRenderer::tr("platform");
        }
        out << name + m.mid(id.size());
    }
    return out.join(u", "_s);
}

// "devis.yaml, valid until 31/03/2027" or "contrat.csv, 12.5 % off the list price".
QString priceBookText(const reports::DeckPriceBookLine &line)
{
    QString text = line.book;
    if (!line.discountPercent.isEmpty()) {
        text = DeckRenderer::tr("%1, %2 % off the list price")
                   .arg(text, QLocale().toString(line.discountPercent.toDouble()));
    }
    if (line.validUntil.isValid()) {
        text = DeckRenderer::tr("%1, valid until %2")
                   .arg(text, QLocale().toString(line.validUntil, QLocale::ShortFormat));
    }
    return text;
}

QString incompleteMark()
{
    return u" <span class=\"warn\">"_s + esc(DeckRenderer::tr("incomplete")) + u"</span>"_s;
}

QString table(const QString &head, const QString &rows)
{
    return u"<table width=\"100%\" cellspacing=\"0\">"_s + head + rows + u"</table>"_s;
}

} // namespace

// Slides are built here, laid out in writePdf().
static std::vector<Slide> buildSlides(const reports::DeckData &deck)
{
    std::vector<Slide> slides;

    // 1. Title and key figures.
    {
        Slide s;
        s.title = DeckRenderer::tr("Cloud comparison and business case");
        QString html = u"<p class=\"big\">"_s + esc(deck.projectName) + u"</p>"_s;
        if (!deck.client.isEmpty()) {
            html += u"<p>"_s + esc(DeckRenderer::tr("Client: %1").arg(deck.client)) + u"</p>"_s;
        }
        html += u"<p class=\"muted\">"_s +
                esc(DeckRenderer::tr("Generated on %1 by Boussole %2. Prices: catalog %3 of %4.")
                        .arg(QLocale().toString(deck.generatedAt.toLocalTime().date(),
                                                QLocale::LongFormat),
                             deck.version, deck.catalogId,
                             QLocale().toString(deck.catalogDate, QLocale::ShortFormat))) +
                u"</p>"_s;
        html +=
            u"<h2>"_s + esc(DeckRenderer::tr("Key figures")) + u"</h2><table cellspacing=\"0\">"_s;
        const auto keyFigure = [&html](const QString &label, const QString &value) {
            html += u"<tr><td>"_s + esc(label) + u"</td><td class=\"n\"><b>"_s + value +
                    u"</b></td></tr>"_s;
        };
        keyFigure(DeckRenderer::tr("Workloads in the inventory"), number(deck.estate.workloads));
        if (deck.spend) {
            keyFigure(deck.spend->onPremisesMonthlyEur
                          ? DeckRenderer::tr("Cost today, per month (bills and on-premises model)")
                          : DeckRenderer::tr("Spend today, per month (bills, amortised)"),
                      eur(deck.spend->monthlyEur) +
                          (deck.spend->incomplete
                               ? u" <span class=\"warn\">"_s + esc(DeckRenderer::tr("incomplete")) +
                                     u"</span>"_s
                               : QString()));
        }
        for (const reports::DeckScenario &scenario : deck.scenarios) {
            if (!scenario.target) {
                continue;
            }
            keyFigure(DeckRenderer::tr("Target scenario \"%1\", per month").arg(scenario.name),
                      eur(scenario.monthly.total()) +
                          (scenario.incomplete
                               ? u" <span class=\"warn\">"_s + esc(DeckRenderer::tr("incomplete")) +
                                     u"</span>"_s
                               : QString()));
            if (scenario.hasTco) {
                keyFigure(
                    DeckRenderer::tr("Saving over %n year(s)", nullptr, scenario.horizonYears),
                    eur(scenario.savingOverHorizon) +
                        (scenario.likeForLike
                             ? QString()
                             : u" <span class=\"warn\">"_s +
                                   esc(DeckRenderer::tr("not like for like")) + u"</span>"_s) +
                        (scenario.incomplete ? incompleteMark() : QString()));
                keyFigure(DeckRenderer::tr("Payback"),
                          (scenario.paybackMonth
                               ? esc(DeckRenderer::tr("month %1").arg(*scenario.paybackMonth))
                               : esc(DeckRenderer::tr("not within the horizon"))) +
                              (scenario.incomplete ? incompleteMark() : QString()));
            }
        }
        if (!deck.frameworks.empty()) {
            QStringList names;
            for (const reports::DeckFramework &f : deck.frameworks) {
                names << f.name.section(u':', 0, 0).trimmed();
            }
            keyFigure(DeckRenderer::tr("Compliance assessments"), esc(names.join(u", "_s)));
        }
        keyFigure(DeckRenderer::tr("Audit trail"),
                  deck.audit.intact
                      ? esc(DeckRenderer::tr("intact, head %1…").arg(deck.audit.head.left(16)))
                      : u"<span class=\"warn\">"_s + esc(DeckRenderer::tr("altered")) +
                            u"</span>"_s);
        if (!deck.waves.empty()) {
            keyFigure(DeckRenderer::tr("Migration"),
                      esc(DeckRenderer::tr("%n wave(s), %1 to %2", nullptr, int(deck.waves.size()))
                              .arg(QLocale().toString(deck.planStart, QLocale::ShortFormat),
                                   QLocale().toString(deck.planEnd, QLocale::ShortFormat))));
        }
        html += u"</table>"_s;
        if (deck.redacted) {
            html +=
                u"<p class=\"muted\">"_s +
                esc(DeckRenderer::tr("Redacted copy: workload and client names are replaced.")) +
                u"</p>"_s;
        }
        s.html = html;
        slides.push_back(s);
    }

    // 2. Estate.
    {
        Slide s;
        s.title = DeckRenderer::tr("What runs today");
        QString rows;
        rows +=
            row({esc(DeckRenderer::tr("Workloads")), number(deck.estate.workloads)}, {false, true});
        rows += row({esc(DeckRenderer::tr("Running")), number(deck.estate.running)}, {false, true});
        rows += row({esc(DeckRenderer::tr("vCPU")), number(deck.estate.vcpu)}, {false, true});
        rows += row({esc(DeckRenderer::tr("Memory (GiB)")), number(deck.estate.memoryGib)},
                    {false, true});
        rows += row({esc(DeckRenderer::tr("Storage (GiB)")), number(deck.estate.storageGib)},
                    {false, true});
        QString html = table(
            header({DeckRenderer::tr("Estate"), DeckRenderer::tr("Total")}, {false, true}), rows);
        CategorySeries chart;
        chart.title = DeckRenderer::tr("Workloads by environment");
        for (const auto &[label, count] : deck.estate.byEnvironment) {
            chart.categories << label;
            chart.values.push_back(count);
        }
        if (!chart.categories.isEmpty()) {
            s.chart = chart;
        }
        s.html = html;
        slides.push_back(s);
    }

    // 3. Today's spend.
    if (deck.spend) {
        Slide s;
        s.title = DeckRenderer::tr("What it costs today");
        QString html;
        if (deck.spend->months > 0) {
            html += u"<p>"_s +
                    esc(DeckRenderer::tr("Bills from %1 to %2 (%n month(s)), amortised: savings "
                                         "plans and reservations spread over the usage they cover.",
                                         nullptr, deck.spend->months)
                            .arg(deck.spend->firstMonth, deck.spend->lastMonth)) +
                    u"</p>"_s;
        }
        QString rows;
        CategorySeries chart;
        chart.title = DeckRenderer::tr("Per month by provider (EUR)");
        for (const reports::DeckSpend::Row &r : deck.spend->byProvider) {
            rows += row({esc(r.provider),
                         eur(r.monthlyEur) + (r.incomplete ? incompleteMark() : QString())},
                        {false, true});
            chart.categories << r.provider;
            chart.values.push_back(std::round(r.monthlyEur.toApproximateDouble()));
        }
        if (deck.spend->onPremisesMonthlyEur) {
            const QString label =
                DeckRenderer::tr("On premises (cost model, assumptions): %n workload(s)", nullptr,
                                 deck.spend->onPremisesWorkloads);
            rows += row(
                {esc(label), eur(*deck.spend->onPremisesMonthlyEur) +
                                 (deck.spend->onPremisesIncomplete ? incompleteMark() : QString())},
                {false, true});
            chart.categories << DeckRenderer::tr("On premises");
            chart.values.push_back(
                std::round(deck.spend->onPremisesMonthlyEur->toApproximateDouble()));
        }
        rows += row({u"<b>"_s + esc(DeckRenderer::tr("Total per month")) + u"</b>"_s,
                     u"<b>"_s + eur(deck.spend->monthlyEur) + u"</b>"_s},
                    {false, true});
        html += table(
            header({DeckRenderer::tr("Provider"), DeckRenderer::tr("Per month")}, {false, true}),
            rows);
        if (deck.spend->commitments > 0) {
            html +=
                u"<p>"_s +
                esc(DeckRenderer::tr("%n commitment(s) (savings plans, reservations) in the bills.",
                                     nullptr, deck.spend->commitments)) +
                u"</p>"_s;
        }
        for (const QString &note : deck.spend->notes) {
            html += u"<p class=\"muted\">"_s + esc(note) + u"</p>"_s;
        }
        if (deck.spend->incomplete) {
            html +=
                u"<p class=\"warn\">"_s +
                esc(DeckRenderer::tr("Incomplete: some amounts could not be converted to EUR.")) +
                u"</p>"_s;
        }
        s.html = html;
        s.chart = chart;
        slides.push_back(s);
    }

    // 4. Providers compared.
    if (!deck.providers.empty()) {
        Slide s;
        s.title = DeckRenderer::tr("Providers compared");
        QString rows;
        CategorySeries chart;
        chart.title = DeckRenderer::tr("Estate per month (EUR, priced parts)");
        for (const reports::DeckProvider &p : deck.providers) {
            QString total = eur(p.monthlyEur);
            if (p.incomplete) {
                total += u" <span class=\"warn\">"_s + esc(DeckRenderer::tr("incomplete")) +
                         u"</span>"_s;
            }
            QString name = esc(p.name);
            if (p.priceBookWorkloads > 0) {
                name += u" <span class=\"muted\">("_s + esc(DeckRenderer::tr("price book")) +
                        u")</span>"_s;
            }
            rows += row({name, esc(p.jurisdiction), total, number(p.matched), number(p.unmatched),
                         number(p.overallScore)},
                        {false, false, true, true, true, true});
            chart.categories << p.name;
            chart.values.push_back(std::round(p.monthlyEur.toApproximateDouble()));
        }
        QString html = table(header({DeckRenderer::tr("Provider"), DeckRenderer::tr("Law"),
                                     DeckRenderer::tr("Per month"), DeckRenderer::tr("Placed"),
                                     DeckRenderer::tr("No offer"), DeckRenderer::tr("Score")},
                                    {false, false, true, true, true, true}),
                             rows);
        html += u"<p class=\"muted\">"_s +
                esc(DeckRenderer::tr(
                        "%n workload(s) compared; %1 left out (templates, duplicates, powered "
                        "off). \"Incomplete\": a component has no sourced price, so the total "
                        "is a lower bound.",
                        nullptr, deck.comparedWorkloads)
                        .arg(deck.skippedWorkloads)) +
                u"</p>"_s;
        s.html = html;
        s.chart = chart;
        slides.push_back(s);
    }

    // 5. Scenarios.
    if (!deck.scenarios.empty()) {
        Slide s;
        s.title = DeckRenderer::tr("Business case: scenarios side by side");
        s.wide = true;
        QString rows;
        CategorySeries chart;
        chart.title = DeckRenderer::tr("Cost over the horizon (EUR)");
        bool anyTco = false;
        for (const reports::DeckScenario &sc : deck.scenarios) {
            QString name = esc(sc.name);
            if (sc.target) {
                name = u"<b>"_s + name + u"</b> ("_s + esc(DeckRenderer::tr("target")) + u")"_s;
            }
            if (sc.priceBookWorkloads > 0) {
                name += u" <span class=\"muted\">("_s + esc(DeckRenderer::tr("price book")) +
                        u")</span>"_s;
            }
            QString monthly = eur(sc.monthly.total());
            if (sc.incomplete) {
                monthly += u" <span class=\"warn\">"_s + esc(DeckRenderer::tr("incomplete")) +
                           u"</span>"_s;
            }
            const QString years = DeckRenderer::tr("%n year(s)", nullptr, sc.horizonYears);
            // A licence without a sourced price is missing, not free.
            QString licence = eur(sc.monthly.licence);
            if (std::any_of(sc.missing.begin(), sc.missing.end(), [](const QString &m) {
                    return m.startsWith(QLatin1String(compare::kLicence));
                })) {
                licence +=
                    u" <span class=\"warn\">"_s + esc(DeckRenderer::tr("+ missing")) + u"</span>"_s;
            }
            rows += row(
                {name, monthly,
                 eur(sc.monthly.total().multipliedBy(12).value_or(Money())) +
                     (sc.incomplete ? u" ?"_s : QString()),
                 licence, esc(years), sc.hasTco ? eur(sc.oneOff) : u"—"_s,
                 // An incomplete scenario's total is a lower bound, so its saving and
                 // payback are only upper bounds: marked, never shown as firm figures.
                 sc.hasTco
                     ? eur(sc.scenarioOverHorizon) + (sc.incomplete ? incompleteMark() : QString())
                     : u"—"_s,
                 sc.hasTco ? eur(sc.savingOverHorizon) + (sc.likeForLike ? QString() : u" *"_s) +
                                 (sc.incomplete ? incompleteMark() : QString())
                           : u"—"_s,
                 sc.paybackMonth ? esc(DeckRenderer::tr("month %1").arg(*sc.paybackMonth)) +
                                       (sc.incomplete ? incompleteMark() : QString())
                                 : u"—"_s},
                {false, true, true, true, false, true, true, true, false});
            if (sc.hasTco) {
                anyTco = true;
                chart.categories << sc.name;
                chart.values.push_back(std::round(sc.scenarioOverHorizon.toApproximateDouble()));
            }
        }
        QString html = table(header({DeckRenderer::tr("Scenario"), DeckRenderer::tr("Per month"),
                                     DeckRenderer::tr("Per year"), DeckRenderer::tr("Licences"),
                                     DeckRenderer::tr("Horizon"), DeckRenderer::tr("One-off"),
                                     DeckRenderer::tr("Total cost"), DeckRenderer::tr("Saving"),
                                     DeckRenderer::tr("Payback")},
                                    {false, true, true, true, false, true, true, true, false}),
                             rows);
        for (const reports::DeckScenario &sc : deck.scenarios) {
            if (sc.hasTco && !sc.likeForLike) {
                html += u"<p class=\"muted\">"_s +
                        esc(DeckRenderer::tr(
                            "* Not like for like: today's bills do not cover every workload "
                            "the scenarios place (on-premises machines have no bill), so "
                            "the saving overstates what leaving would bring.")) +
                        u"</p>"_s;
                break;
            }
        }
        for (const reports::DeckScenario &sc : deck.scenarios) {
            if (sc.unplaced > 0 || sc.unmatched > 0 || !sc.missing.isEmpty()) {
                QStringList parts;
                if (sc.unplaced > 0) {
                    parts << DeckRenderer::tr("%n workload(s) placed by no rule", nullptr,
                                              sc.unplaced);
                }
                if (sc.unmatched > 0) {
                    parts << DeckRenderer::tr("%n without an eligible offer", nullptr,
                                              sc.unmatched);
                }
                if (!sc.missing.isEmpty()) {
                    parts
                        << DeckRenderer::tr("no sourced price for %1").arg(missingText(sc.missing));
                }
                html += u"<p class=\"muted\">"_s +
                        esc(DeckRenderer::tr("%1: %2").arg(sc.name,
                                                           parts.join(DeckRenderer::tr("; ")))) +
                        u"</p>"_s;
            }
        }
        if (!anyTco) {
            html +=
                u"<p class=\"muted\">"_s +
                esc(DeckRenderer::tr("No bills in the project: the TCO needs today's run-rate.")) +
                u"</p>"_s;
        } else {
            s.chart = chart;
        }
        s.html = html;
        slides.push_back(s);
    }

    // 5b. Sensitivity of the target scenario.
    for (const reports::DeckScenario &sc : deck.scenarios) {
        if (!sc.target || sc.sensitivity.empty()) {
            continue;
        }
        Slide s;
        s.title = DeckRenderer::tr("Sensitivity of the target scenario");
        QString rows;
        CategorySeries chart;
        chart.title = DeckRenderer::tr("Change of the cost over the horizon (EUR)");
        for (const reports::DeckScenario::Sensitivity &c : sc.sensitivity) {
            if (!c.applicable) {
                rows +=
                    row({esc(c.label), u"<span class=\"muted\">"_s + esc(c.reason) + u"</span>"_s,
                         QString(), QString()},
                        {false, false, true, false});
                continue;
            }
            QString total = eur(c.tco);
            if (c.incomplete) {
                total += u" <span class=\"warn\">"_s + esc(DeckRenderer::tr("incomplete")) +
                         u"</span>"_s;
            }
            rows += row(
                {esc(c.label), total, eur(c.delta),
                 c.paybackMonth ? esc(DeckRenderer::tr("month %1").arg(*c.paybackMonth)) : u"—"_s},
                {false, true, true, false});
            chart.categories << c.label;
            chart.values.push_back(std::round(c.delta.toApproximateDouble()));
        }
        QString html = u"<p>"_s +
                       esc(DeckRenderer::tr("Scenario \"%1\" over %n year(s), one assumption "
                                            "changed at a time. Every factor is an assumption, "
                                            "editable on the Scenarios page.",
                                            nullptr, sc.horizonYears)
                               .arg(sc.name)) +
                       u"</p>"_s;
        html += table(header({DeckRenderer::tr("Case"), DeckRenderer::tr("Total cost"),
                              DeckRenderer::tr("Change"), DeckRenderer::tr("Payback")},
                             {false, true, true, false}),
                      rows);
        if (!sc.commitmentsAfterMove.isZero()) {
            html += u"<p>"_s +
                    esc(DeckRenderer::tr("Today's commitments still paid after the move: %1.")
                            .arg(sc.commitmentsAfterMove.format(QLocale(), u"EUR", 0))) +
                    u"</p>"_s;
        }
        for (const QString &note : sc.notes) {
            html += u"<p class=\"muted\">"_s + esc(note) + u"</p>"_s;
        }
        s.html = html;
        s.chart = chart;
        slides.push_back(s);
    }

    // 6. Price books and quotes.
    if (!deck.priceBookLines.empty()) {
        Slide s;
        s.title = DeckRenderer::tr("Figures from price books and quotes");
        s.wide = true;
        QString rows;
        for (const reports::DeckPriceBookLine &line : deck.priceBookLines) {
            rows +=
                row({esc(line.scenario.isEmpty() ? DeckRenderer::tr("comparison") : line.scenario),
                     esc(line.workload), esc(line.provider), esc(line.offer), eur(line.monthlyEur),
                     esc(line.reference), esc(priceBookText(line))},
                    {false, false, false, false, true, false, false});
        }
        s.html = u"<p>"_s +
                 esc(DeckRenderer::tr(
                     "These prices come from the project's price books (negotiated prices, "
                     "discounts, quotes), not from the public catalog.")) +
                 u"</p>"_s +
                 table(header({DeckRenderer::tr("Where"), DeckRenderer::tr("Workload"),
                               DeckRenderer::tr("Provider"), DeckRenderer::tr("Offer"),
                               DeckRenderer::tr("Per month"), DeckRenderer::tr("Reference"),
                               DeckRenderer::tr("Price book")},
                              {false, false, false, false, true, false, false}),
                       rows);
        slides.push_back(s);
    }

    // 7. Compliance and the audit trail.
    {
        Slide s;
        s.title = DeckRenderer::tr("Compliance");
        QString html;
        if (deck.frameworks.empty()) {
            html += u"<p>"_s + esc(DeckRenderer::tr("No assessment recorded yet.")) + u"</p>"_s;
        } else {
            QString rows;
            for (const reports::DeckFramework &f : deck.frameworks) {
                rows += row({esc(f.name), esc(f.version),
                             esc(DeckRenderer::tr("%1 of %2").arg(f.assessed).arg(f.items)),
                             f.passFail ? esc(DeckRenderer::tr("pass/fail")) : percent(f.score),
                             number(f.blocking)},
                            {false, false, true, true, true});
            }
            html += table(header({DeckRenderer::tr("Framework"), DeckRenderer::tr("Version"),
                                  DeckRenderer::tr("Assessed"), DeckRenderer::tr("Score"),
                                  DeckRenderer::tr("Blocking")},
                                 {false, false, true, true, true}),
                          rows);
            html += u"<p class=\"muted\">"_s +
                    esc(DeckRenderer::tr(
                        "A qualification or certification (SecNumCloud, HDS) is pass or "
                        "fail for the provider: it shows blocking items, not a "
                        "percentage.")) +
                    u"</p>"_s;
        }
        html += u"<h2>"_s + esc(DeckRenderer::tr("Audit trail")) + u"</h2>"_s;
        if (deck.audit.intact) {
            html +=
                u"<p>"_s +
                esc(DeckRenderer::tr("%n entry(ies), chain intact when this deck was made. Head:",
                                     nullptr, int(deck.audit.entries))) +
                u"</p>"_s;
        } else {
            html +=
                u"<p class=\"warn\">"_s +
                esc(DeckRenderer::tr("The audit trail was altered: %1").arg(deck.audit.problem)) +
                u"</p>"_s;
        }
        html += u"<p class=\"mono\">"_s + esc(deck.audit.head) + u"</p>"_s;
        html += u"<p class=\"muted\">"_s +
                esc(DeckRenderer::tr(
                    "Check it at any time: boussole audit verify PROJECT prints the same "
                    "head when nothing changed since.")) +
                u"</p>"_s;
        s.html = html;
        for (const reports::DeckFramework &f : deck.frameworks) {
            if (f.passFail) {
                continue;
            }
            CategorySeries chart;
            chart.title = DeckRenderer::tr("%1: score per chapter (%)").arg(f.name);
            for (const reports::DeckChapter &c : f.chapters) {
                if (c.score) {
                    chart.categories << c.id;
                    chart.values.push_back(*c.score);
                }
            }
            if (!chart.categories.isEmpty()) {
                s.chart = chart;
                break;
            }
        }
        slides.push_back(s);
    }

    // 8. Migration waves.
    if (!deck.waves.empty()) {
        Slide s;
        s.title = DeckRenderer::tr("Migration plan");
        QString rows;
        for (const reports::DeckWave &w : deck.waves) {
            rows += row({esc(w.name), day(w.start), day(w.end), number(w.workloads),
                         w.production ? esc(DeckRenderer::tr("yes")) : esc(DeckRenderer::tr("no"))},
                        {false, false, false, true, false});
        }
        s.html = table(
            header({DeckRenderer::tr("Wave"), DeckRenderer::tr("Start"), DeckRenderer::tr("End"),
                    DeckRenderer::tr("Workloads"), DeckRenderer::tr("Production")},
                   {false, false, false, true, false}),
            rows);
        slides.push_back(s);
    }

    // 9. Sources and caveats.
    {
        Slide s;
        s.title = DeckRenderer::tr("Sources and limits");
        QString html =
            u"<p>"_s +
            esc(DeckRenderer::tr("Prices come from the catalog %1 of %2; every price carries its "
                                 "source and date in Boussole (boussole catalog).")
                    .arg(deck.catalogId,
                         QLocale().toString(deck.catalogDate, QLocale::ShortFormat))) +
            u"</p><ul>"_s;
        for (const QString &caveat : deck.caveats) {
            html += u"<li>"_s + esc(caveat) + u"</li>"_s;
        }
        html += u"</ul>"_s;
        s.html = html;
        slides.push_back(s);
    }
    return slides;
}

QStringList DeckRenderer::slideHtml(const reports::DeckData &deck)
{
    QStringList pages;
    for (const Slide &slide : buildSlides(deck)) {
        pages << u"<h1>"_s + esc(slide.title) + u"</h1>"_s + slide.html;
    }
    return pages;
}

Result<int> DeckRenderer::writePdf(const reports::DeckData &deck, const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error(tr("cannot write the file: %1").arg(file.errorString()), name);
    }
    QPdfWriter pdf(&file);
    pdf.setResolution(kResolution);
    pdf.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(0, 0, 0, 0)));
    pdf.setTitle(tr("%1 — cloud comparison").arg(deck.projectName));
    pdf.setCreator(u"Boussole %1"_s.arg(deck.version));

    QPainter painter;
    if (!painter.begin(&pdf)) {
        return Error(tr("cannot start the PDF"), name);
    }
    const QRect page(0, 0, pdf.width(), pdf.height());
    const QRect body(kMargin, kHeaderHeight + 16, page.width() - 2 * kMargin,
                     page.height() - kHeaderHeight - 16 - kFooterHeight - 8);

    const std::vector<Slide> slides = buildSlides(deck);
    int pageNumber = 0;
    const auto drawFrame = [&](const QString &title) {
        ++pageNumber;
        painter.fillRect(QRect(0, 0, page.width(), kHeaderHeight), kBand);
        QFont titleFont = painter.font();
        titleFont.setPixelSize(24);
        titleFont.setBold(true);
        painter.setFont(titleFont);
        painter.setPen(Qt::white);
        painter.drawText(QRect(kMargin, 0, page.width() - 2 * kMargin, kHeaderHeight),
                         Qt::AlignVCenter | Qt::AlignLeft, title);
        QFont small = painter.font();
        small.setPixelSize(11);
        small.setBold(false);
        painter.setFont(small);
        if (!deck.classification.isEmpty()) {
            QFont bold = small;
            bold.setBold(true);
            painter.setFont(bold);
            painter.drawText(QRect(kMargin, 0, page.width() - 2 * kMargin, kHeaderHeight - 6),
                             Qt::AlignTop | Qt::AlignRight, deck.classification);
            painter.setFont(small);
        }
        const QRect footer(kMargin, page.height() - kFooterHeight, page.width() - 2 * kMargin,
                           kFooterHeight - 8);
        painter.setPen(kMuted);
        painter.drawLine(footer.topLeft(), footer.topRight());
        // The classification is in the header band; the footer names the project, the audit
        // trail's head (to check out of band) and the page.
        const QString right = tr("Audit trail head %1").arg(deck.audit.head.left(16)) + u"   "_s +
                              QString::number(pageNumber);
        const int rightWidth = painter.fontMetrics().horizontalAdvance(right) + 16;
        painter.drawText(footer, Qt::AlignVCenter | Qt::AlignRight, right);
        painter.drawText(
            QRect(footer.left(), footer.top(), footer.width() - rightWidth, footer.height()),
            Qt::AlignVCenter | Qt::AlignLeft,
            painter.fontMetrics().elidedText(deck.projectName, Qt::ElideRight,
                                             footer.width() - rightWidth));
        painter.setPen(kInk);
    };

    bool first = true;
    for (const Slide &slide : slides) {
        QTextDocument document;
        document.setDefaultStyleSheet(QString());
        QFont font = document.defaultFont();
        // Wide tables (scenarios, price books) in a smaller type, so columns do not wrap.
        font.setPixelSize(slide.wide ? 12 : 15);
        document.setDefaultFont(font);
        const bool withChart = slide.chart.has_value();
        const bool chartBeside = withChart && !slide.wide;
        const int textWidth = chartBeside ? body.width() * 11 / 20 : body.width();
        document.setHtml(kStyle + slide.html);
        document.setPageSize(QSizeF(textWidth, body.height()));
        const int pages = std::max(1, document.pageCount());
        for (int p = 0; p < pages; ++p) {
            if (!first && !pdf.newPage()) {
                painter.end();
                return Error(tr("cannot add a page to the PDF"), name);
            }
            first = false;
            drawFrame(p == 0 ? slide.title : tr("%1 (continued)").arg(slide.title));
            painter.save();
            painter.translate(body.topLeft());
            painter.translate(0, -p * body.height());
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = QRectF(0, p * body.height(), textWidth, body.height());
            painter.setClipRect(context.clip);
            context.palette.setColor(QPalette::Text, kInk);
            document.documentLayout()->draw(&painter, context);
            painter.restore();
            if (withChart && p == 0) {
                // Beside the text, or below it on a wide slide when there is room left.
                const int textHeight = int(std::ceil(document.size().height()));
                QRect area;
                if (chartBeside) {
                    area = QRect(body.left() + textWidth + 24, body.top(),
                                 body.width() - textWidth - 24, body.height());
                } else if (pages == 1 && body.height() - textHeight - 16 >= 200) {
                    area = QRect(body.left(), body.top() + textHeight + 16, body.width() / 2,
                                 body.height() - textHeight - 16);
                }
                if (!area.isEmpty()) {
                    BarChart chart;
                    chart.setSeries(*slide.chart);
                    const int wanted = 70 + 36 * int(slide.chart->values.size());
                    chart.resize(area.width(), std::clamp(wanted, 200, area.height()));
                    chart.ensurePolished();
                    chart.render(&painter, area.topLeft(), QRegion(), QWidget::DrawChildren);
                }
            }
        }
    }
    painter.end();
    if (!file.commit()) {
        return Error(tr("cannot write the file: %1").arg(file.errorString()), name);
    }
    return pageNumber;
}

} // namespace boussole
