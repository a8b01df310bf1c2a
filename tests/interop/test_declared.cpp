// The attributes every export declares, in order (fields, free attributes, metrics), and the
// values of one organisation or flow for them; metrics that would clash are refused.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "core/errors.hpp"
#include "interop/declared.hpp"

using namespace stakemap;
using interop::Declared;

namespace {

std::vector<std::string> names(const std::vector<Declared>& ds) {
  std::vector<std::string> out;
  for (const auto& d : ds) out.push_back(d.name);
  return out;
}

std::vector<std::string> pairs(const std::vector<std::pair<const Declared*, std::string>>& vs) {
  std::vector<std::string> out;
  for (const auto& [d, v] : vs) out.push_back(d->name + "=" + v);
  return out;
}

model::Map fixture() {
  model::Map m;
  model::Organisation a, b;
  a.id = "a";
  a.name = "Alpha \"A\"";
  a.domains = {"medical", "legal"};
  a.contact_name = "Jane";
  a.contact_email = "jane@example.org";
  a.attributes = {{"zeta", "z"}, {"budget", ""}};
  b.id = "b";
  b.willing = "yes";
  b.attributes = {{"alpha", "1"}};
  m.organisations = {a, b};
  model::Flow f;
  f.from = "a";
  f.to = "b";
  f.data = {"counts", "names"};
  f.weight = 2.5;
  f.attributes = {{"channel", "email"}};
  m.flows = {f};
  m.reindex();
  return m;
}

const std::vector<std::string> kOrgFields{
    "id",      "name",    "aliases",  "kind",         "level",       "languages", "territories",
    "domains", "publics", "services", "support_role", "focal_point", "obstacles", "willing_to_share"};

}  // namespace

TEST_CASE("declared: organisation attributes are the fields, the free keys sorted, then the metrics") {
  auto m = fixture();
  interop::ExportOptions o;
  o.metrics.names = {"degree", "betweenness"};
  o.metrics.values = {{1, 2}, {0.5, NAN}};
  auto ds = interop::org_declared(m, o, {});
  auto expected = kOrgFields;
  for (const char* k : {"alpha", "budget", "zeta", "degree", "betweenness"}) expected.push_back(k);
  CHECK(names(ds) == expected);
  CHECK_FALSE(ds[0].number);
  CHECK(ds[2].list);  // aliases
  CHECK_FALSE(ds[1].list);
  CHECK(ds.back().metric);
  CHECK(ds.back().number);
  CHECK_FALSE(ds[kOrgFields.size()].metric);  // a free attribute: text

  // Personal fields only when asked; skipped fields never.
  o.personal = true;
  auto with_personal = names(interop::org_declared(m, o, {"id", "aliases"}));
  CHECK(with_personal[0] == "name");
  CHECK(std::find(with_personal.begin(), with_personal.end(), "aliases") == with_personal.end());
  CHECK(with_personal[12] == "contact_name");
  CHECK(with_personal[13] == "contact_email");
  CHECK(with_personal[14] == "alpha");
}

TEST_CASE("declared: values of an organisation, non-empty only, lists joined, metrics as numbers") {
  auto m = fixture();
  interop::ExportOptions o;
  o.metrics.names = {"degree", "betweenness"};
  o.metrics.values = {{1, 2}, {0.5, NAN}};
  auto ds = interop::org_declared(m, o, {});
  CHECK(pairs(interop::org_values(m, 0, ds, o)) == std::vector<std::string>{"id=a", "name=Alpha \"A\"",
                                                                            "domains=medical|legal", "zeta=z",
                                                                            "degree=1", "betweenness=0.5"});
  CHECK(pairs(interop::org_values(m, 1, ds, o)) ==
        std::vector<std::string>{"id=b", "willing_to_share=yes", "alpha=1", "degree=2"});  // NaN left out
  // Each value points at its declaration.
  auto v = interop::org_values(m, 0, ds, o);
  CHECK(v[0].first == &ds[0]);
  o.personal = true;
  auto personal = interop::org_declared(m, o, {});
  CHECK(pairs(interop::org_values(m, 0, personal, o))[3] == "contact_name=Jane");
}

TEST_CASE("declared: flow attributes and values") {
  auto m = fixture();
  auto ds = interop::flow_declared(m, {"from", "to"});
  CHECK(names(ds) == std::vector<std::string>{"status", "basis", "regularity", "frequency", "population", "data",
                                              "personal_data", "obstacles", "source", "confirmation", "note", "weight",
                                              "channel"});
  CHECK(ds[11].number);
  CHECK(ds[5].list);
  CHECK(pairs(interop::flow_values(m.flows[0], ds)) == std::vector<std::string>{"status=active", "basis=voluntary",
                                                                                "population=all", "data=counts|names",
                                                                                "weight=2.5", "channel=email"});
}

TEST_CASE("declared: a metric named like a field or a free attribute is refused") {
  auto m = fixture();
  interop::Metrics ok{{"degree"}, {{1, 2}}, "", false};
  CHECK_NOTHROW(interop::check_metrics(m, ok));
  interop::Metrics field{{"degree", "name"}, {{1, 2}, {3, 4}}, "", false};
  CHECK_THROWS_WITH_AS(interop::check_metrics(m, field),
                       "cannot attach metric 'name': the map already has an organisation attribute of that name",
                       InputError);
  interop::Metrics attribute{{"zeta"}, {{1, 2}}, "", false};
  CHECK_THROWS_AS(interop::check_metrics(m, attribute), InputError);
  interop::Metrics personal{{"contact_email"}, {{1, 2}}, "", false};  // even when not exported
  CHECK_THROWS_AS(interop::check_metrics(m, personal), InputError);
  interop::Metrics short_values{{"degree"}, {{1}}, "", false};
  CHECK_THROWS_AS(interop::check_metrics(m, short_values), std::logic_error);
  interop::Metrics no_values{{"degree"}, {}, "", false};
  CHECK_THROWS_AS(interop::check_metrics(m, no_values), std::logic_error);
}
