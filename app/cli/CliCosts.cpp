// `boussole costs` and `boussole list PROJECT costs`.
#include "app/cli/Cli.h"

#include "app/cli/Output.h"
#include "models/catalog/CatalogStore.h"
#include "models/costs/CostData.h"
#include "models/services/ServiceMap.h"
#include "models/storage/ProjectFile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <set>

using namespace Qt::StringLiterals;

namespace boussole {

namespace {

// A JSON string literal (quotes included).
QString jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

QString percent(const Money &part, const Money &whole)
{
    if (whole.isZero()) {
        return {};
    }
    const std::optional<Money> scaled = part.multipliedBy(1000);
    if (!scaled) {
        return {};
    }
    // tenths of a percent: part × 1000 / whole, rounded half away from zero
    const Int128 twice = scaled->units() * 2;
    const Int128 w = whole.units();
    Int128 tenths = twice / w;
    tenths = tenths >= 0 ? (tenths + 1) / 2 : (tenths - 1) / 2;
    return QLocale().toString(double(tenths) / 10.0, 'f', 1) + u" %"_s;
}

} // namespace

int Cli::runCosts(const Options &options)
{
    if (options.positional.size() != 1) {
        return usageError(tr("costs needs a PROJECT"));
    }
    CostDimension by = CostDimension::Service;
    if (!options.by.isEmpty()) {
        const std::optional<CostDimension> parsed = costDimensionFromId(options.by);
        if (!parsed) {
            return usageError(tr("--by must be service, provider, region, month, account, "
                                 "environment, application, resource, service-category or "
                                 "charge-category, not \"%1\"")
                                  .arg(options.by));
        }
        by = *parsed;
    }
    CostBasis basis = CostBasis::Billed;
    if (options.basis == u"effective") {
        basis = CostBasis::Effective;
    } else if (!options.basis.isEmpty() && options.basis != u"billed") {
        return usageError(tr("--basis must be billed or effective, not \"%1\"").arg(options.basis));
    }
    CostFilter filter;
    for (const auto &[text, target, name] : {std::tuple{options.from, &filter.fromMonth, "--from"},
                                             std::tuple{options.to, &filter.toMonth, "--to"}}) {
        if (text.isEmpty()) {
            continue;
        }
        const std::optional<int> month = CostData::monthFromKey(text);
        if (!month) {
            return usageError(tr("%1 must be a date such as 2025-01 or 2025-01-31, not \"%2\"")
                                  .arg(QString::fromLatin1(name), text));
        }
        *target = *month;
    }
    if (filter.fromMonth && filter.toMonth && filter.fromMonth > filter.toMonth) {
        return usageError(tr("--from comes after --to"));
    }
    const QString target = options.currency.toUpper();

    Project::OpenOptions openOptions;
    openOptions.readOnly = true;
    auto opened = Project::open(options.positional.first(), openOptions);
    if (!opened) {
        return failure(opened.error().toString());
    }
    Result<CostData> data = CostData::load(*opened.value());
    if (!data) {
        return failure(data.error().toString());
    }

    // Conversion with the catalog's dated rates, when asked.
    std::optional<catalog::Catalog> rates;
    struct Used {
        QString from;
        const catalog::CurrencyRate *rate;
    };
    std::vector<Used> used;
    if (!target.isEmpty()) {
        Result<catalog::Catalog> loaded = catalog::catalogInUse(options.catalog);
        if (!loaded) {
            return failure(loaded.error().toString());
        }
        rates = std::move(loaded.value());
        for (const QString &code : data->currencies()) {
            if (code == target) {
                continue;
            }
            const catalog::CurrencyRate *rate = rates->rate(code, target);
            if (!rate) {
                return failure(tr("no exchange rate from %1 to %2 in the catalog; amounts are "
                                  "not converted without one")
                                   .arg(code, target));
            }
            used.push_back({code, rate});
        }
    }
    // One currency per row: the converted one, or each source currency.
    const auto rowsOf = [&](const CurrencyAmounts &amounts) {
        std::map<QString, Money> result;
        for (const auto &[code, amount] : amounts) {
            if (!target.isEmpty() && code != target) {
                result[target] += rates->convert(amount, code, target).value_or(Money());
            } else {
                result[code] += amount;
            }
        }
        return result;
    };

    // What each managed service becomes on a European provider (--by service): the shipped map
    // with the project's edits.
    std::optional<ServiceMap> services;
    if (by == CostDimension::Service) {
        if (Result<ServiceMap> map = effectiveServiceMap(opened.value().get())) {
            services = std::move(map.value());
        }
    }
    const auto mappingOf = [&services](const QString &service) -> const ServiceMapping * {
        return services ? services->find(service) : nullptr;
    };
    std::vector<CostGroup> groups = data->aggregate(by, filter, basis);
    if (!target.isEmpty() && by != CostDimension::Month) {
        // Converted amounts are comparable: largest first.
        std::stable_sort(groups.begin(), groups.end(), [&](const CostGroup &a, const CostGroup &b) {
            const auto x = rowsOf(a.amounts);
            const auto y = rowsOf(b.amounts);
            const Money ma = x.empty() ? Money() : x.begin()->second;
            const Money mb = y.empty() ? Money() : y.begin()->second;
            return ma > mb;
        });
    }
    const std::map<QString, Money> totals = rowsOf(data->total(filter, basis));
    const QString single = totals.size() == 1 ? totals.begin()->first : QString();

    if (options.format == OutputFormat::Json) {
        QJsonObject document = jsonDocumentHeader();
        document.insert(u"currency"_s, single.isEmpty() ? QJsonValue() : QJsonValue(single));
        document.insert(u"by"_s, costDimensionId(by));
        document.insert(u"basis"_s, basis == CostBasis::Billed ? u"billed"_s : u"effective"_s);
        document.insert(u"from"_s, filter.fromMonth
                                       ? QJsonValue(CostData::monthKey(filter.fromMonth))
                                       : QJsonValue());
        document.insert(u"to"_s, filter.toMonth ? QJsonValue(CostData::monthKey(filter.toMonth))
                                                : QJsonValue());
        QJsonArray rows;
        for (const CostGroup &group : groups) {
            for (const auto &[code, amount] : rowsOf(group.amounts)) {
                QJsonObject row;
                row.insert(u"key"_s, group.key);
                if (group.label != group.key) {
                    row.insert(u"label"_s, group.label);
                }
                row.insert(u"cost"_s, jsonMoney(amount));
                row.insert(u"currency"_s, code);
                row.insert(u"lines"_s, group.lines);
                if (!group.workloadId.isEmpty()) {
                    row.insert(u"workload"_s, group.workloadId);
                }
                if (const ServiceMapping *m = mappingOf(group.key)) {
                    QJsonObject maps;
                    maps.insert(u"id"_s, m->id);
                    maps.insert(u"kind"_s, m->kind);
                    maps.insert(u"strategy"_s, m->strategy);
                    maps.insert(u"refactor"_s, m->needsRefactor());
                    maps.insert(u"origin"_s, serviceOriginId(m->origin));
                    row.insert(u"maps_to"_s, maps);
                }
                rows.append(row);
            }
        }
        document.insert(u"rows"_s, rows);
        // "total" is a number when there is one currency; with several, null, and "totals" holds
        // one per currency (they are never added together).
        document.insert(u"total"_s, single.isEmpty() ? QJsonValue() : jsonMoney(totals.at(single)));
        QJsonObject perCurrency;
        for (const auto &[code, amount] : totals) {
            perCurrency.insert(code, jsonMoney(amount));
        }
        document.insert(u"totals"_s, perCurrency);
        QJsonArray conversions;
        for (const Used &u : used) {
            QJsonObject c;
            c.insert(u"from"_s, u.rate->from);
            c.insert(u"to"_s, u.rate->to);
            c.insert(u"rate"_s, jsonMoney(u.rate->rate));
            c.insert(u"date"_s, u.rate->date.toString(Qt::ISODate));
            c.insert(u"source"_s, u.rate->source.url);
            conversions.append(c);
        }
        if (!target.isEmpty()) {
            document.insert(u"conversion"_s, conversions);
            QJsonObject catalogInfo;
            catalogInfo.insert(u"id"_s, rates->id);
            catalogInfo.insert(u"date"_s, rates->date.toString(Qt::ISODate));
            document.insert(u"catalog"_s, catalogInfo);
        }
        document.insert(u"lines"_s, data->lineCount());
        printJson(m_out, document);
        return ExitOk;
    }

    TextTable table;
    const bool labelled = by == CostDimension::Resource || by == CostDimension::Account;
    table.headers = {costDimensionId(by)};
    if (labelled) {
        table.headers << u"name"_s;
    }
    table.headers << u"cost"_s << u"currency"_s << u"share"_s << u"lines"_s;
    if (services) {
        table.headers << u"maps_to"_s;
    }
    table.rightAligned = {false};
    if (labelled) {
        table.rightAligned.push_back(false);
    }
    for (bool right : {true, false, true, true}) {
        table.rightAligned.push_back(right);
    }
    const QLocale locale;
    const bool csv = options.format == OutputFormat::Csv;
    const auto amountText = [&](const Money &amount, const QString &code) {
        return csv ? amount.toString() : amount.format(locale, code);
    };
    for (const CostGroup &group : groups) {
        for (const auto &[code, amount] : rowsOf(group.amounts)) {
            QStringList row{group.key.isEmpty() ? tr("(not stated)") : group.key};
            if (labelled) {
                row << group.label;
            }
            row << amountText(amount, code) << code
                << percent(amount, totals.count(code) ? totals.at(code) : Money())
                << QString::number(group.lines);
            if (services) {
                const ServiceMapping *m = mappingOf(group.key);
                row << (m ? m->kind +
                                (m->origin != ServiceMapping::Origin::Shipped ? u"*"_s : QString())
                          : QString());
            }
            table.rows.push_back(row);
        }
    }
    for (const auto &[code, amount] : totals) {
        QStringList row{tr("total")};
        if (labelled) {
            row << QString();
        }
        row << amountText(amount, code) << code << QString() << QString::number(data->lineCount());
        table.rows.push_back(row);
    }
    table.print(m_out, options.format);
    m_out.flush();
    if (!csv) {
        if (totals.size() > 1) {
            m_err << tr("note: amounts in %1 currencies are listed separately; use --currency to "
                        "convert them")
                         .arg(totals.size())
                  << '\n';
        }
        if (services && std::any_of(services->mappings().begin(), services->mappings().end(),
                                    [](const ServiceMapping &m) {
                                        return m.origin != ServiceMapping::Origin::Shipped;
                                    })) {
            m_err << tr("maps_to *: edited or added in this project's services map") << '\n';
        }
        for (const Used &u : used) {
            m_err << tr("converted %1 to %2 with 1 %3 = %4 %5 (rate of %6, %7)")
                         .arg(u.from, target, u.rate->from, u.rate->rate.toString(), u.rate->to,
                              u.rate->date.toString(Qt::ISODate), u.rate->source.url)
                  << '\n';
        }
    }
    return ExitOk;
}

int Cli::listCosts(const Options &options, Project &project)
{
    // Streams page by page: a project may hold millions of lines.
    constexpr qint64 kPage = 5000;
    qint64 total = 0;
    bool first = true;
    const bool json = options.format == OutputFormat::Json;
    const QStringList headers = {
        u"id"_s,      u"import"_s,   u"row"_s,         u"charge_start"_s,   u"provider"_s,
        u"service"_s, u"resource"_s, u"billed_cost"_s, u"effective_cost"_s, u"currency"_s};
    if (json) {
        QJsonObject header = jsonDocumentHeader();
        QString head = QString::fromUtf8(QJsonDocument(header).toJson(QJsonDocument::Compact));
        head.chop(1); // the closing brace
        m_out << head << u",\"costs\":["_s;
    }
    for (qint64 offset = 0;; offset += kPage) {
        Result<std::vector<CostLineRecord>> page =
            costLines(project, {}, kPage, offset, offset == 0 ? &total : nullptr);
        if (!page) {
            return failure(page.error().toString());
        }
        if (json) {
            for (const CostLineRecord &line : *page) {
                m_out << (first ? "" : ",") << "\n{\"id\":" << jsonString(line.uuid)
                      << ",\"import\":" << jsonString(line.importId) << ",\"row\":" << line.row
                      << ",\"charge_start\":" << jsonString(line.chargeStart.toString(Qt::ISODate))
                      << ",\"charge_end\":" << jsonString(line.chargeEnd.toString(Qt::ISODate))
                      << ",\"provider\":" << jsonString(line.provider)
                      << ",\"service\":" << jsonString(line.service)
                      << ",\"service_category\":" << jsonString(line.serviceCategory)
                      << ",\"charge_category\":" << jsonString(line.chargeCategory)
                      << ",\"region\":" << jsonString(line.region)
                      << ",\"account\":" << jsonString(line.account)
                      << ",\"resource\":" << jsonString(line.resourceId)
                      << ",\"billed_cost\":" << line.billed.toString()
                      << ",\"effective_cost\":" << line.effective.toString()
                      << ",\"currency\":" << jsonString(line.currency) << '}';
                first = false;
            }
        } else {
            TextTable table;
            table.headers = headers;
            table.printHeader = offset == 0;
            table.rightAligned = {false, false, true, false, false,
                                  false, false, true, true,  false};
            for (const CostLineRecord &line : *page) {
                table.rows.push_back({line.uuid, line.importId, QString::number(line.row),
                                      line.chargeStart.toString(Qt::ISODate), line.provider,
                                      line.service, line.resourceId, line.billed.toString(),
                                      line.effective.toString(), line.currency});
            }
            if (!table.rows.empty() || offset == 0) {
                table.print(m_out, options.format);
            }
        }
        if (qint64(page->size()) < kPage) {
            break;
        }
    }
    if (json) {
        m_out << "\n]}\n";
    }
    if (total == 0 && !json) {
        m_err << tr("the project holds no bill lines") << '\n';
    }
    return ExitOk;
}

} // namespace boussole
