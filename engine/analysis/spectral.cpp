#include "analysis/spectral.hpp"

#include <cmath>

// Plain loops over the CSR arrays. Eigen's sparse matrix-vector products give the same values
// bit for bit (row sums in arc order) but took more time: docs/benchmarks.md, "Boost.Graph and
// Eigen".

namespace stakemap::analysis {

namespace {
double weight_of(const graph::Digraph& g, std::int64_t e, bool weighted) { return weighted ? g.out_weight[e] : 1.0; }
double in_weight_of(const graph::Digraph& g, std::int64_t e, bool weighted) { return weighted ? g.in_weight[e] : 1.0; }

double l1_change(const std::vector<double>& a, const std::vector<double>& b) {
  double err = 0;
  for (std::size_t i = 0; i < a.size(); ++i) err += std::fabs(a[i] - b[i]);
  return err;
}
}  // namespace

Scores pagerank(const graph::Digraph& g, bool weighted, double alpha, double tolerance) {
  Scores r;
  int n = g.n;
  if (n == 0) return r;
  std::vector<double> inv_out(n, 0.0);  // 1 / total out-weight, 0 for dangling nodes
  for (int v = 0; v < n; ++v) {
    double s = 0;
    for (auto e = g.out_offset[v]; e < g.out_offset[v + 1]; ++e) s += weight_of(g, e, weighted);
    inv_out[v] = s != 0 ? 1.0 / s : 0.0;
  }
  std::vector<double> x(n, 1.0 / n), last(n), share(n);
  r.converged = false;
  for (r.iterations = 1; r.iterations <= 1000; ++r.iterations) {
    last.swap(x);
    double dangling = 0;
    for (int v = 0; v < n; ++v) {
      share[v] = last[v] * inv_out[v];
      if (inv_out[v] == 0) dangling += last[v];
    }
    double base = alpha * dangling / n + (1 - alpha) / n;
    for (int v = 0; v < n; ++v) {
      double sum = 0;
      for (auto e = g.in_offset[v]; e < g.in_offset[v + 1]; ++e)
        sum += share[g.in_source[e]] * in_weight_of(g, e, weighted);
      x[v] = alpha * sum + base;
    }
    if (l1_change(x, last) < tolerance) {
      r.converged = true;
      break;
    }
  }
  double total = 0;
  for (double v : x) total += v;
  for (double& v : x) v /= total;
  r.values = std::move(x);
  return r;
}

Scores eigenvector(const graph::Digraph& g, bool weighted, double tolerance, int max_iterations) {
  Scores r;
  int n = g.n;
  if (n == 0) return r;
  std::vector<double> x(n, 1.0 / n), last(n);
  r.converged = false;
  for (r.iterations = 1; r.iterations <= max_iterations; ++r.iterations) {
    last.swap(x);
    double norm = 0;
    for (int v = 0; v < n; ++v) {
      double sum = last[v];
      for (auto e = g.in_offset[v]; e < g.in_offset[v + 1]; ++e)
        sum += last[g.in_source[e]] * in_weight_of(g, e, weighted);
      x[v] = sum;
      norm += sum * sum;
    }
    norm = std::sqrt(norm);
    if (norm == 0) norm = 1;
    for (double& v : x) v /= norm;
    if (l1_change(x, last) < tolerance) {
      r.converged = true;
      break;
    }
  }
  r.iterations = std::min(r.iterations, max_iterations);
  r.values = std::move(x);
  return r;
}

Hits hits(const graph::Digraph& g, bool weighted, double tolerance, int max_iterations) {
  Hits r;
  int n = g.n;
  if (n == 0) return r;
  std::vector<double> a(n, 1.0 / n), last(n), h(n, 0.0);
  auto to_sum_one = [](std::vector<double>& v) {
    double s = 0;
    for (double x : v) s += x;
    if (s != 0)
      for (double& x : v) x /= s;
  };
  auto hubs_from = [&](const std::vector<double>& auth, std::vector<double>& hub) {  // h = A a
    for (int v = 0; v < n; ++v) {
      double sum = 0;
      for (auto e = g.out_offset[v]; e < g.out_offset[v + 1]; ++e)
        sum += weight_of(g, e, weighted) * auth[g.out_target[e]];
      hub[v] = sum;
    }
  };
  r.converged = false;
  for (r.iterations = 1; r.iterations <= max_iterations; ++r.iterations) {
    last.swap(a);
    hubs_from(last, h);
    for (int v = 0; v < n; ++v) {  // a = A^T h
      double sum = 0;
      for (auto e = g.in_offset[v]; e < g.in_offset[v + 1]; ++e)
        sum += in_weight_of(g, e, weighted) * h[g.in_source[e]];
      a[v] = sum;
    }
    to_sum_one(a);
    if (l1_change(a, last) < tolerance) {
      r.converged = true;
      break;
    }
  }
  r.iterations = std::min(r.iterations, max_iterations);
  hubs_from(a, h);
  to_sum_one(h);
  r.hub = std::move(h);
  r.authority = std::move(a);
  return r;
}

}  // namespace stakemap::analysis
