#include <doctest/doctest.h>

#include <algorithm>

#include "core/errors.hpp"
#include "model/territory_scope.hpp"
#include "render/fixture_map.hpp"
#include "render/style.hpp"
#include "render/views.hpp"

using namespace stakemap;
using namespace stakemap::render;
using namespace stakemap::render::testing;

namespace {
int count(const ViewSelection& v, LinkClass c) {
  return static_cast<int>(std::count_if(v.links.begin(), v.links.end(), [&](const ViewLink& l) { return l.cls == c; }));
}
}  // namespace

TEST_CASE("view specs parse and reject bad syntax") {
  CHECK(ViewSpec::parse("map").kind == ViewSpec::Kind::map);
  auto ego = ViewSpec::parse("ego:fed:2");
  CHECK(ego.kind == ViewSpec::Kind::ego);
  CHECK(ego.org == "fed");
  CHECK(ego.radius == 2);
  CHECK(ViewSpec::parse("ego:fed").radius == 1);
  CHECK(ViewSpec::parse("territory:BE-VLG").territory == "BE-VLG");
  CHECK(ViewSpec::parse("community:3").community == 3);
  CHECK(ViewSpec::parse("gaps").kind == ViewSpec::Kind::gaps);
  CHECK(ViewSpec::parse("obstacles").kind == ViewSpec::Kind::obstacles);
  for (const char* bad : {"", "mapp", "map:x", "ego", "ego:", "ego:fed:0", "ego:fed:-1", "territory:", "community:x",
                          "community:", "gaps:1"})
    CHECK_THROWS_AS(ViewSpec::parse(bad), UsageError);
}

TEST_CASE("flows are classified by status, regularity and basis") {
  CHECK(classify(flow("a", "b", "desired", "mandatory", "regular")) == LinkClass::desired);
  CHECK(classify(flow("a", "b", "blocked", "voluntary", "")) == LinkClass::blocked);
  CHECK(classify(flow("a", "b", "active", "mandatory", "sporadic")) == LinkClass::sporadic);
  CHECK(classify(flow("a", "b", "active", "mandatory", "regular")) == LinkClass::mandatory);
  CHECK(classify(flow("a", "b", "active", "on-request", "")) == LinkClass::on_request);
  CHECK(classify(flow("a", "b", "active", "voluntary", "regular")) == LinkClass::voluntary);
  // No regularity given: never drawn nor listed as a regular flow.
  CHECK(classify(flow("a", "b", "active", "voluntary", "")) == LinkClass::voluntary_unknown);
  CHECK(link_style(LinkClass::voluntary_unknown).text_key == "map.line.voluntary_unknown");
}

TEST_CASE("map view: every organisation, the layer's flows, parallels merged") {
  auto map = fixture_map();
  auto v = select_view(input_for(map));
  CHECK(v.orgs == std::vector<int>{0, 1, 2, 3, 4, 5});
  CHECK(v.links.size() == 4);  // active only; cpas->ngo twice merged
  CHECK(count(v, LinkClass::mandatory) == 1);
  CHECK(count(v, LinkClass::voluntary) == 1);
  CHECK(count(v, LinkClass::sporadic) == 1);
  CHECK(count(v, LinkClass::on_request) == 1);
  CHECK(v.focus == -1);
  CHECK(v.title == "Data-flow map");

  auto in = input_for(map);
  in.layer = graph::Layer::parse("any");
  auto all = select_view(in);
  CHECK(all.links.size() == 6);
  CHECK(count(all, LinkClass::blocked) == 1);
  auto blocked = std::find_if(all.links.begin(), all.links.end(), [](auto& l) { return l.cls == LinkClass::blocked; });
  CHECK(blocked->obstacles == std::vector<std::string>{"no-trust", "gdpr"});
}

TEST_CASE("ego view follows layer flows both ways up to the radius") {
  auto map = fixture_map();
  auto v1 = select_view(input_for(map, "ego:agency"));
  CHECK(v1.orgs == std::vector<int>{0, 3});  // agency - fed (on-request); the desired flow is not in the layer
  CHECK(v1.focus == 3);
  CHECK(v1.title == "Ego network of Federal agency (radius 1)");
  auto v2 = select_view(input_for(map, "ego:agency:2"));
  CHECK(v2.orgs == std::vector<int>{0, 1, 2, 3});
  CHECK(v2.links.size() == 4);
  auto lone = select_view(input_for(map, "ego:lone:5"));
  CHECK(lone.orgs == std::vector<int>{5});
  CHECK(lone.links.empty());
  CHECK_THROWS_AS(select_view(input_for(map, "ego:nobody")), InputError);
  CHECK_THROWS_WITH(select_view(input_for(map, "ego:nobody")), doctest::Contains("unknown organisation 'nobody'"));
}

TEST_CASE("territory view: organisations in, above or overlapping the territory, as --territory-scope says") {
  auto map = fixture_map();
  auto all = select_view(input_for(map, "territory:VLG"));
  CHECK(all.orgs == std::vector<int>{0, 1, 2, 3});  // fed and agency (BE) cover Flanders from above
  CHECK(all.above == std::vector<int>{0, 3});       // drawn in a band of their own
  CHECK(all.outside.empty());                       // no active flow leaves the four
  auto in_only = input_for(map, "territory:VLG");
  in_only.view.territory_scopes = model::scope_in;
  auto vlg = select_view(in_only);
  CHECK(vlg.orgs == std::vector<int>{1, 2});  // cpas (VAN, inside VLG), ngo (VLG)
  // cpas -> ngo inside; cpas -> fed and ngo -> fed go to a stub of fed, outside Flanders.
  REQUIRE(vlg.links.size() == 3);
  CHECK(vlg.links[0].cls == LinkClass::voluntary);
  CHECK(vlg.outside == std::vector<int>{0});
  int to_stub = 0;
  for (const auto& l : vlg.links) to_stub += l.cls == LinkClass::outside && l.to == 0 ? 1 : 0;
  CHECK(to_stub == 2);
  CHECK(vlg.above.empty());
  CHECK(vlg.title == "Organisations acting in Flanders");
  in_only.view.territory_scopes = model::scope_above;
  CHECK(select_view(in_only).orgs == std::vector<int>{0, 3});
  auto be = select_view(input_for(map, "territory:BE"));
  CHECK(be.orgs == std::vector<int>{0, 1, 2, 3, 4});
  auto in = input_for(map, "territory:VLG");
  in.lang = i18n::Lang::fr;
  CHECK(select_view(in).title == "Organisations actives en Flanders (fr)");
  CHECK_THROWS_WITH(select_view(input_for(map, "territory:XX")), doctest::Contains("unknown territory 'XX'"));
}

TEST_CASE("community view needs communities and a known number") {
  auto map = fixture_map();
  auto in = input_for(map, "community:2");
  CHECK_THROWS_AS(select_view(in), UsageError);
  in.community = {0, 1, 1, 0, 1, -1};  // communities 1 and 2 to the user
  auto v = select_view(in);
  CHECK(v.orgs == std::vector<int>{1, 2, 4});
  CHECK(v.links.size() == 1);  // cpas -> ngo; wal -> cpas is blocked, not in the layer
  in.view = ViewSpec::parse("community:7");
  CHECK_THROWS_AS(select_view(in), InputError);
  CHECK_THROWS_WITH(select_view(in), doctest::Contains("communities 1 to 2"));
  in.view = ViewSpec::parse("community:0");
  CHECK_THROWS_WITH(select_view(in), doctest::Contains("unknown community 0"));
}

TEST_CASE("gaps view: active context, desired, blocked and recommended links") {
  auto map = fixture_map();
  auto in = input_for(map, "gaps");
  in.recommended = {{4, 2}};
  auto v = select_view(in);
  CHECK(v.orgs.size() == 6);
  CHECK(count(v, LinkClass::context) == 4);
  CHECK(count(v, LinkClass::desired) == 1);
  CHECK(count(v, LinkClass::blocked) == 1);
  REQUIRE(count(v, LinkClass::recommended) == 1);
  CHECK(v.links.back().from == 2);  // recommended links are stored with the lower index first
  CHECK(v.links.back().to == 4);
}

TEST_CASE("obstacles view: blocked flows and desired flows that name an obstacle") {
  auto map = fixture_map();
  auto v = select_view(input_for(map, "obstacles"));
  CHECK(v.orgs == std::vector<int>{1, 3, 4});
  CHECK(v.links.size() == 2);
  CHECK(v.links[0].obstacles == std::vector<std::string>{"gdpr"});
  CHECK(v.links[1].obstacles == std::vector<std::string>{"no-trust", "gdpr"});
}

TEST_CASE("changes view: what changed, the ends of changed flows, unchanged flows among them as context") {
  auto map = fixture_map();
  auto in = input_for(map);
  in.view.kind = ViewSpec::Kind::changes;
  in.flow_change.assign(map.flows.size(), Change::same);
  in.org_change.assign(map.organisations.size(), Change::same);
  in.flow_change[0] = Change::added;    // cpas -> fed
  in.flow_change[1] = Change::removed;  // cpas -> ngo
  in.org_change[5] = Change::removed;   // lone
  auto v = select_view(in);
  CHECK(v.orgs == std::vector<int>{0, 1, 2, 5});  // agency and wal: no change, no changed flow
  CHECK(count(v, LinkClass::added) == 1);
  CHECK(count(v, LinkClass::removed) == 1);
  CHECK(count(v, LinkClass::unchanged) == 2);  // ngo -> fed, and the parallel cpas -> ngo still there
  CHECK(v.title == "Flows added and removed");
  auto scene = encode(in, v);
  const auto& lone = scene.nodes.back();
  CHECK(lone.org == 5);
  CHECK(lone.dashed);
  CHECK(lone.outline == silo_color);
  CHECK_FALSE(scene.nodes.front().dashed);
  in.flow_change.pop_back();
  CHECK_THROWS_AS(select_view(in), std::logic_error);
}
