#pragma once
// A small map that uses every field, free attributes, parallel flows, a territory with
// two parents, contacts and hostile text, for the interop tests.
#include <cmath>
#include <sstream>
#include <string>

#include "dataset/diagnostics.hpp"
#include "interop/json_export.hpp"
#include "interop/map_builder.hpp"
#include "model/map.hpp"

namespace stakemap::test {

/// Text that breaks naive writers: quotes, markup, entities, backslashes, a formula,
/// line breaks, a tab, right-to-left text, combining marks and an emoji.
inline const std::string kHostile =
    "O'Brien & \"Sons\" <b>bold</b> &amp; \\N \\\\ =HYPERLINK(\"http://x\")\r\nline 2\tTab \u202Eevil\u202C "
    "Ce\u0301dric \U0001F600 \u00E9\u00E8";

inline model::Map sample_map() {
  model::Map m;
  m.territories = {{"BE", "country", "Belgium", "Belgique", "Belgi\u00EB", "Belgien", {}, {}},
                   {"BE-BRU", "region", "Brussels", "Bruxelles", "Brussel", "", {"BE"}, {}},
                   {"BE-VLG", "region", "Flanders", "Flandre", "Vlaanderen", "", {"BE"}, {}},
                   {"BE-VBR", "province", kHostile, "", "", "", {"BE-VLG", "BE-BRU"}, {}}};
  model::Organisation a;
  a.id = "fed-a";
  a.name = "Federal agency " + kHostile;
  a.aliases = {"Agence f\u00E9d\u00E9rale", "Federaal agentschap"};
  a.kind = "federal-service";
  a.level = "federal";
  a.languages = {"fr", "nl"};
  a.territories = {"BE"};
  a.domains = {"social", "legal"};
  a.publics = {"refugees"};
  a.services = {"housing", "information"};
  a.support_role = "secondary";
  a.focal_point = "yes";
  a.obstacles = {"gdpr", "no-trust"};
  a.willing = "yes";
  a.contact_name = "E. Echo";
  a.contact_email = "e.echo@example.org";
  a.attributes = {{"collects_data", "yes"}, {"notes", "=1+1 " + kHostile}};
  model::Organisation b;
  b.id = "ngo-b \"quoted\" <id>";
  b.name = "=cmd|' /C calc'!A0";
  b.kind = "ngo";
  b.level = "local";
  b.territories = {"BE-VBR", "BE-BRU"};
  b.domains = {"medical"};
  b.attributes = {{"data_public", "some"}};
  model::Organisation c;
  c.id = "c";
  c.name = "Only a name";
  m.organisations = {a, b, c};
  model::Flow f1;
  f1.from = a.id;
  f1.to = b.id;
  f1.basis = "mandatory";
  f1.regularity = "regular";
  f1.frequency = "monthly";
  f1.population = "ukraine";
  f1.data = {"beneficiaries", "financial-aid"};
  f1.personal_data = "personal";
  f1.source = a.id;
  f1.confirmation = "confirmed";
  f1.note = "Note " + kHostile;
  f1.weight = 2.5;
  f1.attributes = {{"channel", "e-mail"}};
  model::Flow f2 = f1;  // parallel to f1, another status
  f2.status = "desired";
  f2.obstacles = {"gdpr"};
  f2.weight.reset();
  f2.note.clear();
  f2.personal_data = "aggregate";
  f2.attributes.clear();
  model::Flow f3;
  f3.from = b.id;
  f3.to = c.id;
  f3.status = "blocked";
  f3.obstacles = {"no-resources", "slow-validation"};
  model::Flow f4;
  f4.from = c.id;
  f4.to = a.id;
  f4.weight = 1e-9;
  m.flows = {f1, f2, f3, f4};
  m.needs = {{"BE-BRU", "housing", 4240.0, "fed-a"}, {"BE-VBR", "health", std::nullopt, ""}};
  m.reindex();
  return m;
}

/// The whole map as stakemap JSON (contacts included) but for flow ids (a map read from a file
/// has none; a stored map numbers its flows): equal text = equal maps.
inline std::string as_json(model::Map map) {
  for (auto& f : map.flows) f.id = 0;
  std::ostringstream out;
  interop::ExportOptions o;
  o.personal = true;
  interop::write_json(map, o, out);
  return out.str();
}

/// The territory ids of `m`, as the ids an import into a map holding them may refer to.
inline interop::KnownIds territories_of(const model::Map& m) {
  interop::KnownIds k;
  for (const auto& t : m.territories) k.territories.insert(t.id);
  return k;
}

/// `m` without its territories and needs: what GEXF and Kumu carry.
inline model::Map without_territories_and_needs(model::Map m) {
  m.territories.clear();
  m.needs.clear();
  return m;
}

/// Export options with two metrics on sample_map(): degree 2 everywhere, constraint 0.25,
/// NaN (no value) and 1/3, on the layer status=active.
inline interop::ExportOptions with_metrics(const model::Map& m) {
  interop::ExportOptions o;
  o.metrics.names = {"degree", "constraint"};
  o.metrics.values = {std::vector<double>(m.organisations.size(), 2.0), {0.25, NAN, 1.0 / 3}};
  o.metrics.layer = "status=active";
  return o;
}

/// Runs `read` (a reader taking (std::istream&, MapBuilder&)) over `text`; the map read
/// and the diagnostics.
template <class Read>
model::Map read_text(const std::string& text, Read read, dataset::Diagnostics& diags, interop::KnownIds known = {},
                     const std::string& file = "in") {
  std::istringstream in(text);
  interop::MapBuilder builder(file, diags, std::move(known));
  read(in, builder);
  return builder.finish();
}

/// Messages of all diagnostics, one per line.
inline std::string messages(const dataset::Diagnostics& d) {
  std::string out;
  for (const auto& x : d.list()) out += x.str() + "\n";
  return out;
}

}  // namespace stakemap::test
