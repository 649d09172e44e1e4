#pragma once

// Schema versions of a project file. PRAGMA user_version holds the version a file is at; each step
// below moves a file from toVersion - 1 to toVersion inside its own transaction, so a failed step
// leaves the file exactly at the version before it.
//
// A released step never changes: files in users' hands were made by it. Fix mistakes with a new
// step.

#include "models/domain/Result.h"

#include <cstdint>
#include <span>

namespace boussole {

class Database;

// PRAGMA application_id of every Boussole project: 'Bous' in ASCII, so `file` and hex dumps show
// it.
inline constexpr std::int32_t kApplicationId = 0x426F7573;

struct Migration {
    int toVersion;
    const char *description; // technical, for logs and tests (not translated)
    Status (*apply)(Database &db);
};

// In order, toVersion 1, 2, 3… without gaps.
std::span<const Migration> migrations();
// The newest schema this build reads and writes.
int latestSchemaVersion();

Result<int> schemaVersion(Database &db);
Result<std::int32_t> applicationId(Database &db);

// Runs the steps from the file's current version up to targetVersion (default: the newest). Refuses
// to go backwards or past the newest known version. Call it outside any transaction: table rebuilds
// need foreign key enforcement off, which SQLite only allows to change between transactions.
Status migrate(Database &db, int targetVersion = latestSchemaVersion());

} // namespace boussole
