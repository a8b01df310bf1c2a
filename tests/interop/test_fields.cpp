// The attribute mapping every format shares follows the dataset columns exactly.
#include <doctest/doctest.h>

#include "dataset/columns.hpp"
#include "interop/fields.hpp"
#include "sample_map.hpp"

using namespace stakemap;
using namespace stakemap::interop;

namespace {
template <class T>
void check_same_columns() {
  const auto& cols = dataset::columns(kind_of<T>());
  const auto& s = slots<T>();
  REQUIRE(s.size() == cols.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    CHECK(std::string(s[i].column) == cols[i].name);
    bool list = cols[i].check == dataset::Check::list || cols[i].check == dataset::Check::codes ||
                cols[i].check == dataset::Check::territories;
    CHECK((s[i].list != nullptr) == list);
    CHECK((s[i].number != nullptr) == (cols[i].check == dataset::Check::number));
  }
}
}  // namespace

TEST_CASE("interop fields: one slot per dataset column, same names, order and shape") {
  check_same_columns<model::Territory>();
  check_same_columns<model::Organisation>();
  check_same_columns<model::Flow>();
  check_same_columns<model::Need>();
}

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
  CHECK(is_personal("contact_email"));
  CHECK_FALSE(is_personal("name"));
}

TEST_CASE("interop fields: foreign keys are normalised") {
  CHECK(normalise_key(" Support Role ") == "support_role");
  CHECK(normalise_key("Willing-To-Share") == "willing_to_share");
  CHECK(normalise_key("Label") == "label");
  CHECK(attribute_keys(test::sample_map().organisations) == std::vector<std::string>{"collects_data", "data_public", "notes"});
}
