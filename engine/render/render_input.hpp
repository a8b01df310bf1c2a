#pragma once
// What a map rendering needs: the map, the layer, the view, the visual encoding, and the
// per-organisation results of analyses that the caller computed (any metric can size nodes).
#include <string>
#include <vector>

#include "graph/layer.hpp"
#include "i18n/lang.hpp"
#include "model/map.hpp"

namespace stakemap::render {

/// Which part of the map is drawn (`--view`).
struct ViewSpec {
  /// changes: the flows added and removed since an earlier state (RenderInput::flow_change);
  /// not a `--view` of `stakemap render`, drawn by `report --since`.
  enum class Kind { map, ego, territory, community, gaps, obstacles, changes };
  Kind kind = Kind::map;
  std::string org;                ///< ego: the centre organisation id
  int radius = 1;                 ///< ego: hops from the centre (>= 1)
  std::string territory;          ///< territory: the territory id
  unsigned territory_scopes = 7;  ///< territory: which organisations (model::TerritoryScope bits; 7 = all)
  int community = -1;             ///< community: the community number

  /// Parses `map`, `ego:ORG[:RADIUS]`, `territory:ID`, `community:N`, `gaps`, `obstacles`.
  /// Throws UsageError on bad syntax (ids are checked later, against the map).
  static ViewSpec parse(const std::string& text);
};

enum class ColorBy { level, kind, community, territory };
enum class ShapeBy { role, kind };
enum class ClusterBy { none, territory, level, community };
enum class LabelMode { name, id, short_name };

/// The visual encoding options (`--color`, `--shape`, `--cluster`, `--label`, `--wrap`).
struct Encoding {
  ColorBy color = ColorBy::level;
  ShapeBy shape = ShapeBy::role;
  ClusterBy cluster = ClusterBy::none;
  LabelMode label = LabelMode::name;
  int wrap = 18;  ///< label line width in characters (names are wrapped at spaces)
};

/// A per-organisation number drawn as node size, e.g. a centrality.
struct OrgMetric {
  std::string name;            ///< shown in the legend ("betweenness")
  std::vector<double> values;  ///< one per map organisation, in map order
};

/// A link the gaps analysis recommends (an undirected pair of organisations).
struct RecommendedLink {
  int a = -1, b = -1;  ///< map organisation indexes
};

/// How a record differs from an earlier state of the map (the changes view).
enum class Change : unsigned char { same, added, removed };

/// Everything one rendering reads. Vectors indexed by organisation are in map order and
/// either empty (not computed) or of size map.organisations.size().
struct RenderInput {
  const model::Map* map = nullptr;  ///< indexed (reindex() called)
  graph::Layer layer;               ///< the flows drawn as the map (and the ego/community graph)
  ViewSpec view;
  Encoding encoding;
  i18n::Lang lang = i18n::Lang::en;          ///< legend, titles, taxonomy labels
  std::string title;                         ///< empty: the view's own title
  std::string date;                          ///< shown under the title (e.g. the map's last change)
  OrgMetric size;                            ///< empty values: every node the same size
  std::vector<int> community;                ///< community number per organisation (-1: none)
  std::vector<bool> silo;                    ///< silo organisations are outlined in red
  std::vector<RecommendedLink> recommended;  ///< drawn by the gaps view
  std::vector<Change> flow_change;           ///< changes view: per map flow, in map order
  std::vector<Change> org_change;            ///< changes view: per organisation
  /// The organisations the caller's filters keep (`render --level ...`), in map order; empty:
  /// every one. A view draws only these (an ego view keeps its centre), their links, and the
  /// organisations at the other end of those links as stubs.
  std::vector<bool> kept;
  std::string filter;  ///< those filters in words, shown under the title; empty: none
};

}  // namespace stakemap::render
