#pragma once

// Writing bill lines into a project fast: a CostEncoder (on the importer's thread) interns text
// into the project's string dictionary, sums the lines into the per-import roll-up the Costs page
// reads, gathers commitments and compute resources, and hands compact batches to a
// CostTableWriter (on the project's thread), which inserts them with prepared statements inside
// the import's transaction. See schema 8 in Migrations.cpp.

#include "models/domain/CostLine.h"
#include "models/domain/Result.h"
#include "models/importers/Importer.h"

#include <QByteArray>
#include <QString>

#include <array>
#include <deque>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace boussole {

class Database;

// The project's cost_strings, in memory. Ids are dense from 0 ("" is 0).
class CostDictionary {
public:
    static Result<CostDictionary> load(Database &db);

    quint32 intern(QByteArrayView text);
    std::string_view text(quint32 id) const { return id < m_byId.size() ? m_byId[id] : ""; }
    quint32 size() const { return quint32(m_byId.size()); }
    // Strings interned since the last call, to insert.
    std::vector<std::pair<quint32, std::string>> takeNew();

private:
    struct Hash {
        using is_transparent = void;
        size_t operator()(std::string_view s) const noexcept
        {
            return std::hash<std::string_view>()(s);
        }
    };
    std::deque<std::string> m_storage;
    std::vector<std::string_view> m_byId;
    std::unordered_map<std::string_view, quint32, Hash, std::equal_to<>> m_ids;
    std::vector<quint32> m_new;
};

struct EncodedCostLine {
    qint64 row = 0;
    qint64 chargeStart = 0;
    qint64 chargeEnd = 0;
    qint64 billingStart = 0;
    qint64 billingEnd = 0;
    Money billed;
    Money effective;
    std::array<std::optional<Money>, 4> optional; // list, contracted, consumed qty, pricing qty
    std::array<quint32, kCostFieldCount> ids{};
    double usageHours = 0;
    QByteArray extras;
};

struct CostBatch {
    std::vector<EncodedCostLine> lines;
    std::vector<std::pair<quint32, std::string>> strings; // new dictionary entries
};

// The dimensions of cost_rollup, in its column order.
inline constexpr std::array<CostField, 14> kRollupFields = {
    CostField::BillingCurrency,    CostField::ProviderName,   CostField::BillingAccountId,
    CostField::SubAccountId,       CostField::SubAccountName, CostField::ChargeCategory,
    CostField::PricingCategory,    CostField::RegionId,       CostField::ServiceCategory,
    CostField::ServiceSubcategory, CostField::ServiceName,    CostField::ResourceId,
    CostField::ResourceName,       CostField::InstanceType,
};

struct CostRollupKey {
    int month = 0;
    std::array<quint32, kRollupFields.size()> ids{};
    bool operator==(const CostRollupKey &) const = default;
};

struct CostRollupSums {
    Int128 billed = 0;
    Int128 effective = 0;
    Int128 list = 0;
    double usageHours = 0;
    qint64 lines = 0;
};

struct CommitmentSummary {
    quint32 name = 0;
    quint32 type = 0;
    quint32 category = 0;
    quint32 provider = 0;
    quint32 currency = 0;
    qint64 start = 0;
    qint64 end = 0;
    int termMonths = 0;
    std::string paymentOption;
    qint64 firstCharge = 0;
    qint64 lastCharge = 0;
    Int128 billed = 0;
    Int128 effective = 0;
    qint64 lines = 0;
};

// A compute resource seen in the bill (VM usage), to derive a workload from when no inventory
// describes it.
struct BilledResource {
    quint32 provider = 0;
    quint32 name = 0;
    quint32 instanceType = 0;
    quint32 region = 0;
    quint32 subAccount = 0;
    quint32 service = 0;
    quint32 tags = 0;
    double usageHours = 0;
    qint64 firstRow = 0;
};

class CostEncoder : public CostSink {
public:
    // `send` takes a full batch (and may swap in an empty one to reuse); false stops the import.
    CostEncoder(CostDictionary &dictionary, std::function<bool(CostBatch &)> send);

    Status add(const CostLine &line) override;
    // Sends what is left; false when the receiver stopped.
    bool flush();

    struct KeyHash {
        size_t operator()(const CostRollupKey &key) const noexcept;
    };
    const std::unordered_map<CostRollupKey, CostRollupSums, KeyHash> &rollup() const
    {
        return m_rollup;
    }
    const std::unordered_map<quint32, CommitmentSummary> &commitments() const
    {
        return m_commitments;
    }
    const std::unordered_map<quint32, BilledResource> &resources() const { return m_resources; }
    qint64 lineCount() const { return m_lines; }
    qint64 firstCharge() const { return m_firstCharge; }
    qint64 lastCharge() const { return m_lastCharge; }
    const CostDictionary &dictionary() const { return m_dictionary; }

    static constexpr std::size_t kBatchSize = 2048;

private:
    quint32 intern(int field, QByteArrayView text);

    CostDictionary &m_dictionary;
    std::function<bool(CostBatch &)> m_send;
    CostBatch m_batch;
    // The previous line's text and id per field: consecutive lines mostly repeat them.
    std::array<QByteArray, kCostFieldCount> m_lastText;
    std::array<quint32, kCostFieldCount> m_lastId{};
    std::unordered_map<CostRollupKey, CostRollupSums, KeyHash> m_rollup;
    std::unordered_map<quint32, CommitmentSummary> m_commitments;
    std::unordered_map<quint32, BilledResource> m_resources;
    qint64 m_lines = 0;
    qint64 m_firstCharge = 0;
    qint64 m_lastCharge = 0;
};

// Inserts batches into cost_lines inside the caller's open transaction, then the import's range,
// roll-up and commitments. Belongs to the database's thread.
class CostTableWriter {
public:
    CostTableWriter(Database &db, QString importId);
    Status write(const CostBatch &batch);
    Status finish(const CostEncoder &encoder);
    qint64 lineCount() const { return m_count; }

private:
    Database &m_db;
    QString m_importId;
    qint64 m_first = 0;
    qint64 m_last = 0;
    qint64 m_count = 0;
};

} // namespace boussole
