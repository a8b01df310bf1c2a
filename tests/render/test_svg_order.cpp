#include <doctest/doctest.h>

#include "render/fixture_map.hpp"
#include "render/render.hpp"
#include "render/svg_order.hpp"

using namespace stakemap::render;
using namespace stakemap::render::testing;

TEST_CASE("context edges are moved under every node and other edge, in their order") {
  const std::string svg =
      "<svg>\n<g id=\"graph0\" class=\"graph\">\n<title>g</title>\n<polygon fill=\"white\"/>\n"
      "<g id=\"node1\" class=\"node\">\n<title>n0</title>\n</g>\n"
      "<g id=\"edge1\" class=\"edge\">\n<path d=\"a\"/>\n</g>\n"
      "<g id=\"edge2\" class=\"edge context\">\n<g id=\"a_edge2\"><a><path d=\"b\"/></a></g>\n</g>\n"
      "<g id=\"node2\" class=\"node\">\n<title>n1</title>\n</g>\n"
      "<g id=\"edge3\" class=\"edge context\">\n<path d=\"c\"/>\n</g>\n"
      "</g>\n</svg>\n";
  const auto out = context_edges_first(svg);
  CHECK(out.size() == svg.size());
  const auto at = [&](const char* id) { return out.find(std::string("id=\"") + id + "\""); };
  CHECK(at("edge2") < at("edge3"));
  CHECK(at("edge3") < at("node1"));
  CHECK(at("node1") < at("edge1"));
  CHECK(at("edge1") < at("node2"));
  CHECK(out.find("<polygon fill=\"white\"/>") < at("edge2"));
  CHECK(out.find("<g id=\"a_edge2\"><a><path d=\"b\"/></a></g>\n</g>") != std::string::npos);  // moved whole
  CHECK(out.substr(out.size() - 12) == "</g>\n</svg>\n");
  const std::string plain = "<svg><g id=\"node1\" class=\"node\"></g></svg>";
  CHECK(context_edges_first(plain) == plain);
}

TEST_CASE("the gaps view's SVG draws its context lines first") {
  auto map = fixture_map();
  RenderOptions opts;
  opts.format = ImageFormat::svg;
  const auto svg = render_map(input_for(map, "gaps"), opts).bytes;
  const auto first_node = svg.find("class=\"node\"");
  const auto last_context = svg.rfind("class=\"edge context\"");
  REQUIRE(last_context != std::string::npos);
  CHECK(last_context < first_node);
  CHECK(last_context < svg.find("class=\"edge\""));  // edges are drawn before nodes (outputorder)
}
