#include "interop/fields.hpp"

#include "core/text.hpp"

namespace stakemap::interop {

std::vector<std::string> attribute_keys(const std::vector<model::Organisation>& orgs) {
  return model::attribute_keys(orgs);
}
std::vector<std::string> attribute_keys(const std::vector<model::Flow>& flows) { return model::attribute_keys(flows); }

std::string normalise_key(const std::string& key) {
  std::string out = text::lower(text::trim(key));
  for (char& c : out)
    if (c == ' ' || c == '-') c = '_';
  return out;
}

}  // namespace stakemap::interop
