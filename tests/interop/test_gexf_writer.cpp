// GEXF written by stakemap: GEXF 1.2 with directed edges; organisations and flows read back
// the same (territories and needs are not GEXF's).
#include <doctest/doctest.h>

#include "interop/gexf_reader.hpp"
#include "interop/gexf_writer.hpp"
#include "sample_map.hpp"

using namespace stakemap;
using namespace stakemap::interop;
using test::territories_of;

namespace {
std::string gexf(const model::Map& m) {
  std::ostringstream out;
  ExportOptions o;
  o.personal = true;
  write_gexf(m, o, out);
  return out.str();
}
}  // namespace

TEST_CASE("gexf: organisations and flows round-trip (territories and needs are not GEXF's)") {
  auto m = test::sample_map();
  std::string text = gexf(m);
  CHECK(text.find("xmlns=\"http://www.gexf.net/1.2draft\" version=\"1.2\"") != std::string::npos);
  CHECK(text.find("defaultedgetype=\"directed\"") != std::string::npos);
  dataset::Diagnostics d;
  auto back = test::read_text(text, read_gexf, d, territories_of(m));
  CHECK(test::messages(d) == "");
  CHECK(test::as_json(back) == test::as_json(test::without_territories_and_needs(m)));
}
