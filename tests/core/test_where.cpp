// Where: a known position passes through; a lazy one is computed only when a diagnostic asks.
#include <doctest/doctest.h>

#include "core/where.hpp"

using namespace stakemap;

namespace {
int computed = 0;
Position line_of(const void* file, long line) {
  ++computed;
  return {static_cast<const char*>(file), line, 7};
}
}  // namespace

TEST_CASE("a known position is a Where and comes back whole") {
  Position at{"organisations.csv", 4, 9};
  Where w = at;
  CHECK(w.get().str() == at.str());
  Position back = w;  // a Where passes wherever a Position is taken
  CHECK(back.line == 4);
  CHECK(back.column == 9);
}

TEST_CASE("a lazy Where computes its position only when asked, each time from its source") {
  computed = 0;
  const char* file = "flows.csv";
  Where w(&line_of, file, 12);
  CHECK(computed == 0);
  Position p = w;
  CHECK(computed == 1);
  CHECK(p.file == "flows.csv");
  CHECK(p.line == 12);
  CHECK(p.column == 7);
  CHECK(w.get().str() == p.str());
  CHECK(computed == 2);
}
