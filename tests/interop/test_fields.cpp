// The attribute mapping every format shares: the field schema, as text.
#include <doctest/doctest.h>

#include "interop/fields.hpp"
#include "sample_map.hpp"

using namespace stakemap;
using namespace stakemap::interop;

TEST_CASE("interop fields: text form of lists, numbers and text") {
  auto m = test::sample_map();
  CHECK(get(m.organisations[0], "languages") == "fr|nl");
  CHECK(get(m.organisations[0], "willing_to_share") == "yes");
  CHECK(get(m.flows[0], "weight") == "2.5");
  CHECK(get(m.flows[3], "weight") == "1e-09");
  CHECK(get(m.flows[1], "weight") == "");
  CHECK(get(m.territories[3], "part_of") == "BE-VLG|BE-BRU");
  CHECK(get(m.needs[0], "weight") == "4240");
  CHECK(get(m.organisations[0], "no-such-field") == "");
}

TEST_CASE("interop fields: foreign keys are normalised") {
  CHECK(normalise_key(" Support Role ") == "support_role");
  CHECK(normalise_key("Willing-To-Share") == "willing_to_share");
  CHECK(normalise_key("Label") == "label");
  CHECK(attribute_keys(test::sample_map().organisations) ==
        std::vector<std::string>{"collects_data", "data_public", "notes"});
}
