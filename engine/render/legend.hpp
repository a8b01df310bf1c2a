#pragma once
// The map's title block and legend, drawn as one Graphviz HTML-like label at the top of
// the map (the same with every layout engine).
#include <string>
#include <vector>

#include "i18n/lang.hpp"
#include "render/render_input.hpp"
#include "render/scene.hpp"

namespace stakemap::render {

/// The legend section that names each obstacle code shown on links, with its taxonomy label.
LegendSection obstacle_section(const model::Taxonomy& tax, const std::vector<std::string>& codes, i18n::Lang lang);

/// "Map as of DATE · flows: LAYER · N organisations, M links" (parts left out when empty;
/// the layer is not named in the obstacles view, which ignores it).
std::string subtitle(const RenderInput& input, const Scene& scene);

/// The HTML-like label (without the enclosing < >) holding title, subtitle and the legend
/// sections that have entries, side by side. Every text goes through html_text (labels.hpp);
/// long texts are wrapped.
std::string legend_html(const Scene& scene);

}  // namespace stakemap::render
