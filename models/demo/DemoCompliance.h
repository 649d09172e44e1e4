#pragma once

#include "models/domain/Result.h"

namespace boussole {

class Project;

// Records the demo's partly completed SecNumCloud, HDS and DORA assessments and their evidence
// files (resources/demo/compliance.yaml) through the compliance store, so the demo's audit trail
// is a real chain.
Status addDemoAssessments(Project &project);

} // namespace boussole
