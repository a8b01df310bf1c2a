// The plain BFS: hop distances from several sources, blocked nodes, a depth limit, reuse.
#include <doctest/doctest.h>

#include "graph/bfs.hpp"

using stakemap::graph::Bfs;
using stakemap::graph::Digraph;

namespace {
// 0 -> 1 -> 2 -> 3 -> 4, 0 -> 5, 6 alone.
Digraph chain() { return Digraph::from_arcs(7, {{0, 1, 1.0}, {1, 2, 1.0}, {2, 3, 1.0}, {3, 4, 1.0}, {0, 5, 1.0}}); }
}  // namespace

TEST_CASE("bfs: distances along out-arcs from one source; unreached -1") {
  auto g = chain();
  Bfs bfs(g);
  CHECK(bfs.run({0}) == std::vector<int>{0, 1, 2, 3, 4, 1, -1});
  CHECK(bfs.run({3}) == std::vector<int>{-1, -1, -1, 0, 1, -1, -1});  // buffers reset between runs
  CHECK(bfs.run({}) == std::vector<int>(7, -1));
}

TEST_CASE("bfs: several sources give the distance to the nearest; repeats are harmless") {
  auto g = chain();
  Bfs bfs(g);
  CHECK(bfs.run({0, 3, 3}) == std::vector<int>{0, 1, 2, 0, 1, 1, -1});
}

TEST_CASE("bfs: blocked nodes are neither sources nor crossed") {
  auto g = chain();
  Bfs bfs(g);
  std::vector<char> blocked(7, 0);
  blocked[2] = 1;
  CHECK(bfs.run({0, 2}, &blocked) == std::vector<int>{0, 1, -1, -1, -1, 1, -1});
}

TEST_CASE("bfs: nodes at the depth limit are reached but not expanded") {
  auto g = chain();
  Bfs bfs(g);
  CHECK(bfs.run({0}, nullptr, 2) == std::vector<int>{0, 1, 2, -1, -1, 1, -1});
  CHECK(bfs.run({0}, nullptr, 0) == std::vector<int>{0, -1, -1, -1, -1, -1, -1});
}

TEST_CASE("bfs: on the undirected view, arcs count both ways") {
  auto g = stakemap::graph::undirected(chain());
  Bfs bfs(g);
  CHECK(bfs.run({4}) == std::vector<int>{4, 3, 2, 1, 0, 5, -1});
}
