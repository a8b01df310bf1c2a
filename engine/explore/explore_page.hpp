#pragma once
// `stakemap explore` as a library call: one self-contained HTML page (data, positions,
// script and styles inline, a Content-Security-Policy that forbids every network request)
// in which the map can be explored with no server and no network (docs/explore.md).
#include <optional>
#include <string>
#include <vector>

#include "analysis/silos.hpp"
#include "graph/layer.hpp"
#include "i18n/lang.hpp"
#include "model/map.hpp"
#include "render/map_analyses.hpp"
#include "render/render.hpp"
#include "render/render_input.hpp"

namespace stakemap::explore {

/// What the page shows.
struct ExploreInput {
  const model::Map* map = nullptr;  ///< indexed (reindex() called); the page applies privacy partners
  graph::Layer layer;               ///< the flows the page holds (the filters narrow them in the page)
  render::ViewSpec view;            ///< which organisations are laid out and shown
  i18n::Lang lang = i18n::Lang::en;
  std::string layout = "auto";         ///< Graphviz engine, as `render --layout`
  analysis::SiloSurvey silo_survey;    ///< survey answers the silo reasons add
  std::string title;                   ///< empty: the view's title
  const ResultCache* cache = nullptr;  ///< layouts and betweenness kept between runs (core/result_cache.hpp)
  /// Where a drawing of the same view put each organisation (render::Rendered::org_positions),
  /// to show the page as that drawing instead of laying it out again; used when it places every
  /// organisation the page shows. `placed_by` is that drawing's engine.
  std::vector<std::optional<render::NodePosition>> placed;
  std::string placed_by;
  /// Results a caller holds for the active flows of `layer` (its graph and betweenness),
  /// reused instead of computed again.
  render::GivenResults given;
};

/// The page and what it holds.
struct ExplorePage {
  std::string html;
  std::string layout;  ///< the Graphviz engine used
  int organisations = 0, flows = 0;
};

/// Lays out the view with Graphviz (render::place_map, the layouts of `render`; or takes the
/// positions of `placed`) and writes the page. Metrics (betweenness, degree), communities and silos are computed on the
/// active flows of the layer. Every text of the map is data in a JSON block escaped so that it cannot close the block;
/// the page shows it with textContent only. Throws like render::render_map().
ExplorePage explore_page(const ExploreInput& input);

/// `json` made safe inside <script type="application/json">: '<', '>' and '&' as \u escapes
/// (they occur only inside JSON strings, where the escapes read back the same).
std::string script_safe_json(const std::string& json);

}  // namespace stakemap::explore
