#pragma once
// The --territory and --territory-scope options, with one meaning in every command that takes
// them (model/territory_scope.hpp): in T, covering T from above, or overlapping T.
#include <optional>
#include <vector>

#include "core/table.hpp"
#include "model/map.hpp"

namespace cxxopts {
class Options;
class ParseResult;
}  // namespace cxxopts

namespace stakemap::cli {

/// Adds --territory T and --territory-scope in|above|overlap|all (repeatable or comma-separated).
void add_territory_options(cxxopts::Options& options);
/// The organisations the options keep, one flag per organisation of `map` (indexed), or nullopt
/// without --territory. Throws InputError for an unknown territory, OptionError for an unknown
/// scope, UsageError for a scope without --territory.
std::optional<std::vector<bool>> territory_filter(const model::Map& map, const cxxopts::ParseResult& result);
/// Keeps the rows of `t` (one per organisation, in map order) whose organisation `keep` flags.
void keep_rows(Table& t, const std::vector<bool>& keep);
/// The scopes --territory-scope names (all by default).
unsigned territory_scopes(const cxxopts::ParseResult& result);

}  // namespace stakemap::cli
