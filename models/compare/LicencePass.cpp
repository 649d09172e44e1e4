#include "models/compare/LicencePass.h"

#include "models/licensing/LicenceAllocation.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace boussole::compare {

namespace {

const licensing::Rules &rules()
{
    static const licensing::Rules loaded = [] {
        Result<licensing::Rules> r = licensing::loadRules();
        return r ? std::move(r.value()) : licensing::Rules();
    }();
    return loaded;
}

QString modeId(licensing::Mode mode)
{
    switch (mode) {
    case licensing::Mode::Included:
        return u"included"_s;
    case licensing::Mode::Byol:
        return u"byol"_s;
    case licensing::Mode::Unpriced:
        return u"unpriced"_s;
    case licensing::Mode::NotAllowed:
        return u"not-allowed"_s;
    case licensing::Mode::Risk:
        return u"risk"_s;
    }
    return {};
}

// The provider's offers by id, built on first use (most estates' workloads need no licence).
class OfferIndex {
public:
    explicit OfferIndex(const catalog::Provider &provider) : m_provider(provider) {}
    const catalog::Offer *find(const QString &id)
    {
        if (m_byId.isEmpty()) {
            for (const catalog::Offer &offer : m_provider.offers) {
                m_byId.insert(offer.id, &offer);
            }
        }
        return m_byId.value(id);
    }

private:
    const catalog::Provider &m_provider;
    QHash<QString, const catalog::Offer *> m_byId;
};

} // namespace

void applyLicences(const catalog::Catalog &catalog, const catalog::Provider &provider,
                   const std::vector<const Workload *> &workloads,
                   const std::vector<Match *> &matches,
                   const std::vector<licensing::LicenceEntitlement> &entitlements,
                   const QDate &date)
{
    licensing::EntitlementPool pool(entitlements);
    OfferIndex offers(provider);
    const double hours = provider.billing.hoursPerMonth > 0 ? provider.billing.hoursPerMonth : 730;
    const QString licence = QString::fromLatin1(kLicence);
    for (size_t i = 0; i < workloads.size() && i < matches.size(); ++i) {
        const Workload &w = *workloads[i];
        Match &m = *matches[i];
        if (!m.matched || w.kind == u"container" || w.kind == u"storage" ||
            m.offerKind == u"block-storage" || m.offerKind == u"object-storage") {
            continue;
        }
        const std::vector<licensing::Product> needed = licensing::licencesNeeded(w);
        m.licences.clear();
        m.components.licence = Money();
        m.missing.removeAll(licence);
        if (needed.empty()) {
            m.licenceNote.clear();
            continue;
        }
        const catalog::Offer *offer = offers.find(m.offerId);
        const bool managed = m.offerKind == u"managed-database";
        const bool dedicatedHost = m.offerKind == u"dedicated-host";
        const double vcpu = dedicatedHost || !offer ? m.vcpu : offer->vcpu;
        bool verified = true;
        bool missing = false;
        QStringList notes;
        for (licensing::Product product : needed) {
            Match::LicenceUse use;
            use.product = licensing::productId(product);
            const bool windowsInOffer = product == licensing::Product::WindowsServer && offer &&
                                        offer->os.contains(u"windows"_s, Qt::CaseInsensitive);
            if (managed || windowsInOffer) {
                use.mode = u"in-offer"_s;
                use.monthlyEur = Money();
                use.note = managed ? QCoreApplication::translate(
                                         "Licensing", "%1: included in the managed service's price")
                                         .arg(licensing::productLabel(product))
                                   : QCoreApplication::translate(
                                         "Licensing", "%1: included in the compute price")
                                         .arg(licensing::productLabel(product));
                notes << use.note;
                m.licences.push_back(use);
                continue;
            }
            const licensing::EntitlementPool::Allocation a =
                pool.allocate(rules(), product, provider.id, vcpu, hours, dedicatedHost, date);
            use.mode = modeId(a.line.mode);
            use.entitlementId = a.entitlementId;
            use.counted = a.line.licencesCounted;
            use.note = a.line.explanation;
            if (a.line.mode == licensing::Mode::Byol) {
                use.monthlyEur = Money();
            } else if (a.line.mode == licensing::Mode::Included && dedicatedHost) {
                // A dedicated host is licensed per physical core of the host, which the
                // per-vCPU rates do not price: missing, never the VM's rate.
                use.mode = u"unpriced"_s;
                use.note = QCoreApplication::translate(
                               "Licensing", "%1 on a dedicated host is licensed per physical "
                                            "core of the host: not priced")
                               .arg(licensing::productLabel(product));
            } else if (a.line.mode == licensing::Mode::Included && a.line.monthly) {
                use.monthlyEur = a.line.currency == u"EUR"
                                     ? a.line.monthly
                                     : catalog.convert(*a.line.monthly, a.line.currency, u"EUR"_s);
                if (use.monthlyEur) {
                    verified = verified && a.line.source.verified;
                    if (!a.line.source.url.isEmpty()) {
                        use.note += u" ("_s + a.line.source.url + u", "_s +
                                    a.line.source.date.toString(Qt::ISODate) +
                                    (a.line.source.verified
                                         ? QString()
                                         : u", "_s + QCoreApplication::translate("Licensing",
                                                                                 "unverified")) +
                                    u')';
                    }
                } else {
                    use.mode = u"unpriced"_s;
                    use.note += u"; "_s + QCoreApplication::translate(
                                              "Licensing", "no rate to convert %1 to EUR")
                                              .arg(a.line.currency);
                }
            }
            if (use.monthlyEur) {
                m.components.licence += *use.monthlyEur;
            } else {
                missing = true;
            }
            notes << use.note;
            m.licences.push_back(use);
        }
        if (missing) {
            m.missing << licence;
        }
        m.verified = m.verified && verified;
        m.licenceNote = notes.join(u"\n"_s);
    }
}

} // namespace boussole::compare
