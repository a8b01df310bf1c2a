#pragma once
// What the editing commands (add, set, remove, confirm, dispute) share: --author and --note,
// the entity named by the first word, and how a change is printed.
#include <string>
#include <vector>

#include "cli/context.hpp"
#include "edit/edit.hpp"

namespace cxxopts {
class Options;
class ParseResult;
}  // namespace cxxopts

namespace stakemap::cli {

/// Adds --author and --note (every change records them).
void add_origin_options(cxxopts::Options& options);
/// The batch's author (--author, else $STAKEMAP_AUTHOR, else the login name) and note.
edit::Origin origin_of(const cxxopts::ParseResult& r, const std::string& command);
/// The entity `word` names: org, territory, flow or need; throws UsageError otherwise.
model::Entity entity_named(const std::string& word);
/// `command` followed by `words`, as the batch records it ("set org x name=y").
std::string command_line(const std::string& command, const std::vector<std::string>& words);
/// One line per record added, changed (with its fields) or removed, then the batch.
void print_edit(const Context& ctx, const edit::EditResult& result);

}  // namespace stakemap::cli
