#pragma once
// The command line's names for the engine's option fields: the engine's errors name fields
// (`thin_below`), the user typed flags (`--thin`).
#include <exception>
#include <string>

namespace stakemap::cli {

/// The flag of option field `field`: "-k" for k, "--thin" for thin_below, "-o" for output,
/// otherwise "--" and the field with '_' written '-'.
std::string flag_of(const std::string& field);

/// The message of `e` as the user reads it: when `e` names option fields (OptionError,
/// OptionInputError), each written as its flag; otherwise e.what().
std::string message_of(const std::exception& e);

}  // namespace stakemap::cli
