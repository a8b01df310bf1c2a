// What both Kumu formats share: element ids from labels (slugs).
#include <doctest/doctest.h>

#include "interop/kumu.hpp"

using namespace stakemap::interop;

TEST_CASE("kumu: slugs") {
  CHECK(slug("Croix-Rouge de Belgique") == "croix-rouge-de-belgique");
  CHECK(slug("  CPAS  Liège!") == "cpas-liege");
  CHECK(slug("Київ") == "Київ");  // nothing to fold to ASCII: the label itself
}
