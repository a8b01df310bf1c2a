#include "graph/bfs.hpp"

#include <algorithm>

namespace stakemap::graph {

Bfs::Bfs(const Digraph& g) : g_(g), dist_(g.n, -1), queue_(g.n) {}

const std::vector<int>& Bfs::run(const std::vector<int>& sources, const std::vector<char>* blocked, int max_depth) {
  std::fill(dist_.begin(), dist_.end(), -1);
  std::size_t head = 0, tail = 0;
  for (int s : sources) {
    if ((blocked && (*blocked)[s]) || dist_[s] == 0) continue;
    dist_[s] = 0;
    queue_[tail++] = s;
  }
  while (head < tail) {
    int u = queue_[head++];
    if (dist_[u] >= max_depth) continue;
    for (int v : g_.out(u)) {
      if (dist_[v] >= 0 || (blocked && (*blocked)[v])) continue;
      dist_[v] = dist_[u] + 1;
      queue_[tail++] = v;
    }
  }
  return dist_;
}

}  // namespace stakemap::graph
