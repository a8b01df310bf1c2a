// The Boost.Graph view of a Digraph: concepts, traversal, arc identity, and a Boost
// algorithm run through it.
#include <doctest/doctest.h>

#include <boost/concept/assert.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/graph_concepts.hpp>

#include <vector>

#include "graph/boost_adapter.hpp"

using namespace stakemap;

BOOST_CONCEPT_ASSERT((boost::IncidenceGraphConcept<graph::Digraph>));
BOOST_CONCEPT_ASSERT((boost::VertexListGraphConcept<graph::Digraph>));

namespace {
// 0 -> 1, 0 -> 2, 1 -> 2, 2 -> 0, 3 -> 1; 4 alone.
graph::Digraph sample() {
  return graph::Digraph::from_arcs(5, {{2, 0, 1.0}, {0, 2, 2.0}, {0, 1, 3.0}, {1, 2, 1.0}, {3, 1, 1.0}});
}
}  // namespace

TEST_CASE("boost view: nodes and out-arcs are the Digraph's, in its order") {
  graph::Digraph g = sample();
  CHECK(num_vertices(g) == 5);
  auto [vb, ve] = vertices(g);
  CHECK(std::vector<int>(vb, ve) == std::vector<int>{0, 1, 2, 3, 4});
  for (int v = 0; v < g.n; ++v) {
    CAPTURE(v);
    std::vector<int> targets;
    auto [eb, ee] = out_edges(v, g);
    for (auto it = eb; it != ee; ++it) {
      CHECK(source(*it, g) == v);
      targets.push_back(target(*it, g));
    }
    auto expected = g.out(v);
    CHECK(targets == std::vector<int>(expected.begin(), expected.end()));
    CHECK(out_degree(v, g) == static_cast<int>(targets.size()));
    CHECK(ee - eb == out_degree(v, g));
  }
  CHECK(out_degree(4, g) == 0);
}

TEST_CASE("boost view: an arc is known by its position, which indexes the arc arrays") {
  graph::Digraph g = sample();
  graph::boost_view::ArcIndexMap index;
  std::vector<bool> seen(static_cast<std::size_t>(g.arcs()), false);
  for (int v = 0; v < g.n; ++v) {
    auto [eb, ee] = out_edges(v, g);
    for (auto it = eb; it != ee; ++it) {
      auto e = get(index, *it);
      REQUIRE(e >= 0);
      REQUIRE(e < g.arcs());
      CHECK_FALSE(seen[e]);
      seen[e] = true;
      CHECK(g.out_target[e] == target(*it, g));
    }
  }
  auto [eb, ee] = out_edges(0, g);
  CHECK(*eb == *eb);
  CHECK(*eb != *(eb + 1));
  CHECK(get(index, *(eb + 1)) - get(index, *eb) == 1);
}

TEST_CASE("boost view: Boost's breadth-first search runs on it") {
  graph::Digraph g = sample();
  std::vector<int> distance(g.n, -1);
  distance[3] = 0;
  std::vector<int> order;
  struct Recorder : boost::default_bfs_visitor {
    std::vector<int>* distance;
    std::vector<int>* order;
    void discover_vertex(int v, const graph::Digraph&) const { order->push_back(v); }
    void tree_edge(const graph::boost_view::Arc& a, const graph::Digraph& g) const {
      (*distance)[target(a, g)] = (*distance)[source(a, g)] + 1;
    }
  } recorder;
  recorder.distance = &distance;
  recorder.order = &order;
  boost::breadth_first_search(g, 3, boost::visitor(recorder));
  CHECK(order == std::vector<int>{3, 1, 2, 0});
  CHECK(distance == std::vector<int>{3, 1, 2, 0, -1});
}
