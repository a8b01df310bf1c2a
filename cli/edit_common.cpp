#include "cli/edit_common.hpp"

#include <cxxopts.hpp>
#include <ostream>

#include "core/errors.hpp"
#include "core/text.hpp"
#include "i18n/messages.hpp"
#include "store/history.hpp"
#include "store/record_text.hpp"

namespace stakemap::cli {

void add_origin_options(cxxopts::Options& options) {
  // clang-format off
  options.add_options("change")
    ("author", "who makes the change (default $STAKEMAP_AUTHOR, then the login name)", cxxopts::value<std::string>())
    ("note", "why: recorded with the change and shown by history", cxxopts::value<std::string>());
  // clang-format on
}

edit::Origin origin_of(const cxxopts::ParseResult& r, const std::string& command) {
  edit::Origin o;
  o.command = command;
  o.author = r.count("author") ? r["author"].as<std::string>() : store::default_author();
  if (r.count("note")) o.note = r["note"].as<std::string>();
  return o;
}

model::Entity entity_named(const std::string& word) {
  if (word == "org" || word == "organisation") return model::Entity::organisation;
  if (word == "territory") return model::Entity::territory;
  if (word == "flow") return model::Entity::flow;
  if (word == "need") return model::Entity::need;
  throw UsageError(word.empty() ? "say what to change: org, territory, flow or need"
                                : "unknown kind of record '" + word + "' (allowed: org, territory, flow, need)");
}

std::string command_line(const std::string& command, const std::vector<std::string>& words) {
  std::string out = command;
  for (const auto& w : words) out += " " + w;
  return out;
}

namespace {
/// "12 (a -> b)" for a flow, the key otherwise.
std::string shown_id(const store::RecordChange& c) {
  if (c.kind != store::Kind::flow) return c.key;
  std::string from, to;
  for (const auto& [name, value] : store::text_fields(c.after ? *c.after : *c.before)) {
    if (name == "from") from = value;
    if (name == "to") to = value;
  }
  return c.key + " (" + from + " -> " + to + ")";
}
}  // namespace

void print_edit(const Context& ctx, const edit::EditResult& result) {
  if (result.changes.empty()) {
    *ctx.out << i18n::text("cli.edit.none", ctx.lang) << "\n";
    return;
  }
  for (const auto& c : result.changes) {
    i18n::Args args{{"entity", store::kind_name(c.kind)}, {"id", shown_id(c)}};
    if (!c.before) {
      *ctx.out << i18n::text("cli.edit.added", ctx.lang, args) << "\n";
    } else if (!c.after) {
      *ctx.out << i18n::text("cli.edit.removed", ctx.lang, args) << "\n";
    } else {
      std::vector<std::string> fields;
      for (const auto& f : store::field_changes(*c.before, *c.after))
        fields.push_back(f.field + ": '" + f.before + "' -> '" + f.after + "'");
      args.emplace_back("fields", text::join(fields, ", "));
      *ctx.out << i18n::text("cli.edit.changed", ctx.lang, args) << "\n";
    }
  }
  *ctx.err << i18n::text("cli.edit.batch", ctx.lang, {{"batch", result.batch}}) << "\n";
}

}  // namespace stakemap::cli
