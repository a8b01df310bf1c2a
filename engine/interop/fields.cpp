#include "interop/fields.hpp"

#include <set>

#include "core/text.hpp"

namespace stakemap::interop {

namespace {
template <class T>
std::vector<std::string> keys_of(const std::vector<T>& items) {
  std::set<std::string> keys;
  for (const auto& i : items)
    for (const auto& [k, v] : i.attributes) keys.insert(k);
  return {keys.begin(), keys.end()};
}
}  // namespace

std::vector<std::string> attribute_keys(const std::vector<model::Organisation>& orgs) { return keys_of(orgs); }
std::vector<std::string> attribute_keys(const std::vector<model::Flow>& flows) { return keys_of(flows); }

std::string normalise_key(const std::string& key) {
  std::string out = text::lower(text::trim(key));
  for (char& c : out)
    if (c == ' ' || c == '-') c = '_';
  return out;
}

}  // namespace stakemap::interop
