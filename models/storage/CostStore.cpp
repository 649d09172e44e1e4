#include "models/storage/CostStore.h"

#include "models/importers/bills/BillParsing.h"
#include "models/storage/Sqlite.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <cstring>

using namespace Qt::StringLiterals;

namespace boussole {

namespace {

// Money storage for a 128-bit sum: INTEGER units when they fit, exact text otherwise.
void bindMoney(sqlite3_stmt *stmt, int index, const Money &value)
{
    if (const std::optional<qint64> units = value.toInt64Units()) {
        sqlite3_bind_int64(stmt, index, *units);
    } else {
        const QByteArray text = value.toString().toLatin1();
        sqlite3_bind_text(stmt, index, text.constData(), int(text.size()), SQLITE_TRANSIENT);
    }
}

Error stepError(Database &db)
{
    return Error(QCoreApplication::translate("Project", "cannot store the bill lines: %1")
                     .arg(db.lastError()));
}

constexpr int kOptionalCount = 4;

} // namespace

Result<CostDictionary> CostDictionary::load(Database &db)
{
    CostDictionary dictionary;
    Statement select = db.prepare("SELECT id, value FROM cost_strings ORDER BY id");
    if (!select.isValid()) {
        return select.error();
    }
    for (;;) {
        const StepResult step = select.step();
        if (step == StepResult::Done) {
            break;
        }
        if (step == StepResult::Error) {
            return select.error();
        }
        const qint64 id = select.columnInt64(0);
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(select.handle(), 1));
        const int size = sqlite3_column_bytes(select.handle(), 1);
        if (id != qint64(dictionary.m_byId.size())) {
            return Error(u"the bill text table of this project is damaged (id %1)"_s.arg(id));
        }
        dictionary.m_storage.emplace_back(text ? text : "", std::size_t(size));
        const std::string_view view = dictionary.m_storage.back();
        dictionary.m_byId.push_back(view);
        dictionary.m_ids.emplace(view, quint32(id));
    }
    if (dictionary.m_byId.empty()) {
        return Error(u"the bill text table of this project is damaged (no empty entry)"_s);
    }
    return dictionary;
}

quint32 CostDictionary::intern(QByteArrayView text)
{
    const std::string_view key(text.data(), std::size_t(text.size()));
    if (key.empty()) {
        return 0;
    }
    const auto found = m_ids.find(key);
    if (found != m_ids.end()) {
        return found->second;
    }
    const quint32 id = quint32(m_byId.size());
    m_storage.emplace_back(key);
    const std::string_view stored = m_storage.back();
    m_byId.push_back(stored);
    m_ids.emplace(stored, id);
    m_new.push_back(id);
    return id;
}

std::vector<std::pair<quint32, std::string>> CostDictionary::takeNew()
{
    std::vector<std::pair<quint32, std::string>> result;
    result.reserve(m_new.size());
    for (const quint32 id : m_new) {
        result.emplace_back(id, std::string(m_byId[id]));
    }
    m_new.clear();
    return result;
}

size_t CostEncoder::KeyHash::operator()(const CostRollupKey &key) const noexcept
{
    quint64 h = quint64(key.month) * 0x9E3779B97F4A7C15ULL;
    for (const quint32 id : key.ids) {
        h ^= id + 0x9E3779B97F4A7C15ULL + (h << 6) + (h >> 2);
    }
    return size_t(h);
}

CostEncoder::CostEncoder(CostDictionary &dictionary, std::function<bool(CostBatch &)> send)
    : m_dictionary(dictionary), m_send(std::move(send))
{
    m_batch.lines.reserve(kBatchSize);
}

quint32 CostEncoder::intern(int field, QByteArrayView text)
{
    if (text.isEmpty()) {
        return 0;
    }
    QByteArray &last = m_lastText[std::size_t(field)];
    if (last.size() == text.size() &&
        std::memcmp(last.constData(), text.data(), std::size_t(text.size())) == 0) {
        return m_lastId[std::size_t(field)];
    }
    const quint32 id = m_dictionary.intern(text);
    last.resize(text.size());
    std::memcpy(last.data(), text.data(), std::size_t(text.size()));
    m_lastId[std::size_t(field)] = id;
    return id;
}

Status CostEncoder::add(const CostLine &line)
{
    m_batch.lines.emplace_back();
    EncodedCostLine &encoded = m_batch.lines.back();
    encoded.row = line.row;
    encoded.chargeStart = line.chargePeriodStart;
    encoded.chargeEnd = line.chargePeriodEnd;
    encoded.billingStart = line.billingPeriodStart;
    encoded.billingEnd = line.billingPeriodEnd;
    encoded.billed = line.billedCost;
    encoded.effective = line.effectiveCost;
    encoded.optional = {line.listCost, line.contractedCost, line.consumedQuantity,
                        line.pricingQuantity};
    for (int f = 0; f < kCostFieldCount; ++f) {
        encoded.ids[std::size_t(f)] = intern(f, line.text[std::size_t(f)]);
    }
    encoded.usageHours = line.usageHours;
    if (!line.extras.isEmpty()) {
        encoded.extras.resize(line.extras.size());
        std::memcpy(encoded.extras.data(), line.extras.data(), std::size_t(line.extras.size()));
    } else {
        encoded.extras.clear();
    }

    const auto id = [&encoded](CostField field) { return encoded.ids[std::size_t(field)]; };
    CostRollupKey key;
    key.month = bills::monthOf(line.chargePeriodStart);
    for (std::size_t i = 0; i < kRollupFields.size(); ++i) {
        key.ids[i] = id(kRollupFields[i]);
    }
    CostRollupSums &sums = m_rollup[key];
    sums.billed += line.billedCost.units();
    sums.effective += line.effectiveCost.units();
    if (line.listCost) {
        sums.list += line.listCost->units();
    }
    sums.usageHours += line.usageHours;
    ++sums.lines;

    if (const quint32 commitment = id(CostField::CommitmentDiscountId); commitment != 0) {
        auto [it, inserted] = m_commitments.try_emplace(commitment);
        CommitmentSummary &c = it->second;
        if (inserted) {
            c.firstCharge = line.chargePeriodStart;
            c.lastCharge = line.chargePeriodStart;
        }
        c.name = c.name ? c.name : id(CostField::CommitmentDiscountName);
        c.type = c.type ? c.type : id(CostField::CommitmentDiscountType);
        c.category = c.category ? c.category : id(CostField::CommitmentDiscountCategory);
        c.provider = c.provider ? c.provider : id(CostField::ProviderName);
        c.currency = c.currency ? c.currency : id(CostField::BillingCurrency);
        c.firstCharge = std::min(c.firstCharge, line.chargePeriodStart);
        c.lastCharge = std::max(c.lastCharge, line.chargePeriodStart);
        c.billed += line.billedCost.units();
        c.effective += line.effectiveCost.units();
        ++c.lines;
        if (line.commitment) {
            const CommitmentFacts &facts = *line.commitment;
            if (facts.start != 0) {
                c.start = facts.start;
            }
            if (facts.end != 0) {
                c.end = facts.end;
            }
            if (facts.termMonths != 0) {
                c.termMonths = facts.termMonths;
            }
            if (!facts.paymentOption.isEmpty()) {
                c.paymentOption.assign(facts.paymentOption.data(),
                                       std::size_t(facts.paymentOption.size()));
            }
        }
    }

    if (line.usageHours > 0) {
        if (const quint32 resource = id(CostField::ResourceId); resource != 0) {
            auto [it, inserted] = m_resources.try_emplace(resource);
            BilledResource &r = it->second;
            if (inserted) {
                r.firstRow = line.row;
            }
            const auto keep = [](quint32 &slot, quint32 value) {
                if (slot == 0) {
                    slot = value;
                }
            };
            keep(r.provider, id(CostField::ProviderName));
            keep(r.name, id(CostField::ResourceName));
            keep(r.instanceType, id(CostField::InstanceType));
            keep(r.region, id(CostField::RegionId));
            keep(r.subAccount, id(CostField::SubAccountId));
            keep(r.service, id(CostField::ServiceName));
            keep(r.tags, id(CostField::Tags));
            r.usageHours += line.usageHours;
        }
    }

    if (m_lines == 0 || line.chargePeriodStart < m_firstCharge) {
        m_firstCharge = line.chargePeriodStart;
    }
    if (m_lines == 0 || line.chargePeriodStart > m_lastCharge) {
        m_lastCharge = line.chargePeriodStart;
    }
    ++m_lines;

    if (m_batch.lines.size() >= kBatchSize && !flush()) {
        return Error(u"the import stopped"_s); // never shown: the writer's error is
    }
    return {};
}

bool CostEncoder::flush()
{
    m_batch.strings = m_dictionary.takeNew();
    if (m_batch.lines.empty() && m_batch.strings.empty()) {
        return true;
    }
    const bool ok = m_send(m_batch);
    m_batch.lines.clear();
    m_batch.strings.clear();
    return ok;
}

CostTableWriter::CostTableWriter(Database &db, QString importId)
    : m_db(db), m_importId(std::move(importId))
{
}

Status CostTableWriter::write(const CostBatch &batch)
{
    if (!batch.strings.empty()) {
        Statement insert = m_db.prepare("INSERT INTO cost_strings(id, value) VALUES (?1, ?2)");
        sqlite3_stmt *stmt = insert.handle();
        if (!stmt) {
            return insert.error();
        }
        for (const auto &[id, text] : batch.strings) {
            sqlite3_bind_int64(stmt, 1, id);
            sqlite3_bind_text(stmt, 2, text.data(), int(text.size()), SQLITE_STATIC);
            if (sqlite3_step(stmt) != SQLITE_DONE) {
                sqlite3_reset(stmt);
                return stepError(m_db);
            }
            sqlite3_reset(stmt);
        }
    }
    if (batch.lines.empty()) {
        return {};
    }
    std::string sql = "INSERT INTO cost_lines(row, charge_start, charge_end, billing_start, "
                      "billing_end, billed_cost, effective_cost, list_cost, contracted_cost, "
                      "consumed_quantity, pricing_quantity";
    for (int f = 0; f < kCostFieldCount; ++f) {
        sql += ", ";
        sql += costFieldId(CostField(f));
    }
    sql += ", usage_hours, extras) VALUES (?";
    for (int i = 1; i < 11 + kCostFieldCount + 2; ++i) {
        sql += ",?";
    }
    sql += ")";
    Statement insert = m_db.prepare(sql);
    sqlite3_stmt *stmt = insert.handle();
    if (!stmt) {
        return insert.error();
    }
    for (const EncodedCostLine &line : batch.lines) {
        int p = 1;
        sqlite3_bind_int64(stmt, p++, line.row);
        sqlite3_bind_int64(stmt, p++, line.chargeStart);
        sqlite3_bind_int64(stmt, p++, line.chargeEnd);
        sqlite3_bind_int64(stmt, p++, line.billingStart);
        sqlite3_bind_int64(stmt, p++, line.billingEnd);
        bindMoney(stmt, p++, line.billed);
        bindMoney(stmt, p++, line.effective);
        for (int i = 0; i < kOptionalCount; ++i) {
            if (line.optional[std::size_t(i)]) {
                bindMoney(stmt, p++, *line.optional[std::size_t(i)]);
            } else {
                sqlite3_bind_null(stmt, p++);
            }
        }
        for (const quint32 id : line.ids) {
            sqlite3_bind_int64(stmt, p++, id);
        }
        sqlite3_bind_double(stmt, p++, line.usageHours);
        if (line.extras.isEmpty()) {
            sqlite3_bind_null(stmt, p++);
        } else {
            sqlite3_bind_text(stmt, p++, line.extras.constData(), int(line.extras.size()),
                              SQLITE_STATIC);
        }
        if (sqlite3_step(stmt) != SQLITE_DONE) {
            sqlite3_reset(stmt);
            return stepError(m_db);
        }
        sqlite3_reset(stmt);
        const qint64 rowId = sqlite3_last_insert_rowid(m_db.handle());
        if (m_count == 0) {
            m_first = rowId;
        }
        m_last = rowId;
        ++m_count;
    }
    return {};
}

Status CostTableWriter::finish(const CostEncoder &encoder)
{
    if (m_count > 0 && m_last - m_first + 1 != m_count) {
        return Error(u"bill lines were not stored in one range"_s);
    }
    {
        Statement insert = m_db.prepare(
            "INSERT INTO cost_imports(import_id, first_line, last_line, line_count, first_charge, "
            "last_charge) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        insert.bindText(1, m_importId);
        insert.bindInt64(2, m_count ? m_first : 0);
        insert.bindInt64(3, m_count ? m_last : -1);
        insert.bindInt64(4, m_count);
        insert.bindInt64(5, encoder.firstCharge());
        insert.bindInt64(6, encoder.lastCharge());
        if (Status done = insert.run(); !done) {
            return done;
        }
    }
    {
        std::string sql = "INSERT INTO cost_rollup(import_id, month";
        for (const CostField field : kRollupFields) {
            sql += ", ";
            sql += costFieldId(field);
        }
        sql += ", billed_cost, effective_cost, list_cost, usage_hours, line_count) VALUES (?";
        for (std::size_t i = 1; i < 2 + kRollupFields.size() + 5; ++i) {
            sql += ",?";
        }
        sql += ")";
        Statement insert = m_db.prepare(sql);
        sqlite3_stmt *stmt = insert.handle();
        if (!stmt) {
            return insert.error();
        }
        const QByteArray importId = m_importId.toUtf8();
        for (const auto &[key, sums] : encoder.rollup()) {
            int p = 1;
            sqlite3_bind_text(stmt, p++, importId.constData(), int(importId.size()), SQLITE_STATIC);
            sqlite3_bind_int64(stmt, p++, key.month);
            for (const quint32 id : key.ids) {
                sqlite3_bind_int64(stmt, p++, id);
            }
            bindMoney(stmt, p++, Money::fromUnits(sums.billed));
            bindMoney(stmt, p++, Money::fromUnits(sums.effective));
            bindMoney(stmt, p++, Money::fromUnits(sums.list));
            sqlite3_bind_double(stmt, p++, sums.usageHours);
            sqlite3_bind_int64(stmt, p++, sums.lines);
            if (sqlite3_step(stmt) != SQLITE_DONE) {
                sqlite3_reset(stmt);
                return stepError(m_db);
            }
            sqlite3_reset(stmt);
        }
    }
    {
        Statement insert = m_db.prepare(
            "INSERT INTO cost_commitments(import_id, commitment_id, name, type, category, "
            "provider, currency, start_time, end_time, term_months, payment_option, first_charge, "
            "last_charge, billed_cost, effective_cost, line_count) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)");
        for (const auto &[id, c] : encoder.commitments()) {
            insert.bindText(1, m_importId);
            insert.bindInt64(2, id);
            insert.bindInt64(3, c.name);
            insert.bindInt64(4, c.type);
            insert.bindInt64(5, c.category);
            insert.bindInt64(6, c.provider);
            insert.bindInt64(7, c.currency);
            insert.bindInt64(8, c.start);
            insert.bindInt64(9, c.end);
            insert.bindInt64(10, c.termMonths);
            if (c.paymentOption.empty()) {
                insert.bindNull(11);
            } else {
                insert.bindText(11, QString::fromStdString(c.paymentOption));
            }
            insert.bindInt64(12, c.firstCharge);
            insert.bindInt64(13, c.lastCharge);
            insert.bindValue(14, Money::fromUnits(c.billed).toStorage());
            insert.bindValue(15, Money::fromUnits(c.effective).toStorage());
            insert.bindInt64(16, c.lines);
            if (Status done = insert.run(); !done) {
                return done;
            }
        }
    }
    return {};
}

} // namespace boussole
