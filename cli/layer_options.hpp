#pragma once
// The --layer and --weighted options shared by every command that analyses the flow graph.
#include <string>

#include "graph/layer.hpp"

namespace cxxopts {
class Options;
class ParseResult;
}  // namespace cxxopts

namespace stakemap::cli {

/// Adds --layer SPEC (default `default_layer`, "active" unless given) and --weighted.
void add_layer_options(cxxopts::Options& options, const std::string& default_layer = "active");
/// The layer the options select; throws UsageError on an unknown term.
graph::Layer layer_from(const cxxopts::ParseResult& result);
/// True when --weighted was given.
bool weighted_from(const cxxopts::ParseResult& result);

}  // namespace stakemap::cli
