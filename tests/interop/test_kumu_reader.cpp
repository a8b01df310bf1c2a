// What both Kumu formats share: element ids from labels (slugs).
#include <doctest/doctest.h>

#include "interop/kumu.hpp"

using namespace stakemap::interop;

TEST_CASE("kumu: slugs") {
  CHECK(slug("Abri Solidaire de Valmont") == "abri-solidaire-de-valmont");
  CHECK(slug("  CPAS  Valmère!") == "cpas-valmere");
  CHECK(slug("Київ") == "київ");  // letters of any script kept, case folded
  CHECK(slug("Asociația Obștească Casa Speranței") == "asociatia-obsteasca-casa-sperantei");
  CHECK(slug("«»") == "«»");  // no letter at all: the label itself
}
