// Organisations with hostile names render: the DOT re-parses and holds the names as
// written, the SVG shows them as written (escaped XML, no links or scripts).
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>

#include "core/text.hpp"
#include "render/dot_reader.hpp"
#include "render/fixture_map.hpp"
#include "render/labels.hpp"
#include "render/render.hpp"

using namespace stakemap;
using namespace stakemap::render;
using namespace stakemap::render::testing;

namespace {

const std::vector<std::string>& hostile_names() {
  static const std::vector<std::string> names{
      "Quote \"inside\" name",
      "Trailing backslash \\",
      "Escapes \\N \\G \\E \\T \\H \\L \\n \\l",
      "<b>bold</b> & <i>co</i> &amp;",
      "Emoji \xF0\x9F\x99\x82 org",
      "\xD9\x85\xD8\xA4\xD8\xB3\xD8\xB3\xD8\xA9 \xD7\xA2\xD7\x9E\xD7\x95\xD7\xAA\xD7\x94 RTL",
      "]; n1 -> n0 [label=\"x\" URL=\"http://evil\"",
      "</text><script>alert(1)</script>",
      "=HYPERLINK(\"http://evil\") -- it's",
      "Entities &; &#; &#x; &lt; &#60; &#x3C; &amp;",
  };
  return names;
}

model::Map hostile_map() {
  model::Map m;
  model::Territory t;
  t.id = "T";
  t.kind = "region";
  t.name = "Region \"<&>\" \\G \\";
  m.territories.push_back(t);
  int i = 0;
  for (const auto& name : hostile_names())
    m.organisations.push_back(org("o" + std::to_string(i++), name, "local", "ngo", "first-line", {"T"}));
  m.organisations.push_back(org("ctrl", "Ctrl\x01\x07\x1b chars\nand newline", "local", "ngo", "", {"T"}));
  for (std::size_t k = 0; k + 1 < m.organisations.size(); ++k)
    m.flows.push_back(flow(m.organisations[k].id, m.organisations[k + 1].id, "active", "voluntary", "regular"));
  m.flows.push_back(flow("o0", "o1", "blocked", "voluntary", "", {"gdpr"}));
  m.reindex();
  return m;
}

// Decodes the XML entities the SVG renderer writes.
std::string xml_decode(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '&') {
      out += s[i];
      continue;
    }
    auto end = s.find(';', i);
    REQUIRE(end != std::string::npos);
    std::string entity = s.substr(i + 1, end - i - 1);
    if (entity == "amp") out += '&';
    else if (entity == "lt") out += '<';
    else if (entity == "gt") out += '>';
    else if (entity == "quot") out += '"';
    else if (entity == "apos") out += '\'';
    else if (entity.size() > 1 && entity[0] == '#') {
      long cp = entity[1] == 'x' ? std::strtol(entity.c_str() + 2, nullptr, 16)
                                 : std::strtol(entity.c_str() + 1, nullptr, 10);
      text::append_utf8(out, cp == 160 ? U' ' : static_cast<char32_t>(cp));
    } else {
      FAIL("unknown entity " << entity);
    }
    i = end;
  }
  return out;
}

// The decoded content of every <text> element of an SVG document.
std::vector<std::string> svg_texts(const std::string& svg) {
  std::vector<std::string> out;
  for (std::size_t at = svg.find("<text"); at != std::string::npos; at = svg.find("<text", at + 1)) {
    auto open_end = svg.find('>', at);
    auto close = svg.find("</text>", open_end);
    REQUIRE(close != std::string::npos);
    std::string body = svg.substr(open_end + 1, close - open_end - 1);
    CHECK(body.find('<') == std::string::npos);  // text only, no markup got through
    out.push_back(xml_decode(body));
  }
  return out;
}

bool has(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

}  // namespace

TEST_CASE("hostile names: the DOT re-parses with one node per organisation and the labels as stored") {
  auto map = hostile_map();
  auto in = input_for(map, "map");
  in.encoding.wrap = 200;
  in.encoding.cluster = ClusterBy::territory;
  in.layer = graph::Layer::parse("any");
  RenderOptions opts;
  opts.format = ImageFormat::dot;
  auto r = read_back(render_map(in, opts).bytes);
  REQUIRE(r.nodes.size() == map.organisations.size());
  CHECK(r.edges.size() == map.flows.size());
  for (std::size_t i = 0; i < hostile_names().size(); ++i) {
    CAPTURE(hostile_names()[i]);
    CHECK(r.nodes[i].at("label") == graphviz_text(hostile_names()[i]));
    CHECK(r.nodes[i].count("URL") == 0);
  }
  CHECK(r.nodes.back().at("label") == "Ctrl chars and newline");
  CHECK(r.clusters.count(graphviz_text(map.territories[0].name)) == 1);
}

TEST_CASE("hostile names: the SVG shows every name as written, in every view") {
  auto map = hostile_map();
  for (const std::string view : {"map", "ego:o3:2", "territory:T", "obstacles"}) {
    CAPTURE(view);
    auto in = input_for(map, view);
    in.encoding.wrap = 200;
    in.encoding.cluster = ClusterBy::territory;
    RenderOptions opts;
    auto svg = render_map(in, opts).bytes;
    CHECK(svg.find("<script") == std::string::npos);
    CHECK(svg.find("href") == std::string::npos);
    CHECK(svg.find("http://evil\"") == std::string::npos);
    auto texts = svg_texts(svg);
    if (view == "obstacles") continue;  // only o0 and o1 are in it
    for (const auto& name : hostile_names()) {
      if (view == "ego:o3:2" && name != hostile_names()[3] && name != hostile_names()[2] &&
          name != hostile_names()[1] && name != hostile_names()[4] && name != hostile_names()[5])
        continue;
      CHECK_MESSAGE(has(texts, name), name);
    }
    if (view == "ego:o3:2") CHECK(has(texts, "Ego network of <b>bold</b> & <i>co</i> &amp; (radius 2)"));
    if (view == "territory:T") CHECK(has(texts, "Organisations acting in Region \"<&>\" \\G \\"));
    if (view == "map") CHECK(has(texts, "Ctrl chars and newline"));
  }
}
