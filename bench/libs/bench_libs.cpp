// Times the analyses that Boost.Graph and Eigen may take over (issue 12, item 7), each on its
// own, and prints a fingerprint of each result so that two builds can be shown to agree bit
// for bit. One JSON object per run:
//   bench_libs EDGES [REPEATS]
// EDGES is an edge list from bench/analytics/make_graph.py. Each analysis runs REPEATS times
// (default 5); the minimum and the median of its wall-clock seconds and of its thread CPU
// seconds (which time spent waiting for a busy core does not inflate) are printed.
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fstream>
#include <functional>
#include <string>
#include <tuple>
#include <vector>

#include "analysis/components.hpp"
#include "analysis/spectral.hpp"
#include "analysis/structure.hpp"
#include "graph/digraph.hpp"

using namespace stakemap;
using Clock = std::chrono::steady_clock;

namespace {

// FNV-1a over raw bytes: equal fingerprints mean equal results, bit for bit.
struct Fingerprint {
  std::uint64_t h = 1469598103934665603ull;
  void add(const void* p, std::size_t n) {
    auto b = static_cast<const unsigned char*>(p);
    for (std::size_t i = 0; i < n; ++i) h = (h ^ b[i]) * 1099511628211ull;
  }
  template <class T>
  void add(const std::vector<T>& v) {
    add(v.data(), v.size() * sizeof(T));
  }
};

double thread_cpu() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + 1e-9 * static_cast<double>(t.tv_nsec);
}

struct Timing {
  double min = 0, median = 0, cpu_min = 0, cpu_median = 0;
  std::uint64_t fingerprint = 0;
};

Timing time_it(int repeats, const std::function<std::uint64_t()>& run) {
  std::vector<double> wall, cpu;
  Timing r;
  for (int i = 0; i < repeats; ++i) {
    auto start = Clock::now();
    double cpu_start = thread_cpu();
    r.fingerprint = run();
    cpu.push_back(thread_cpu() - cpu_start);
    wall.push_back(std::chrono::duration<double>(Clock::now() - start).count());
  }
  std::sort(wall.begin(), wall.end());
  std::sort(cpu.begin(), cpu.end());
  r.min = wall.front();
  r.median = wall[wall.size() / 2];
  r.cpu_min = cpu.front();
  r.cpu_median = cpu[cpu.size() / 2];
  return r;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: bench_libs EDGES [REPEATS]\n");
    return 2;
  }
  int repeats = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
  std::ifstream in(argv[1]);
  std::string line;
  std::vector<std::tuple<int, int, double>> arcs;
  int n = 0;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    int u = 0, v = 0;
    std::sscanf(line.c_str(), "%d %d", &u, &v);
    arcs.emplace_back(u, v, 1.0);
    n = std::max(n, std::max(u, v) + 1);
  }
  graph::Digraph g = graph::Digraph::from_arcs(n, std::move(arcs));

  std::vector<std::pair<const char*, std::function<std::uint64_t()>>> steps{
      {"cut_points",
       [&] {
         auto c = analysis::cut_points(g);
         Fingerprint f;
         f.add(c.articulation_points);
         f.add(c.bridges);
         return f.h;
       }},
      {"strong_components",
       [&] {
         auto c = analysis::strong_components(g);
         Fingerprint f;
         f.add(c.of);
         f.add(c.sizes);
         return f.h;
       }},
      {"core_numbers",
       [&] {
         Fingerprint f;
         f.add(analysis::core_numbers(g));
         return f.h;
       }},
      {"pagerank",
       [&] {
         auto s = analysis::pagerank(g, false);
         Fingerprint f;
         f.add(s.values);
         f.add(&s.iterations, sizeof s.iterations);
         return f.h;
       }},
      {"pagerank_weighted",
       [&] {
         auto s = analysis::pagerank(g, true);
         Fingerprint f;
         f.add(s.values);
         f.add(&s.iterations, sizeof s.iterations);
         return f.h;
       }},
      {"eigenvector",
       [&] {
         auto s = analysis::eigenvector(g, false);
         Fingerprint f;
         f.add(s.values);
         f.add(&s.iterations, sizeof s.iterations);
         return f.h;
       }},
      {"hits",
       [&] {
         auto s = analysis::hits(g, false);
         Fingerprint f;
         f.add(s.hub);
         f.add(s.authority);
         f.add(&s.iterations, sizeof s.iterations);
         return f.h;
       }},
  };
  std::printf("{\"n\": %d, \"arcs\": %lld, \"repeats\": %d", g.n, static_cast<long long>(g.arcs()), repeats);
  for (auto& [name, run] : steps) {
    Timing t = time_it(repeats, run);
    std::printf(
        ", \"%s\": {\"min\": %.4f, \"median\": %.4f, \"cpu_min\": %.4f, \"cpu_median\": %.4f, "
        "\"fingerprint\": \"%016llx\"}",
        name, t.min, t.median, t.cpu_min, t.cpu_median, static_cast<unsigned long long>(t.fingerprint));
    std::fflush(stdout);
  }
  std::printf("}\n");
  return 0;
}
