#pragma once

#include <QString>

namespace boussole {

// The version string from CMake's project(VERSION), e.g. "0.1.0".
QString applicationVersion();

} // namespace boussole
