#pragma once
// Boost.Graph view of a Digraph, without a copy: its out-adjacency as a Boost.Graph
// IncidenceGraph and VertexListGraph (directed; for the undirected algorithms pass the
// symmetric graph::undirected view). Vertices are the node numbers 0..n-1, an edge is the
// pair (source, position of the arc in out_target).
//
// Private to the engine's .cpp files: include it from a .cpp (or a test), never from another
// header, so that Boost types stay out of stakemap's public interface.
#include <boost/graph/graph_traits.hpp>
#include <boost/graph/properties.hpp>
#include <boost/iterator/counting_iterator.hpp>
#include <boost/iterator/iterator_facade.hpp>
#include <boost/property_map/property_map.hpp>
#include <cstdint>
#include <utility>

#include "graph/digraph.hpp"

namespace stakemap::graph::boost_view {

/// One arc of the view: its source and its position in Digraph::out_target.
struct Arc {
  int source = -1;
  std::int64_t index = -1;
  friend bool operator==(const Arc& a, const Arc& b) { return a.index == b.index; }
  friend bool operator!=(const Arc& a, const Arc& b) { return a.index != b.index; }
};

/// Iterates the out-arcs of one node.
class ArcIterator : public boost::iterator_facade<ArcIterator, Arc, boost::random_access_traversal_tag, Arc> {
 public:
  ArcIterator() = default;
  ArcIterator(int source, std::int64_t index) : arc_{source, index} {}

 private:
  friend class boost::iterator_core_access;
  Arc dereference() const { return arc_; }
  bool equal(const ArcIterator& o) const { return arc_.index == o.arc_.index; }
  void increment() { ++arc_.index; }
  void decrement() { --arc_.index; }
  void advance(std::ptrdiff_t k) { arc_.index += k; }
  std::ptrdiff_t distance_to(const ArcIterator& o) const { return o.arc_.index - arc_.index; }
  Arc arc_;
};

/// What the view supports: out-arcs of a node, and the list of nodes.
struct Traversal : boost::incidence_graph_tag, boost::vertex_list_graph_tag {};

/// Readable property map from an arc to its position in out_target (0..m-1), for edge
/// property maps stored in a vector.
struct ArcIndexMap {
  using key_type = Arc;
  using value_type = std::int64_t;
  using reference = std::int64_t;
  using category = boost::readable_property_map_tag;
  friend std::int64_t get(ArcIndexMap, const Arc& a) { return a.index; }
};

}  // namespace stakemap::graph::boost_view

namespace boost {

template <>
struct graph_traits<stakemap::graph::Digraph> {
  using vertex_descriptor = int;
  using edge_descriptor = stakemap::graph::boost_view::Arc;
  using directed_category = directed_tag;
  using edge_parallel_category = disallow_parallel_edge_tag;
  using traversal_category = stakemap::graph::boost_view::Traversal;
  using vertex_iterator = counting_iterator<int>;
  using out_edge_iterator = stakemap::graph::boost_view::ArcIterator;
  using vertices_size_type = int;
  using edges_size_type = std::int64_t;
  using degree_size_type = int;
  // Not modelled (no in-arcs, adjacency or edge list through this view).
  using in_edge_iterator = void;
  using adjacency_iterator = void;
  using edge_iterator = void;
  static vertex_descriptor null_vertex() { return -1; }
};

template <>
struct graph_traits<const stakemap::graph::Digraph> : graph_traits<stakemap::graph::Digraph> {};

template <>
struct property_map<stakemap::graph::Digraph, vertex_index_t> {
  using type = typed_identity_property_map<int>;
  using const_type = type;
};

template <>
struct property_map<const stakemap::graph::Digraph, vertex_index_t>
    : property_map<stakemap::graph::Digraph, vertex_index_t> {};

}  // namespace boost

namespace stakemap::graph {

// The free functions Boost.Graph finds by argument-dependent lookup.

inline std::pair<boost::counting_iterator<int>, boost::counting_iterator<int>> vertices(const Digraph& g) {
  return {boost::counting_iterator<int>(0), boost::counting_iterator<int>(g.n)};
}
inline int num_vertices(const Digraph& g) { return g.n; }
inline std::pair<boost_view::ArcIterator, boost_view::ArcIterator> out_edges(int v, const Digraph& g) {
  return {boost_view::ArcIterator(v, g.out_offset[v]), boost_view::ArcIterator(v, g.out_offset[v + 1])};
}
inline int out_degree(int v, const Digraph& g) { return g.out_degree(v); }
inline int source(const boost_view::Arc& a, const Digraph&) { return a.source; }
inline int target(const boost_view::Arc& a, const Digraph& g) { return g.out_target[a.index]; }
inline boost::typed_identity_property_map<int> get(boost::vertex_index_t, const Digraph&) { return {}; }

}  // namespace stakemap::graph
