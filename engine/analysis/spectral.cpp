#include "analysis/spectral.hpp"

#include <Eigen/SparseCore>

#include <algorithm>
#include <climits>
#include <cmath>
#include <stdexcept>

namespace stakemap::analysis {

namespace {

using Vector = Eigen::VectorXd;
using Matrix = Eigen::SparseMatrix<double, Eigen::RowMajor, int>;

// One side of the graph's CSR (out- or in-adjacency) as an Eigen sparse matrix, row v holding
// v's arcs in our order. The column indices and weights are the graph's own arrays (mapped,
// not copied); Eigen wants the row offsets in its index type, so they are copied as int.
// Each row of a product is summed in arc order, as a plain loop would: results are the same
// to the last bit.
class Adjacency {
 public:
  Adjacency(int n, const std::vector<std::int64_t>& offset, const std::vector<int>& index,
            const std::vector<double>& weight, bool weighted)
      : n_(n), offset_(offset.begin(), offset.end()), index_(index.data()) {
    if (index.size() > static_cast<std::size_t>(INT_MAX))
      throw std::length_error("spectral measures: more than 2^31 - 1 linked pairs");
    if (weighted) values_ = weight.data();
    else {
      ones_.assign(index.size(), 1.0);
      values_ = ones_.data();
    }
  }
  Adjacency(const Adjacency&) = delete;  // values_ may point into ones_
  Adjacency& operator=(const Adjacency&) = delete;
  Eigen::Map<const Matrix> matrix() const {
    return Eigen::Map<const Matrix>(n_, n_, offset_.back(), offset_.data(), index_, values_);
  }

 private:
  int n_;
  std::vector<int> offset_;
  const int* index_;
  std::vector<double> ones_;
  const double* values_ = nullptr;
};

// I + A^T: row v is v itself (1) then the arcs into v. The diagonal comes first, out of
// column order, so that x + A^T x sums each row as networkx does (x[v] first).
Matrix identity_plus_in(const graph::Digraph& g, bool weighted) {
  Matrix m(g.n, g.n);
  m.resizeNonZeros(static_cast<Eigen::Index>(g.arcs()) + g.n);
  int* outer = m.outerIndexPtr();
  int* inner = m.innerIndexPtr();
  double* value = m.valuePtr();
  int k = 0;
  for (int v = 0; v < g.n; ++v) {
    outer[v] = k;
    inner[k] = v;
    value[k++] = 1.0;
    for (auto e = g.in_offset[v]; e < g.in_offset[v + 1]; ++e) {
      inner[k] = g.in_source[e];
      value[k++] = weighted ? g.in_weight[e] : 1.0;
    }
  }
  outer[g.n] = k;
  return m;
}

// Reductions stay sequential loops (Eigen's vectorised sums round differently).
double l1_change(const Vector& a, const Vector& b) {
  double err = 0;
  for (Eigen::Index i = 0; i < a.size(); ++i) err += std::fabs(a[i] - b[i]);
  return err;
}

double sum(const Vector& v) {
  double s = 0;
  for (Eigen::Index i = 0; i < v.size(); ++i) s += v[i];
  return s;
}

void to_sum_one(Vector& v) {
  double s = sum(v);
  if (s != 0) v /= s;
}

std::vector<double> to_std(const Vector& v) { return {v.data(), v.data() + v.size()}; }

}  // namespace

Scores pagerank(const graph::Digraph& g, bool weighted, double alpha, double tolerance) {
  Scores r;
  int n = g.n;
  if (n == 0) return r;
  Adjacency in(n, g.in_offset, g.in_source, g.in_weight, weighted);
  auto into = in.matrix();  // row v: the arcs into v
  Vector inv_out(n);        // 1 / total out-weight, 0 for dangling nodes
  for (int v = 0; v < n; ++v) {
    double s = 0;
    for (auto e = g.out_offset[v]; e < g.out_offset[v + 1]; ++e) s += weighted ? g.out_weight[e] : 1.0;
    inv_out[v] = s != 0 ? 1.0 / s : 0.0;
  }
  Vector x = Vector::Constant(n, 1.0 / n), last(n), share(n);
  r.converged = false;
  for (r.iterations = 1; r.iterations <= 1000; ++r.iterations) {
    last.swap(x);
    double dangling = 0;
    for (int v = 0; v < n; ++v)
      if (inv_out[v] == 0) dangling += last[v];
    double base = alpha * dangling / n + (1 - alpha) / n;
    share = last.cwiseProduct(inv_out);
    x.noalias() = into * share;
    x = (alpha * x).array() + base;
    if (l1_change(x, last) < tolerance) {
      r.converged = true;
      break;
    }
  }
  x /= sum(x);
  r.values = to_std(x);
  return r;
}

Scores eigenvector(const graph::Digraph& g, bool weighted, double tolerance, int max_iterations) {
  Scores r;
  int n = g.n;
  if (n == 0) return r;
  Matrix step = identity_plus_in(g, weighted);
  Vector x = Vector::Constant(n, 1.0 / n), last(n);
  r.converged = false;
  for (r.iterations = 1; r.iterations <= max_iterations; ++r.iterations) {
    last.swap(x);
    x.noalias() = step * last;
    double norm = 0;
    for (int v = 0; v < n; ++v) norm += x[v] * x[v];
    norm = std::sqrt(norm);
    if (norm == 0) norm = 1;
    x /= norm;
    if (l1_change(x, last) < tolerance) {
      r.converged = true;
      break;
    }
  }
  r.iterations = std::min(r.iterations, max_iterations);
  r.values = to_std(x);
  return r;
}

Hits hits(const graph::Digraph& g, bool weighted, double tolerance, int max_iterations) {
  Hits r;
  int n = g.n;
  if (n == 0) return r;
  Adjacency out(n, g.out_offset, g.out_target, g.out_weight, weighted);
  Adjacency in(n, g.in_offset, g.in_source, g.in_weight, weighted);
  auto a_matrix = out.matrix();  // A: row v, the arcs out of v
  auto a_transposed = in.matrix();  // A^T: row v, the arcs into v
  Vector a = Vector::Constant(n, 1.0 / n), last(n), h(n);
  r.converged = false;
  for (r.iterations = 1; r.iterations <= max_iterations; ++r.iterations) {
    last.swap(a);
    h.noalias() = a_matrix * last;
    a.noalias() = a_transposed * h;
    to_sum_one(a);
    if (l1_change(a, last) < tolerance) {
      r.converged = true;
      break;
    }
  }
  r.iterations = std::min(r.iterations, max_iterations);
  h.noalias() = a_matrix * a;
  to_sum_one(h);
  r.hub = to_std(h);
  r.authority = to_std(a);
  return r;
}

}  // namespace stakemap::analysis
