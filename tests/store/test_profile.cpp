// A map's vocabulary in the store (store/profile.hpp): written, reopened, read back.
#include <doctest/doctest.h>

#include "core/errors.hpp"
#include "model/taxonomy.hpp"
#include "store/profile.hpp"
#include "store/writer.hpp"
#include "temp_dir.hpp"

using stakemap::store::Store;
using stakemap::store::Writer;

TEST_CASE("a map keeps its profile and the codes its datasets added") {
  test::TempDir dir;
  const auto path = (dir.path / "map.db").string();
  const std::string overlay =
      stakemap::model::Taxonomy::parse("facet,code,label_en,label_ro\nkind,coop,Co-op,Cooperativă\n", "t.csv").to_csv();
  {
    Store store(path, Store::Mode::write);
    CHECK(stakemap::store::vocabulary(store).profile == stakemap::model::kDefaultProfile);
    CHECK(stakemap::store::holds_nothing(store));
    Writer w(store, "test", "");
    w.set_vocabulary({"generic", overlay});
    w.commit("profile");
  }
  Store store(path, Store::Mode::read);
  auto v = stakemap::store::vocabulary(store);
  CHECK(v.profile == "generic");
  CHECK(v.overlay == overlay);
  auto map = store.load();
  CHECK(map.profile() == "generic");
  CHECK(map.taxonomy().has("level", "national"));
  CHECK_FALSE(map.taxonomy().has("level", "federal"));
  CHECK(map.taxonomy().label("kind", "coop", "ro") == "Cooperativă");
  CHECK(map.taxonomy().national_phrase("en") == "the national level");
}

TEST_CASE("a map without a profile is a Belgian one, with the bundled vocabulary") {
  Store store = Store::in_memory();
  auto map = store.load();
  CHECK(map.profile() == stakemap::model::kDefaultProfile);
  CHECK(map.taxonomy().has("public", "belgian-nationals"));
  CHECK(&map.taxonomy() == &stakemap::model::Taxonomy::builtin());
}
