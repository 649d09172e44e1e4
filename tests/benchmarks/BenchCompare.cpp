// Comparison benchmark: N generated workloads (VMs, databases, storage, containers, GPUs,
// Windows…) sized and priced on every provider of the full catalog compiled into the binary.
// Prints the median time of RUNS runs (target: under 200 ms for 10,000 workloads) and what was
// compared, so the figure can be read against the catalog's size.
//
// Usage: bench_compare WORKLOADS [RUNS] [CATALOG]   CATALOG: a folder or YAML file (default: the
// embedded catalog)
#include "models/catalog/Catalog.h"
#include "models/compare/Comparison.h"
#include "tests/models/CompareFixtures.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

using namespace boussole;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int count = args.size() > 1 ? args.at(1).toInt() : 10000;
    const int runs = std::max(1, args.size() > 2 ? args.at(2).toInt() : 3);
    auto catalog = args.size() > 3 ? catalog::loadCatalog(args.at(3)) : catalog::embeddedCatalog();
    if (!catalog) {
        std::fprintf(stderr, "bench_compare: %s\n", qPrintable(catalog.error().toString()));
        return 1;
    }
    size_t offers = 0;
    for (const catalog::Provider &p : catalog->providers) {
        offers += p.offers.size();
    }
    compare::EstateInput estate;
    estate.workloads = testing::generatedEstate(20261129, count);
    compare::CompareSettings settings;
    settings.egressGbPerMonth = 5000;
    std::vector<double> times;
    int matched = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const compare::Comparison result = compare::compareEstate(*catalog, estate, settings);
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
        matched = 0;
        for (const compare::ProviderTotals &t : result.totals) {
            matched += t.matched;
        }
    }
    std::sort(times.begin(), times.end());
    std::printf("compare workloads=%d providers=%zu offers=%zu matches=%d runs=%d "
                "median_ms=%.1f min_ms=%.1f target_ms=200\n",
                count, catalog->providers.size(), offers, matched, runs, times[times.size() / 2],
                times.front());
    return 0;
}
