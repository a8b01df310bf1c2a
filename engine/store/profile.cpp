#include "store/profile.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

#include <cstdint>

#include "model/map.hpp"
#include "model/taxonomy.hpp"
#include "store/connection.hpp"

namespace stakemap::store {

namespace {

std::string meta(const SQLite::Database& db, const char* key) {
  SQLite::Statement q(db, "SELECT value FROM meta WHERE key = ?");
  q.bind(1, key);
  return q.executeStep() ? q.getColumn(0).getString() : std::string();
}

void set_meta(SQLite::Database& db, const char* key, const std::string& value) {
  SQLite::Statement q(db, "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)");
  q.bind(1, key);
  q.bind(2, value);
  q.exec();
}

// FNV-1a of the map's vocabulary as this build reads it (its bundled profile and the overlay):
// tells whether the taxonomy table is current. Throws InputError for a profile this build lacks.
std::string taxonomy_digest(const Vocabulary& v) {
  std::uint64_t h = 14695981039346656037ull;
  auto add = [&](std::string_view s) {
    for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
    h = (h ^ 0xffu) * 1099511628211ull;
  };
  add(v.profile);
  add(v.overlay);
  add(model::Taxonomy::profile(v.profile).to_csv());
  return std::to_string(h);
}

}  // namespace

Vocabulary read_vocabulary(const SQLite::Database& db) {
  Vocabulary v;
  if (auto p = meta(db, "profile"); !p.empty()) v.profile = p;
  v.overlay = meta(db, "taxonomy_overlay");
  return v;
}

Vocabulary vocabulary(const Store& store) { return read_vocabulary(Connection::of(store)); }

bool holds_nothing(const Store& store) {
  SQLite::Statement q(Connection::of(store),
                      "SELECT (SELECT count(*) FROM territory) + (SELECT count(*) FROM organisation) + "
                      "(SELECT count(*) FROM survey_answer)");
  return q.executeStep() && q.getColumn(0).getInt64() == 0;
}

void write_vocabulary(SQLite::Database& db, const Vocabulary& v) {
  set_meta(db, "profile", v.profile);
  set_meta(db, "taxonomy_overlay", v.overlay);
  refresh_taxonomy(db);
}

bool taxonomy_current(SQLite::Database& db) {
  SQLite::Statement stored(db, "SELECT value FROM meta WHERE key = 'taxonomy_digest'");
  return stored.executeStep() && stored.getColumn(0).getString() == taxonomy_digest(read_vocabulary(db));
}

void refresh_taxonomy(SQLite::Database& db) {
  if (taxonomy_current(db)) return;
  Vocabulary v = read_vocabulary(db);
  db.exec("DELETE FROM taxonomy");
  SQLite::Statement ins(db,
                        "INSERT OR REPLACE INTO taxonomy(facet, code, label_en, label_fr, label_nl, description) "
                        "VALUES (?, ?, ?, ?, ?, ?)");
  const model::Taxonomy tax = model::profile_taxonomy(v.profile, v.overlay);
  for (const auto& facet : tax.facets())
    for (const auto& c : tax.codes(facet)) {
      ins.reset();
      ins.bind(1, facet);
      ins.bind(2, c.code);
      int column = 3;
      for (const char* lang : {"en", "fr", "nl"}) ins.bind(column++, c.label(lang));
      ins.bind(6, c.description);
      ins.exec();
    }
  set_meta(db, "taxonomy_digest", taxonomy_digest(v));
}

}  // namespace stakemap::store
