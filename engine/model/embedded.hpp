#pragma once
// Files of models/ embedded in the binary at build time (see cmake/embed.cmake).
#include <map>
#include <string>
#include <string_view>

namespace stakemap::embedded {
/// Every embedded file of models/, keyed by its path relative to models/.
const std::map<std::string, std::string_view>& model_files();
}  // namespace stakemap::embedded

namespace stakemap::model {
/// The embedded file models/`path`; throws std::logic_error when it was not embedded.
std::string_view embedded_model(const std::string& path);
}  // namespace stakemap::model
