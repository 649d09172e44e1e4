#pragma once

// Groups of items of different frameworks that ask for the same thing
// (resources/mappings/correspondences.yaml), so that an answer given for one can inform the
// others. Boussole's own correspondence, marked unverified; not an official table.

#include "models/compliance/Framework.h"

#include <vector>

namespace boussole::compliance {

struct ItemRef {
    QString framework;
    QString item;
    bool operator==(const ItemRef &) const = default;
};

struct CorrespondenceGroup {
    Text topic;
    std::vector<ItemRef> items;
};

struct Correspondences {
    Text note;
    bool verified = false;
    std::vector<CorrespondenceGroup> groups;

    // The other items sharing a group with this one (each once), with the first group's topic.
    std::vector<std::pair<ItemRef, const CorrespondenceGroup *>> related(const QString &framework,
                                                                         const QString &item) const;
};

// Every reference must name a framework of `frameworks` and an item of it.
Result<Correspondences> loadCorrespondences(const QString &path,
                                            const std::vector<Framework> &frameworks);
// resources/mappings/correspondences.yaml against embeddedFrameworks(), loaded once; empty if
// broken (a test guards against that).
const Correspondences &embeddedCorrespondences();

} // namespace boussole::compliance
