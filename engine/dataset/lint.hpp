#pragma once
// Lints a stored map: codes unknown to this build's taxonomy and unknown ids, checked as the
// field schema says (errors), and things a coordination team should look at (warnings):
// self-loops, organisations with no territory or no flow at all, blocked flows without an
// obstacle.
#include <vector>

#include "core/errors.hpp"
#include "model/map.hpp"

namespace stakemap::dataset {

std::vector<Diagnostic> lint(const model::Map& map);

}  // namespace stakemap::dataset
