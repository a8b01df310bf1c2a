// stakemap show ORG: one organisation's profile, its flows in and out, its obstacles.
#include <cxxopts.hpp>
#include <ostream>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "core/errors.hpp"
#include "core/text.hpp"
#include "model/taxonomy.hpp"

namespace stakemap::cli {

namespace {

std::string labels(const std::string& facet, const std::vector<std::string>& codes, const std::string& lang) {
  std::vector<std::string> out;
  for (const auto& c : codes) out.push_back(model::Taxonomy::builtin().label(facet, c, lang));
  return text::join(out, "; ");
}

Table profile(const model::Organisation& o, const std::string& lang, bool personal) {
  const auto& tax = model::Taxonomy::builtin();
  Table t;
  t.columns = {"field", "value"};
  t.add({"org", o.id});
  t.add({"name", o.name});
  if (!o.aliases.empty()) t.add({"aliases", text::join(o.aliases, "; ")});
  t.add({"kind", tax.label("kind", o.kind, lang)});
  t.add({"level", tax.label("level", o.level, lang)});
  t.add({"languages", labels("language", o.languages, lang)});
  t.add({"territories", text::join(o.territories, "; ")});
  t.add({"domains", labels("domain", o.domains, lang)});
  t.add({"publics", labels("public", o.publics, lang)});
  t.add({"services", labels("service", o.services, lang)});
  t.add({"support_role", tax.label("support_role", o.support_role, lang)});
  t.add({"focal_point", o.focal_point});
  t.add({"willing_to_share", o.willing});
  t.add({"obstacles", labels("obstacle", o.obstacles, lang)});
  for (const auto& [k, v] : o.attributes) t.add({k, v});
  if (personal) {
    t.add({"contact_name", o.contact_name});
    t.add({"contact_email", o.contact_email});
  }
  return t;
}

Table flows(const model::Map& map, const std::string& id, bool outgoing) {
  Table t;
  t.columns = {outgoing ? "to" : "from", "name", "status", "basis", "regularity", "obstacles"};
  t.title = outgoing ? "Flows out (data this organisation sends)" : "Flows in (data this organisation receives)";
  for (const auto& f : map.flows) {
    if ((outgoing ? f.from : f.to) != id) continue;
    const std::string& other = outgoing ? f.to : f.from;
    const auto* o = map.org(other);
    t.add({other, o ? o->name : "", f.status, f.basis, f.regularity, text::join(f.obstacles)});
  }
  return t;
}

}  // namespace

int run_show(Context& ctx, const std::vector<std::string>& args) {
  cxxopts::Options options("stakemap show", "Profile of one organisation, its flows in and out, its obstacles.");
  add_global_options(options);
  options.add_options()
    ("org", "organisation id", cxxopts::value<std::string>())
    ("personal", "include the contact (personal data)");
  options.parse_positional({"org"});
  options.positional_help("ORG");
  cxxopts::ParseResult r;
  if (!parse(options, args, ctx, r)) return 0;
  if (!r.count("org")) throw UsageError("show needs an organisation id");
  auto map = load_map(ctx);
  const auto& o = map.organisations[require_org(map, r["org"].as<std::string>())];
  if (ctx.format != Format::table) {
    ctx.print(profile(o, ctx.lang, r.count("personal") > 0));
    return 0;
  }
  ctx.print(profile(o, ctx.lang, r.count("personal") > 0));
  *ctx.out << "\n";
  ctx.print(flows(map, o.id, true));
  *ctx.out << "\n";
  ctx.print(flows(map, o.id, false));
  return 0;
}

}  // namespace stakemap::cli
