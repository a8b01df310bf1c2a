#pragma once
// The filters on organisations that `list`, `centrality` and `silos` share: --territory and
// --territory-scope (cli/territory_options.hpp), --domain, --level, --kind and --search. A flow
// filter (list flows) keeps a flow when either of its organisations passes.
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "model/map.hpp"

namespace cxxopts {
class Options;
class ParseResult;
}  // namespace cxxopts

namespace stakemap::cli {

/// Adds --territory, --territory-scope, --domain, --level, --kind and --search.
void add_org_filter_options(cxxopts::Options& options);
/// Adds --domain, --level, --kind and --search only (render, whose --territory is a view).
void add_org_facet_options(cxxopts::Options& options);
/// The value of --`option` when given, checked against the facet `facet` of `taxonomy` (the
/// map's). Throws OptionError naming the allowed codes.
std::optional<std::string> coded_option(const cxxopts::ParseResult& result, const std::string& option,
                                        const std::string& facet, const model::Taxonomy& taxonomy);
/// Before any map is opened: a code given to an option of `options` (option, facet) whose facet
/// no dataset can extend (Taxonomy::fixed) and that no bundled profile knows is a usage error
/// (OptionError, exit 2), whether or not there is a map.
void check_fixed_codes(const cxxopts::ParseResult& result,
                       const std::vector<std::pair<std::string, std::string>>& options);
/// Checks the codes of --domain, --level and --kind against the map's taxonomy (a bad code is
/// a usage error, exit 2). Throws OptionError naming the allowed codes.
void check_org_filter_codes(const cxxopts::ParseResult& result, const model::Taxonomy& taxonomy);
/// The organisations every given filter keeps, one flag per organisation of `map` (indexed), or
/// nullopt when no filter is given. Throws OptionError for a code outside the taxonomy, and what
/// territory_filter() throws.
std::optional<std::vector<bool>> org_filter(const model::Map& map, const cxxopts::ParseResult& result);
/// As org_filter, without the territory options.
std::optional<std::vector<bool>> org_facet_filter(const model::Map& map, const cxxopts::ParseResult& result);
/// The facet filters given, in words for a subtitle: `level=regional, search="asile"`; empty
/// when none is given.
std::string org_facet_words(const cxxopts::ParseResult& result);
/// True when the id, name or one of the aliases of `o` contains `folded_query` (text::fold of
/// the query) once folded: accent- and case-insensitive.
bool matches_search(const model::Organisation& o, const std::string& folded_query);

}  // namespace stakemap::cli
