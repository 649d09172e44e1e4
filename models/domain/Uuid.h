#pragma once

#include <QString>

namespace boussole {

// A new identifier for a stored row (import, workload, utilisation row…): an RFC 9562 version 7
// UUID — a millisecond timestamp, a counter, then random bits — in the usual 36-character form
// without braces. Ids made one after another sort one after another, so a large import appends to
// the primary-key index instead of writing all over it; and they cost no system call, where
// QUuid::createUuid() asks the kernel for entropy every time. Thread-safe: each thread has its own
// generator, seeded once from the system's.
QString newUuid();

} // namespace boussole
