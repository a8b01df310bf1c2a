#include "dataset/personal_attributes.hpp"

#include <algorithm>
#include <array>
#include <string_view>

#include "core/text.hpp"

namespace stakemap::dataset {

bool personal_by_name(std::string_view key) {
  static constexpr std::array<std::string_view, 15> kWords{"contact", "phone", "telephone", "tel",      "telefoon",
                                                           "telefon", "gsm",   "mobile",    "portable", "cell",
                                                           "fax",     "email", "mail",      "courriel", "whatsapp"};
  const std::string folded = text::fold(key);
  std::string word;
  auto is_personal = [&] { return std::find(kWords.begin(), kWords.end(), word) != kWords.end(); };
  for (char c : folded + " ") {
    bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (alnum) {
      word += c;
      continue;
    }
    if (is_personal()) return true;
    word.clear();
  }
  // Glued words: "contactphone", "emailaddress", "phonenumber".
  return std::any_of(kWords.begin(), kWords.end(),
                     [&](std::string_view w) { return w.size() >= 5 && folded.find(w) != std::string::npos; });
}

namespace {
bool is_phone_char(char c) {
  return (c >= '0' && c <= '9') || c == ' ' || c == '.' || c == '-' || c == '/' || c == '(' || c == ')' || c == '+';
}

/// One word (no space): local@domain.tld.
bool email_word(std::string_view v) {
  while (!v.empty() && std::string_view("(<\"'").find(v.front()) != std::string_view::npos) v.remove_prefix(1);
  while (!v.empty() && std::string_view(")>\"',;:.").find(v.back()) != std::string_view::npos) v.remove_suffix(1);
  auto at = v.find('@');
  if (at == std::string_view::npos || at == 0 || v.find('@', at + 1) != std::string_view::npos) return false;
  auto dot = v.rfind('.');  // a dot in the domain, with text on both sides
  return dot != std::string_view::npos && dot > at + 1 && dot + 1 < v.size();
}

/// A run of phone characters: 8 to 15 digits, the first significant character + or 0.
bool phone_run(std::string_view v) {
  auto first = v.find_first_not_of(" (");
  if (first == std::string_view::npos || (v[first] != '+' && v[first] != '0')) return false;
  if (v.find('+', first + 1) != std::string_view::npos) return false;
  auto digits = std::count_if(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '9'; });
  return digits >= 8 && digits <= 15;
}
}  // namespace

bool personal_by_value(std::string_view value) {
  for (std::size_t i = 0; i < value.size();) {  // every word, for an e-mail address
    auto end = value.find_first_of(" \t\r\n", i);
    if (end == std::string_view::npos) end = value.size();
    if (end > i && email_word(value.substr(i, end - i))) return true;
    i = end + 1;
  }
  for (std::size_t i = 0; i < value.size();) {  // every run of phone characters
    if (!is_phone_char(value[i])) {
      ++i;
      continue;
    }
    auto end = i;
    while (end < value.size() && is_phone_char(value[end])) ++end;
    if (phone_run(value.substr(i, end - i))) return true;
    i = end;
  }
  return false;
}

std::set<std::string> personal_attribute_keys(const std::vector<const model::Attributes*>& attributes) {
  std::set<std::string> out;
  for (const auto* record : attributes)
    for (const auto& [key, value] : *record) {
      if (key.starts_with("public_") || out.contains(key)) continue;
      if (personal_by_name(key)) {
        out.insert(key);
        continue;
      }
      for (const auto& part : text::split_list(value))
        if (personal_by_value(part)) {
          out.insert(key);
          break;
        }
    }
  return out;
}

namespace {
template <typename Record>
void remove_from(std::vector<Record>& records) {
  std::vector<const model::Attributes*> columns;
  for (const auto& r : records) columns.push_back(&r.attributes);
  const auto personal = personal_attribute_keys(columns);
  if (personal.empty()) return;
  for (auto& r : records)
    for (const auto& key : personal) r.attributes.erase(key);
}
}  // namespace

void remove_personal_attributes(model::Map& map) {
  remove_from(map.organisations);
  remove_from(map.flows);
}

}  // namespace stakemap::dataset
