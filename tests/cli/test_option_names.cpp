// The CLI writes the engine's option fields as its flags: the messages users see are the
// same as when the engine named the flags itself.
#include <doctest/doctest.h>

#include "analysis/coverage.hpp"
#include "analysis/keyplayers.hpp"
#include "analysis/needs_gaps.hpp"
#include "analysis/scenario.hpp"
#include "cli/option_names.hpp"
#include "core/errors.hpp"
#include "core/table.hpp"
#include "graph/digraph.hpp"
#include "render/layout.hpp"
#include "render/views.hpp"

using namespace stakemap;

namespace {
template <typename F>
std::string cli_message(F&& f) {
  try {
    f();
  } catch (const OptionError& e) { return e.text(cli::flag_of); }
  return "no OptionError";
}
}  // namespace

TEST_CASE("option fields become flags") {
  CHECK(cli::flag_of("k") == "-k");
  CHECK(cli::flag_of("thin_below") == "--thin");
  CHECK(cli::flag_of("output") == "-o");
  CHECK(cli::flag_of("layout") == "--layout");
  CHECK(cli::flag_of("min_score") == "--min-score");
}

TEST_CASE("engine option errors read as before once the CLI names the flags") {
  CHECK(cli_message([] { parse_format("xml"); }) == "unknown --format 'xml' (allowed: table, csv, json)");
  CHECK(cli_message([] { render::choose_layout("spring", 10, false); }) ==
        "unknown --layout 'spring' (allowed: auto, dot, sfdp, neato, circo, fdp, groups)");
  CHECK(cli_message([] {
          model::Map map;
          map.reindex();
          analysis::NeedsOptions o;
          o.thin_below = 0;
          analysis::needs_gaps(map, o);
        }) == "--thin must be at least 1 (got 0)");
  model::Map map;
  for (const char* id : {"a", "b", "c"}) {
    model::Organisation org;
    org.id = org.name = id;
    map.organisations.push_back(org);
  }
  map.reindex();
  auto g = graph::build(map, graph::Layer{});
  analysis::KeyPlayerOptions o;
  o.k = 1;
  o.must = {0, 1};
  CHECK(cli_message([&] { analysis::key_players(g, o); }) == "more --must organisations (2) than -k 1");
  o = {};
  o.hops = 0;
  CHECK(cli_message([&] { analysis::key_players(g, o); }) == "--hops must be at least 1");
}

namespace {
// What the CLI prints for the error `f` throws (cli/main.cpp prints message_of()).
template <typename F>
std::string printed(F&& f) {
  try {
    f();
  } catch (const std::exception& e) { return cli::message_of(e); }
  return "nothing thrown";
}

model::Map two_orgs() {
  model::Map map;
  for (const char* id : {"a", "b"}) {
    model::Organisation org;
    org.id = org.name = id;
    map.organisations.push_back(org);
  }
  map.reindex();
  return map;
}
}  // namespace

TEST_CASE("engine input errors name option fields; the CLI prints the flags as before") {
  auto map = two_orgs();
  render::RenderInput in;
  in.map = &map;
  in.view = render::ViewSpec::parse("ego:nobody");
  CHECK_THROWS_AS(render::select_view(in), InputError);
  CHECK(printed([&] { render::select_view(in); }) ==
        "unknown organisation 'nobody' in --view ego (see `stakemap list orgs`)");
  in.view = render::ViewSpec::parse("territory:XX");
  CHECK(printed([&] { render::select_view(in); }) ==
        "unknown territory 'XX' in --view territory (see `stakemap list territories`)");
  CHECK(printed([&] {
          auto copy = map;
          analysis::apply_scenarios(copy, analysis::parse_scenarios({"add-hub", "Hub", "--members", "a,zz"}));
        }) == "add-hub: unknown organisation 'zz' in --members");
  analysis::CoverageOptions co;
  co.at = "province";
  CHECK(printed([&] { analysis::coverage(map, co); }) == "the map has no territory of kind 'province' (try --at leaf)");
  // Messages without fields are printed as they are.
  CHECK(printed([] { throw InputError("plain --text"); }) == "plain --text");
}
