#pragma once
// Internal to engine/store/: the SQLite connection behind a Store, for the store's own typed
// functions (known_ids, answers, history, contents) and its tests. Code outside engine/store/
// must not include this header: it reads and writes a map through those functions.
#include <SQLiteCpp/SQLiteCpp.h>

#include "store/store.hpp"

namespace stakemap::store {

/// The connection of a store (reading through a const Store needs no write access).
struct Connection {
  static SQLite::Database& of(Store& s) { return s.db(); }
  static const SQLite::Database& of(const Store& s) { return s.db(); }
};

}  // namespace stakemap::store
