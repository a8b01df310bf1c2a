// The models/ files embedded in the binary: byte for byte the files of the source tree.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "model/embedded.hpp"

namespace fs = std::filesystem;
using stakemap::model::embedded_model;

namespace {
std::string read_bytes(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}
}  // namespace

TEST_CASE("embedded: every models/ file is embedded, byte for byte, keyed by its relative path") {
  fs::path models = fs::path(STAKEMAP_SOURCE_DIR) / "models";
  std::size_t on_disk = 0;
  for (const auto& e : fs::recursive_directory_iterator(models)) {
    auto ext = e.path().extension().string();
    if (!e.is_regular_file() || (ext != ".csv" && ext != ".sql" && ext != ".json" && ext != ".js" && ext != ".css"))
      continue;
    ++on_disk;
    std::string rel = fs::relative(e.path(), models).generic_string();
    CAPTURE(rel);
    CHECK(std::string(embedded_model(rel)) == read_bytes(e.path()));
  }
  CHECK(on_disk >= 4);  // taxonomy, messages, a questionnaire, a migration
  CHECK(stakemap::embedded::model_files().size() == on_disk);
  CHECK(stakemap::embedded::model_files().count("taxonomy.csv") == 1);
  CHECK(stakemap::embedded::model_files().count("migrations/001_core.sql") == 1);
  CHECK(stakemap::embedded::model_files().count("explore/explore.js") == 1);  // the explorer's page
  CHECK(stakemap::embedded::model_files().count("explore/explore.css") == 1);
}

TEST_CASE("embedded: a file that was not embedded is a logic error naming models/PATH") {
  CHECK_THROWS_WITH_AS(embedded_model("nope.csv"), "model file not embedded: models/nope.csv", std::logic_error);
  CHECK_THROWS_AS(embedded_model(""), std::logic_error);
  CHECK_THROWS_AS(embedded_model("/taxonomy.csv"), std::logic_error);  // keys are relative
}
