// stakemap show ORG: one organisation's profile, its flows in and out, its obstacles.
#include <cxxopts.hpp>
#include <ostream>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "core/errors.hpp"
#include "core/escape.hpp"
#include "core/text.hpp"
#include "i18n/messages.hpp"
#include "model/schema.hpp"
#include "model/taxonomy.hpp"

namespace stakemap::cli {

namespace {

std::string labels(const model::Taxonomy& tax, const std::string& facet, const std::vector<std::string>& codes,
                   const std::string& lang) {
  std::vector<std::string> out;
  for (const auto& c : codes) out.push_back(tax.label(facet, c, lang));
  return text::join(out, "; ");
}

// Field/value rows; labels in `lang` for the terminal, codes ('|'-joined) for CSV.
Table profile(const model::Taxonomy& tax, const model::Organisation& o, const std::string& lang, bool personal,
              bool as_labels) {
  auto one = [&](const char* facet, const std::string& code) {
    return as_labels ? tax.label(facet, code, lang) : code;
  };
  auto many = [&](const char* facet, const std::vector<std::string>& codes) {
    return as_labels ? labels(tax, facet, codes, lang) : text::join(codes);
  };
  Table t;
  t.columns = {"field", "value"};
  t.add({"id", o.id});
  t.add({"name", o.name});
  t.add({"aliases", text::join(o.aliases, as_labels ? "; " : "|")});
  t.add({"kind", one("kind", o.kind)});
  t.add({"level", one("level", o.level)});
  t.add({"languages", many("language", o.languages)});
  t.add({"territories", text::join(o.territories, as_labels ? "; " : "|")});
  t.add({"domains", many("domain", o.domains)});
  t.add({"publics", many("public", o.publics)});
  t.add({"services", many("service", o.services)});
  t.add({"support_role", one("support_role", o.support_role)});
  t.add({"focal_point", one("willingness", o.focal_point)});
  t.add({"willing_to_share", one("willingness", o.willing)});
  t.add({"obstacles", many("obstacle", o.obstacles)});
  for (const auto& [k, v] : o.attributes) t.add({k, v});
  if (personal)  // the fields the schema marks personal, last
    for (const auto& f : model::schema<model::Organisation>().fields())
      if (f.personal()) t.add({f.name, f.get(o)});
  return t;
}

// The terminal profile with long values wrapped onto continuation rows (empty field).
Table wrapped(const Table& t, std::size_t width) {
  Table out;
  out.columns = t.columns;
  for (const auto& row : t.rows) {
    const auto* value = std::get_if<std::string>(&row[1]);
    if (!value || text::display_width(*value) <= width || value->find('\n') != std::string::npos) {
      out.add(row);
      continue;
    }
    auto lines = text::wrap(*value, width);
    for (std::size_t i = 0; i < lines.size(); ++i) out.add({i ? Cell(std::string()) : row[0], lines[i]});
  }
  return out;
}

std::vector<const model::Flow*> flows_of(const model::Map& map, const std::string& id, bool outgoing) {
  std::vector<const model::Flow*> out;
  for (const auto& f : map.flows)
    if ((outgoing ? f.from : f.to) == id) out.push_back(&f);
  return out;
}

Table flow_table(const model::Map& map, const std::vector<const model::Flow*>& flows, bool outgoing, i18n::Lang lang) {
  Table t;
  t.columns = {outgoing ? "to" : "from", "name", "status", "basis", "regularity", "population", "obstacles"};
  long long active = 0;
  for (const auto* f : flows) {
    const std::string& other = outgoing ? f->to : f->from;
    const auto* o = map.org(other);
    t.add({other, o ? o->name_in(i18n::code(lang)) : "", f->status, f->basis, f->regularity, f->population,
           f->obstacles});
    active += f->status == "active";
  }
  const std::string id = outgoing ? "cli.show.out" : "cli.show.in";
  t.title = flows.empty() ? i18n::text(id + ".none", lang)
                          : i18n::text(id, lang, {{"flows", flows.size()}, {"active", active}});
  return t;
}

// JSON helpers: every string through escape::json.
std::string json_list(const std::vector<std::string>& v) {
  std::string s = "[";
  for (std::size_t i = 0; i < v.size(); ++i) s += (i ? ", " : "") + escape::json(v[i]);
  return s + "]";
}

std::string json_flow(const model::Map& map, const model::Flow& f, bool outgoing) {
  const std::string& other = outgoing ? f.to : f.from;
  const auto* o = map.org(other);
  std::string s = "{" + escape::json(outgoing ? "to" : "from") + ": " + escape::json(other);
  s += ", \"name\": " + escape::json(o ? o->name : "");
  for (const auto& [k, v] : {std::pair<const char*, const std::string*>{"status", &f.status},
                             {"basis", &f.basis},
                             {"regularity", &f.regularity},
                             {"frequency", &f.frequency},
                             {"population", &f.population},
                             {"personal_data", &f.personal_data},
                             {"source", &f.source},
                             {"confirmation", &f.confirmation}})
    s += std::string(", \"") + k + "\": " + escape::json(*v);
  s += ", \"data\": " + json_list(f.data) + ", \"obstacles\": " + json_list(f.obstacles) + "}";
  return s;
}

// One JSON object: the profile with codes (lists as arrays), attributes, flows out and in.
void print_json(const Context& ctx, const model::Map& map, const model::Organisation& o, bool personal) {
  auto& out = *ctx.out;
  out << "{\n  \"id\": " << escape::json(o.id) << ",\n  \"name\": " << escape::json(o.name)
      << ",\n  \"aliases\": " << json_list(o.aliases);
  for (const auto& [k, v] : {std::pair<const char*, const std::string*>{"kind", &o.kind},
                             {"level", &o.level},
                             {"support_role", &o.support_role},
                             {"focal_point", &o.focal_point},
                             {"willing_to_share", &o.willing}})
    out << ",\n  \"" << k << "\": " << escape::json(*v);
  for (const char* facet : {"languages", "territories", "domains", "publics", "services", "obstacles"})
    out << ",\n  \"" << facet << "\": " << json_list(*o.facet(facet));
  out << ",\n  \"attributes\": {";
  bool first = true;
  for (const auto& [k, v] : o.attributes) {
    out << (first ? "" : ", ") << escape::json(k) << ": " << escape::json(v);
    first = false;
  }
  out << "}";
  if (personal)
    out << ",\n  \"contact_name\": " << escape::json(o.contact_name)
        << ",\n  \"contact_email\": " << escape::json(o.contact_email);
  for (bool outgoing : {true, false}) {
    out << ",\n  \"" << (outgoing ? "flows_out" : "flows_in") << "\": [";
    auto flows = flows_of(map, o.id, outgoing);
    for (std::size_t i = 0; i < flows.size(); ++i)
      out << (i ? ",\n    " : "\n    ") << json_flow(map, *flows[i], outgoing);
    out << (flows.empty() ? "]" : "\n  ]");
  }
  out << "\n}\n";
}

}  // namespace

int run_show(Context& ctx, const std::vector<std::string>& args) {
  cxxopts::Options options("stakemap show",
                           "Profile of one organisation, its flows in and out, its obstacles. --format json "
                           "gives one object (codes, flows_out, flows_in); csv gives the profile as field,value.");
  add_global_options(options);
  // clang-format off
  options.add_options()
    ("org", "organisation id", cxxopts::value<std::string>())
    ("personal", "include the contact (personal data)");
  // clang-format on
  options.parse_positional({"org"});
  options.positional_help("ORG");
  cxxopts::ParseResult r;
  if (!parse(options, args, ctx, r)) return 0;
  if (!r.count("org")) throw UsageError("show needs an organisation id (see `stakemap list orgs`)");
  auto map = load_map(ctx);
  const auto& o = map.organisations[require_org(map, r["org"].as<std::string>())];
  bool personal = r.count("personal") > 0;
  if (ctx.format == TableFormat::json) {
    print_json(ctx, map, o, personal);
    return 0;
  }
  if (ctx.format == TableFormat::csv) {
    ctx.print(profile(map.taxonomy(), o, i18n::code(ctx.lang), personal, false), "profile");
    if (ctx.workbook())  // the flows too, each list a sheet
      for (bool outgoing : {true, false})
        ctx.print(flow_table(map, flows_of(map, o.id, outgoing), outgoing, ctx.lang),
                  outgoing ? "flows out" : "flows in");
    return 0;
  }
  ctx.print(wrapped(profile(map.taxonomy(), o, i18n::code(ctx.lang), personal, true), 90));
  for (bool outgoing : {true, false}) {
    auto table = flow_table(map, flows_of(map, o.id, outgoing), outgoing, ctx.lang);
    *ctx.out << "\n";
    if (table.rows.empty()) *ctx.out << table.title << "\n";
    else ctx.print(table);
  }
  return 0;
}

}  // namespace stakemap::cli
