#include "cli/layer_options.hpp"

#include <cxxopts.hpp>

namespace stakemap::cli {

void add_layer_options(cxxopts::Options& options, const std::string& default_layer) {
  options.add_options("layer")(
      "layer",
      "flows analysed: comma-separated codes of status (active, desired, blocked, any), basis "
      "(mandatory, voluntary, on-request), regularity (regular, sporadic), population (all, ukraine, both)",
      cxxopts::value<std::string>()->default_value(default_layer))(
      "weighted", "use flow weights (weight column, else frequency/regularity; see docs/metrics.md)");
}

graph::Layer layer_from(const cxxopts::ParseResult& result) {
  return graph::Layer::parse(result["layer"].as<std::string>());
}

bool weighted_from(const cxxopts::ParseResult& result) { return result.count("weighted") > 0; }

}  // namespace stakemap::cli
