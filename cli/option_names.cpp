#include "cli/option_names.hpp"

#include <algorithm>
#include <map>

#include "core/errors.hpp"

namespace stakemap::cli {

std::string flag_of(const std::string& field) {
  static const std::map<std::string, std::string> special{{"k", "-k"}, {"thin_below", "--thin"}, {"output", "-o"}};
  auto it = special.find(field);
  if (it != special.end()) return it->second;
  std::string flag = "--" + field;
  std::replace(flag.begin(), flag.end(), '_', '-');
  return flag;
}

std::string message_of(const std::exception& e) {
  if (const auto* fields = dynamic_cast<const FieldMessage*>(&e)) return fields->text(flag_of);
  return e.what();
}

}  // namespace stakemap::cli
