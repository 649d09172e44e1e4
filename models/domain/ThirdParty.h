#pragma once

#include <QString>

#include <vector>

namespace boussole {

// A third-party component shipped with or linked into Boussole, for the About box and the docs.
struct Component {
    QString name;
    QString version; // as reported at run time where the library can tell
    QString licence;
    QString url;
};

std::vector<Component> thirdPartyComponents();

} // namespace boussole
