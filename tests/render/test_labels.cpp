#include <doctest/doctest.h>
#include <graphviz/cgraph.h>

#include <string>

#include "render/fixture_map.hpp"
#include "render/labels.hpp"

using namespace stakemap;
using namespace stakemap::render;

namespace {

// What Graphviz shows for a plain label held in memory: \\ is a backslash, \n \l \r end
// a line, any other \x shows x (the \N-style substitutions only act on a single backslash,
// which graphviz_text never leaves); "&amp;" is an ampersand.
std::string shown(const std::string& stored) {
  std::string out;
  for (std::size_t i = 0; i < stored.size(); ++i) {
    if (stored.compare(i, 5, "&amp;") == 0) {
      out += '&';
      i += 4;
    } else if (stored[i] == '\\' && i + 1 < stored.size()) {
      char c = stored[++i];
      out += (c == 'n' || c == 'l' || c == 'r') ? '\n' : c;
    } else {
      out += stored[i];
    }
  }
  return out;
}

// Stores `value` as a node label, writes the graph as DOT, reads it back with cgraph and
// returns the label read.
std::string round_trip(const std::string& value) {
  Agraph_t* g = agopen(const_cast<char*>("g"), Agdirected, nullptr);
  Agnode_t* n = agnode(g, const_cast<char*>("n0"), 1);
  agsafeset(n, const_cast<char*>("label"), const_cast<char*>(value.c_str()), const_cast<char*>(""));
  char* buffer = nullptr;
  std::size_t size = 0;
  FILE* f = open_memstream(&buffer, &size);
  agwrite(g, f);
  std::fclose(f);
  agclose(g);
  std::string dot(buffer, size);
  std::free(buffer);
  Agraph_t* back = agmemread(dot.c_str());
  REQUIRE_MESSAGE(back != nullptr, dot);
  Agnode_t* m = agfstnode(back);
  REQUIRE(m != nullptr);
  CHECK(agnnodes(back) == 1);
  std::string label = agget(m, const_cast<char*>("label"));
  agclose(back);
  return label;
}

}  // namespace

TEST_CASE("graphviz_text shows hostile text literally, in memory and after DOT round trip") {
  const std::vector<std::string> hostile{
      "Trailing backslash \\",
      "Quote \"inside\" name",
      "Backslash then quote \\\" end",
      "Escapes \\N \\G \\E \\T \\H \\L \\n \\l \\r",
      "<b>bold</b> & <i>co</i>",
      "]; n1 -> n0 [label=\"x",
      "Emoji \xF0\x9F\x99\x82 org",
      "\xD9\x85\xD8\xA4\xD8\xB3\xD8\xB3\xD8\xA9 RTL",
      "\\\\ double \\\\\\",
      "Entities &amp; &lt; &; &#; &#60; & alone",
  };
  for (const auto& name : hostile) CHECK(graphviz_text(name).find('&') == graphviz_text(name).find("&amp;"));
  for (const auto& name : hostile) {
    CAPTURE(name);
    std::string stored = graphviz_text(name);
    CHECK(shown(stored) == name);
    CHECK(round_trip(stored) == stored);
  }
}

TEST_CASE("graphviz_text: newline as a line break, other control characters dropped") {
  CHECK(graphviz_text("a\nb") == "a\\nb");
  CHECK(graphviz_text("a\x01\x07"
                      "b\x7F") == "ab");
  CHECK(graphviz_text("a\\") == "a\\\\");
  CHECK(graphviz_text("q\"x") == "q\"x");
  CHECK(graphviz_text("a & b &amp;") == "a &amp; b &amp;amp;");
  CHECK(graphviz_text("bad \xEF\xBF\xBE\xEF\xBF\xBF end") == "bad  end");
  CHECK(html_text("a\\G <b> & \"") == "a\\\\G &lt;b&gt; &amp; &quot;");
  CHECK(graphviz_lines({"one \\", "two"}) == "one \\\\\\ntwo");
  CHECK(round_trip(graphviz_lines({"one \\", "two \""})) == graphviz_lines({"one \\", "two \""}));
}

TEST_CASE("labels: id, wrapped name, short name") {
  auto o = render::testing::org("cpas-x", "Public centre for social welfare of Antwerp", "local", "", "", {});
  CHECK(label_lines(o, LabelMode::id, 18) == std::vector<std::string>{"cpas-x"});
  CHECK(label_lines(o, LabelMode::name, 18) ==
        std::vector<std::string>{"Public centre for", "social welfare of", "Antwerp"});
  CHECK(label_lines(o, LabelMode::short_name, 18) == std::vector<std::string>{"Public centre for\u2026"});
  o.name = "Line one\nLine\ttwo";
  CHECK(label_lines(o, LabelMode::name, 40) == std::vector<std::string>{"Line one Line two"});
  CHECK(without_controls("a\x01"
                         "b") == "a b");
}

TEST_CASE("labels: short labels are unique among the drawn organisations") {
  using render::testing::org;
  model::Map m;
  auto ter = [&](std::string id, std::string name) {
    model::Territory t;
    t.id = std::move(id);
    t.kind = "province";
    t.name = std::move(name);
    m.territories.push_back(t);
  };
  ter("ANT", "Antwerp");
  ter("LIM", "Limburg");
  m.organisations = {
      org("cpas-ant", "Public social welfare centre, city in Antwerp province", "local", "", "", {"ANT"}),
      org("cpas-lim", "Public social welfare centre, city in Limburg", "local", "", "", {"LIM"}),
      org("reception", "Agency for the reception of newcomers", "federal", "", "", {}),
      org("twin-a", "Same name", "local", "", "", {"ANT"}),
      org("twin-b", "Same name", "local", "", "", {"LIM"}),
      org("twin-c", "Same name", "local", "", "", {"LIM"}),
  };
  m.organisations[2].aliases = {"A very long alias that does not fit", "Recepta"};
  m.reindex();
  auto labels = node_labels(m, {0, 1, 2, 3, 4, 5}, LabelMode::short_name, 18, i18n::Lang::en);
  using Lines = std::vector<std::string>;
  // Names that share their first line: their last words that fit, after the words they share
  // ("... city in").
  CHECK(labels[0] == Lines{"Public social\u2026", "\u2026Antwerp province"});
  CHECK(labels[1] == Lines{"Public social\u2026", "\u2026Limburg"});
  // The first alias that fits on a line.
  CHECK(labels[2] == Lines{"Recepta"});
  // The same name: the territory, then the id when the territory is shared too.
  CHECK(labels[3] == Lines{"Same name", "Antwerp"});
  CHECK(labels[4] == Lines{"Same name", "twin-b"});
  CHECK(labels[5] == Lines{"Same name", "twin-c"});
  // Other modes are label_lines, organisation by organisation.
  CHECK(node_labels(m, {2}, LabelMode::id, 18, i18n::Lang::en) == std::vector<Lines>{{"reception"}});
}
