// Layers: --layer text parsed into facets, flows matched (codes within a facet are
// alternatives, facets combine with AND, population 'both' counts for all and ukraine).
#include <doctest/doctest.h>

#include "core/errors.hpp"
#include "graph/layer.hpp"

using stakemap::UsageError;
using stakemap::graph::Layer;
using stakemap::model::Flow;

namespace {
Flow flow(std::string status, std::string basis, std::string regularity, std::string population) {
  Flow f;
  f.from = "a";
  f.to = "b";
  f.status = std::move(status);
  f.basis = std::move(basis);
  f.regularity = std::move(regularity);
  f.population = std::move(population);
  return f;
}
using V = std::vector<std::string>;
}  // namespace

TEST_CASE("layer: the default is status=active and nothing else") {
  Layer layer;
  CHECK(layer.status == V{"active"});
  CHECK(layer.basis.empty());
  CHECK(layer.describe() == "status=active");
  CHECK(layer.matches(flow("active", "mandatory", "", "ukraine")));
  CHECK_FALSE(layer.matches(flow("blocked", "voluntary", "regular", "all")));
}

TEST_CASE("layer: parse finds each bare code's facet; status stays active unless given") {
  Layer layer = Layer::parse("voluntary,regular");
  CHECK(layer.status == V{"active"});
  CHECK(layer.basis == V{"voluntary"});
  CHECK(layer.regularity == V{"regular"});
  CHECK(layer.population.empty());
  CHECK(layer.describe() == "status=active basis=voluntary regularity=regular");

  Layer blocked = Layer::parse("Blocked, desired");  // case and spaces do not matter
  CHECK(blocked.status == V{"blocked", "desired"});
  CHECK(blocked.describe() == "status=blocked|desired");
}

TEST_CASE("layer: 'any' accepts every status; facet=code names the facet") {
  Layer any = Layer::parse("any");
  CHECK(any.status.empty());
  CHECK(any.describe() == "all flows");
  CHECK(any.matches(flow("desired", "on-request", "", "all")));
  Layer pop = Layer::parse("status=any,population=ukraine");
  CHECK(pop.status.empty());
  CHECK(pop.population == V{"ukraine"});
}

TEST_CASE("layer: matches combines facets with AND, codes within a facet with OR") {
  Layer layer = Layer::parse("active,blocked,mandatory,on-request,regular");
  CHECK(layer.matches(flow("active", "mandatory", "regular", "all")));
  CHECK(layer.matches(flow("blocked", "on-request", "regular", "all")));
  CHECK_FALSE(layer.matches(flow("desired", "mandatory", "regular", "all")));  // status
  CHECK_FALSE(layer.matches(flow("active", "voluntary", "regular", "all")));   // basis
  CHECK_FALSE(layer.matches(flow("active", "mandatory", "sporadic", "all")));  // regularity
  CHECK_FALSE(layer.matches(flow("active", "mandatory", "", "all")));          // no regularity given
}

TEST_CASE("layer: population 'both' belongs to the all and the ukraine layers") {
  Layer ukraine = Layer::parse("ukraine");
  CHECK(ukraine.matches(flow("active", "voluntary", "", "ukraine")));
  CHECK(ukraine.matches(flow("active", "voluntary", "", "both")));
  CHECK_FALSE(ukraine.matches(flow("active", "voluntary", "", "all")));
  Layer all = Layer::parse("population=all");
  CHECK(all.matches(flow("active", "voluntary", "", "both")));
  CHECK_FALSE(all.matches(flow("active", "voluntary", "", "ukraine")));
}

TEST_CASE("layer: an unknown term or a code of another facet is a usage error naming it") {
  CHECK_THROWS_AS(Layer::parse("sideways"), UsageError);
  CHECK_THROWS_WITH(Layer::parse("active,sideways"), doctest::Contains("unknown layer term 'sideways'"));
  CHECK_THROWS_WITH(Layer::parse("basis=active"), doctest::Contains("unknown layer term 'basis=active'"));
  CHECK_THROWS_WITH(Layer::parse("colour=red"), doctest::Contains("or 'any'"));
}
