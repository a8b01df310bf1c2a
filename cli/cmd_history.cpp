// stakemap history: the change log, newest first, one row per field changed.
#include <cctype>
#include <cxxopts.hpp>

#include "cli/change_rows.hpp"
#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "core/errors.hpp"
#include "edit/find.hpp"
#include "store/changes.hpp"
#include "store/rounds.hpp"

namespace stakemap::cli {

int run_history(Context& ctx, const std::vector<std::string>& args) {
  cxxopts::Options options("stakemap history",
                           "The changes made to the map, newest first, one row per field changed: "
                           "batch,at,author,note,action,entity,id,field,before,after.");
  add_global_options(options);
  // clang-format off
  options.add_options()
    ("org", "only this organisation, its flows and the needs it reported", cxxopts::value<std::string>())
    ("flow", "only this flow (its id, or FROM,TO when one flow links them)", cxxopts::value<std::string>())
    ("since", "only changes after this round, or at or after this date (YYYY-MM-DD)", cxxopts::value<std::string>())
    ("limit", "at most this many rows", cxxopts::value<long>())
    ("privacy", "internal shows contacts' values; partners (default) hides them", cxxopts::value<std::string>());
  // clang-format on
  cxxopts::ParseResult r;
  if (!parse(options, args, ctx, r)) return 0;
  bool personal = show_personal(r.count("privacy") ? r["privacy"].as<std::string>() : "partners");
  auto store = open_map(ctx, store::Store::Mode::read);
  store::ChangeFilter filter;
  if (r.count("org") && r.count("flow")) throw UsageError("give --org or --flow, not both");
  if (r.count("org")) filter.org = r["org"].as<std::string>();
  if (r.count("flow")) {
    auto words = r["flow"].as<std::string>();
    edit::Ref ref;
    if (auto comma = words.find(','); comma != std::string::npos)
      ref = {words.substr(0, comma), words.substr(comma + 1)};
    else ref = {words};
    filter.entity = "flow";
    // A flow id needs no lookup (the flow may be gone); FROM,TO is looked up in the map as it is.
    if (ref.size() == 1) {
      filter.key = ref[0];
    } else {
      auto map = store.load();
      filter.key = std::to_string(map.flows[edit::find_flow(map, ref)].id);
    }
  }
  if (r.count("since")) {
    auto since = r["since"].as<std::string>();
    if (auto round = store::round_named(store, since)) filter.after_batch = round->batch;
    else if (since.size() >= 4 && std::isdigit(static_cast<unsigned char>(since[0]))) filter.since = since;
    else throw InputError("no round named '" + since + "' (see `stakemap round list`), and not a date YYYY-MM-DD");
  }
  long limit = r.count("limit") ? r["limit"].as<long>() : -1;
  if (r.count("limit") && limit < 0) throw UsageError("--limit must be 0 or more");
  filter.limit = limit;  // a record gives at least one row
  Table t;
  t.columns = {"batch", "at", "author", "note", "action", "entity", "id", "field", "before", "after"};
  for (const auto& c : store::logged_changes(store, filter)) {
    auto add = [&](const std::string& field, const std::string& before, const std::string& after) {
      if (limit < 0 || static_cast<long>(t.rows.size()) < limit)
        t.add(
            {static_cast<long long>(c.batch), c.at, c.author, c.note, c.action, c.entity, c.key, field, before, after});
    };
    if (c.legacy()) add("", "", "");
    for (const auto& f : changed_fields(c.before, c.after, personal)) add(f.field, f.before, f.after);
  }
  ctx.print(t);
  return 0;
}

}  // namespace stakemap::cli
