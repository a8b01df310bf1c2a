// Metrics by name: every name gives one value per organisation, equal to networkx's where
// the reference has it; an unknown name is a usage error listing the names.
#include <doctest/doctest.h>

#include "analysis/metrics.hpp"
#include "core/errors.hpp"
#include "graph/reference_graphs.hpp"

using namespace stakemap;

TEST_CASE("org_metric gives every metric by name and rejects unknown ones") {
  auto r = testing::load_reference("florentine");
  for (const auto& name : analysis::metric_names()) {
    auto v = analysis::org_metric(r.graph, name, false);
    CAPTURE(name);
    CHECK(v.size() == static_cast<std::size_t>(r.graph.n));
    if (r.has(name))
      for (int i = 0; i < r.graph.n; ++i) CHECK(v[i] == doctest::Approx(r.node.at(name)[i]).epsilon(1e-9));
  }
  try {
    analysis::org_metric(r.graph, "fame", false);
    FAIL("no error for an unknown metric");
  } catch (const UsageError& e) {
    std::string what = e.what();
    CHECK(what.find("fame") != std::string::npos);
    CHECK(what.find("pagerank") != std::string::npos);
    CHECK(what.find("effective_size") != std::string::npos);
  }
}
