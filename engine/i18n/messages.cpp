#include "i18n/messages.hpp"

#include <fmt/args.h>
#include <fmt/format.h>

#include <sstream>
#include <stdexcept>
#include <unordered_map>

#include "io/csv_reader.hpp"
#include "model/embedded.hpp"

namespace stakemap::i18n {

namespace {

struct Catalogue {
  std::vector<Message> messages;
  std::unordered_map<std::string, std::size_t> index;
};

Catalogue parse(std::string_view csv) {
  std::istringstream in{std::string(csv)};
  io::CsvReader reader(in, "models/messages.csv", ',');
  std::vector<std::string> fields;
  if (!reader.next(fields) || fields != std::vector<std::string>{"id", "en", "fr", "nl", "de"})
    throw std::logic_error("models/messages.csv: the header must be id,en,fr,nl,de");
  Catalogue c;
  while (reader.next(fields)) {
    // A row without its last column (de) reads as English there, so that a row written before
    // the column merges and runs; the catalogue test asks for its German text.
    if (fields.size() == Lang::interface_count) fields.emplace_back();
    if (fields.size() != 1 + Lang::interface_count || fields[0].empty())
      throw std::logic_error("models/messages.csv:" + std::to_string(reader.line()) + ": expected id,en,fr,nl,de");
    if (!c.index.emplace(fields[0], c.messages.size()).second)
      throw std::logic_error("models/messages.csv:" + std::to_string(reader.line()) + ": repeated id " + fields[0]);
    c.messages.push_back({fields[0], {fields[1], fields[2], fields[3], fields[4]}});
  }
  return c;
}

const Catalogue& catalogue() {
  static const Catalogue c = parse(model::embedded_model("messages.csv"));
  return c;
}

/// The text of `id` in `lang`, English when that translation is empty.
const std::string& lookup(std::string_view id, Lang lang) {
  const auto& c = catalogue();
  auto it = c.index.find(std::string(id));
  if (it == c.index.end()) throw std::logic_error("no message '" + std::string(id) + "' in models/messages.csv");
  return c.messages[it->second].in(lang);
}

std::string format(std::string_view id, const std::string& pattern, const Args& args) {
  fmt::dynamic_format_arg_store<fmt::format_context> store;
  for (const auto& a : args) store.push_back(fmt::arg(a.name.c_str(), a.value));
  try {
    return fmt::vformat(pattern, store);
  } catch (const fmt::format_error& e) { throw std::logic_error("message '" + std::string(id) + "': " + e.what()); }
}

}  // namespace

const std::string& Message::in(Lang lang) const {
  const auto& t = text[lang.interface_column()];
  return t.empty() ? text[0] : t;
}

PluralForm plural_form(long long n, Lang lang) {
  if (lang.interface_column() == Lang::fr.interface_column())
    return n == 0 || n == 1 ? PluralForm::one : PluralForm::other;
  return n == 1 ? PluralForm::one : PluralForm::other;
}

std::string text(std::string_view id, Lang lang, const Args& args) { return format(id, lookup(id, lang), args); }

std::string plural(std::string_view id, long long count, Lang lang, Args args) {
  std::string full = std::string(id) + (plural_form(count, lang) == PluralForm::one ? ".one" : ".other");
  args.emplace_back("count", count);
  return text(full, lang, args);
}

std::string list(const std::vector<std::string>& items, Lang lang, std::size_t shown) {
  if (items.empty()) return "";
  const std::size_t n = shown && items.size() > shown ? shown : items.size();
  std::string head = items[0];
  for (std::size_t i = 1; i + 1 < n; ++i) head = text("list.comma", lang, {{"head", head}, {"item", items[i]}});
  if (n < items.size()) {
    if (n > 1) head = text("list.comma", lang, {{"head", head}, {"item", items[n - 1]}});
    return plural("list.more", static_cast<long long>(items.size() - n), lang, {{"head", head}});
  }
  return n == 1 ? head : text("list.and", lang, {{"head", head}, {"item", items[n - 1]}});
}

const std::vector<Message>& messages() { return catalogue().messages; }

std::vector<std::string> placeholders(std::string_view text) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '{' && i + 1 < text.size() && text[i + 1] == '{') {
      ++i;
      continue;
    }
    if (text[i] != '{') continue;
    auto end = text.find_first_of(":}", i);
    if (end == std::string_view::npos) break;
    out.emplace_back(text.substr(i + 1, end - i - 1));
    i = text.find('}', end);
    if (i == std::string_view::npos) break;
  }
  return out;
}

}  // namespace stakemap::i18n
