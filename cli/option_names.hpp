#pragma once
// The command line's names for the engine's option fields: the engine's OptionError names
// fields (`thin_below`), the user typed flags (`--thin`).
#include <string>

namespace stakemap::cli {

/// The flag of option field `field`: "-k" for k, "--thin" for thin_below, "-o" for output,
/// otherwise "--" and the field with '_' written '-'.
std::string flag_of(const std::string& field);

}  // namespace stakemap::cli
