#include "models/domain/Version.h"

namespace boussole {

QString applicationVersion()
{
    return QStringLiteral(BOUSSOLE_VERSION);
}

} // namespace boussole
