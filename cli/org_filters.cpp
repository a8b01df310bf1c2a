#include "cli/org_filters.hpp"

#include <algorithm>
#include <cxxopts.hpp>

#include "cli/territory_options.hpp"
#include "core/errors.hpp"
#include "core/text.hpp"
#include "model/taxonomy.hpp"

namespace stakemap::cli {

std::optional<std::string> coded_option(const cxxopts::ParseResult& r, const std::string& option,
                                        const std::string& facet, const model::Taxonomy& tax) {
  if (!r.count(option)) return std::nullopt;
  auto value = r[option].as<std::string>();
  if (!tax.has(facet, value)) throw OptionError::unknown(option, value, tax.allowed(facet));
  return value;
}

void add_org_filter_options(cxxopts::Options& options) {
  add_territory_options(options);
  add_org_facet_options(options);
}

void add_org_facet_options(cxxopts::Options& options) {
  // clang-format off
  options.add_options()
    ("domain", "only organisations working in this domain", cxxopts::value<std::string>())
    ("level", "only organisations of this level (local, regional, federal, ...)", cxxopts::value<std::string>())
    ("kind", "only organisations of this kind", cxxopts::value<std::string>())
    ("search", "only organisations whose name, alias or id contains this text (ignoring case and accents)",
     cxxopts::value<std::string>());
  // clang-format on
}

void check_fixed_codes(const cxxopts::ParseResult& r, const std::vector<std::pair<std::string, std::string>>& options) {
  for (const auto& [option, facet] : options) {
    if (!r.count(option) || !model::Taxonomy::fixed(facet)) continue;
    const auto value = r[option].as<std::string>();
    std::vector<std::string> allowed;
    bool known = false;
    for (const auto& name : model::Taxonomy::profile_names())
      for (const auto& c : model::Taxonomy::profile(name).codes(facet)) {
        known = known || c.code == value;
        if (std::find(allowed.begin(), allowed.end(), c.code) == allowed.end()) allowed.push_back(c.code);
      }
    if (!known) throw OptionError::unknown(option, value, text::join(allowed, ", "));
  }
}

void check_org_filter_codes(const cxxopts::ParseResult& r, const model::Taxonomy& taxonomy) {
  for (const char* facet : {"domain", "level", "kind"}) coded_option(r, facet, facet, taxonomy);
}

bool matches_search(const model::Organisation& o, const std::string& folded_query) {
  auto has = [&](const std::string& s) { return text::fold(s).find(folded_query) != std::string::npos; };
  return has(o.id) || has(o.name) || std::any_of(o.aliases.begin(), o.aliases.end(), has);
}

std::optional<std::vector<bool>> org_filter(const model::Map& map, const cxxopts::ParseResult& r) {
  auto keep = territory_filter(map, r);
  auto facets = org_facet_filter(map, r);
  if (!facets) return keep;
  if (!keep) return facets;
  for (std::size_t i = 0; i < keep->size(); ++i) (*keep)[i] = (*keep)[i] && (*facets)[i];
  return keep;
}

std::optional<std::vector<bool>> org_facet_filter(const model::Map& map, const cxxopts::ParseResult& r) {
  const auto& tax = map.taxonomy();
  const auto domain = coded_option(r, "domain", "domain", tax), level = coded_option(r, "level", "level", tax);
  const auto kind = coded_option(r, "kind", "kind", tax);
  std::optional<std::string> query;
  if (r.count("search")) query = text::fold(r["search"].as<std::string>());
  if (!domain && !level && !kind && !query) return std::nullopt;
  std::vector<bool> keep(map.organisations.size(), true);
  for (std::size_t i = 0; i < map.organisations.size(); ++i) {
    const auto& o = map.organisations[i];
    if (domain && std::find(o.domains.begin(), o.domains.end(), *domain) == o.domains.end()) keep[i] = false;
    if (level && o.level != *level) keep[i] = false;
    if (kind && o.kind != *kind) keep[i] = false;
    if (query && !matches_search(o, *query)) keep[i] = false;
  }
  return keep;
}

std::string org_facet_words(const cxxopts::ParseResult& r) {
  std::vector<std::string> words;
  for (const char* facet : {"domain", "level", "kind"})
    if (r.count(facet)) words.push_back(std::string(facet) + "=" + r[facet].as<std::string>());
  if (r.count("search")) words.push_back("search=\"" + r["search"].as<std::string>() + "\"");
  return text::join(words, ", ");
}

}  // namespace stakemap::cli
