#pragma once
// The filters on organisations that `list`, `centrality` and `silos` share: --territory and
// --territory-scope (cli/territory_options.hpp), --domain, --level, --kind and --search. A flow
// filter (list flows) keeps a flow when either of its organisations passes.
#include <optional>
#include <string>
#include <vector>

#include "model/map.hpp"

namespace cxxopts {
class Options;
class ParseResult;
}  // namespace cxxopts

namespace stakemap::cli {

/// Adds --territory, --territory-scope, --domain, --level, --kind and --search.
void add_org_filter_options(cxxopts::Options& options);
/// The organisations every given filter keeps, one flag per organisation of `map` (indexed), or
/// nullopt when no filter is given. Throws OptionError for a code outside the taxonomy, and what
/// territory_filter() throws.
std::optional<std::vector<bool>> org_filter(const model::Map& map, const cxxopts::ParseResult& result);
/// True when the id, name or one of the aliases of `o` contains `folded_query` (text::fold of
/// the query) once folded: accent- and case-insensitive.
bool matches_search(const model::Organisation& o, const std::string& folded_query);

}  // namespace stakemap::cli
