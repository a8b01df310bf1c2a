// Replays every seed of the fuzz corpus and every input a fuzzer ever crashed on
// (tests/fuzz/corpus/<target>/, tests/fuzz/regressions/<target>/) through the fuzz
// targets, in every build: a crash found once stays a test forever.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "fuzz/targets.hpp"

namespace fs = std::filesystem;

namespace {
int replay(const std::string& target, int (*run)(const uint8_t*, std::size_t)) {
  int files = 0;
  for (const char* kind : {"corpus", "regressions"}) {
    fs::path dir = fs::path(STAKEMAP_SOURCE_DIR) / "tests" / "fuzz" / kind / target;
    if (!fs::is_directory(dir)) continue;
    for (const auto& entry : fs::directory_iterator(dir)) {
      std::ifstream in(entry.path(), std::ios::binary);
      std::string data((std::istreambuf_iterator<char>(in)), {});
      INFO("input: " << entry.path().string());
      CHECK_NOTHROW(run(reinterpret_cast<const uint8_t*>(data.data()), data.size()));
      ++files;
    }
  }
  return files;
}
}  // namespace

TEST_CASE("fuzz corpus and regressions replay cleanly") {
  using namespace stakemap::fuzz;
  CHECK(replay("csv_reader", csv_reader) > 0);
  CHECK(replay("dataset_import", dataset_import) > 0);
  CHECK(replay("graphml", graphml) > 0);
  CHECK(replay("gexf", gexf) > 0);
  CHECK(replay("kumu_json", kumu_json) > 0);
  CHECK(replay("stakemap_json", stakemap_json) > 0);
  CHECK(replay("kumu_csv", kumu_csv) > 0);
  CHECK(replay("survey_import", survey_import) > 0);
  CHECK(replay("xlsx_reader", xlsx_reader) > 0);
  CHECK(replay("map_image", map_image) > 0);
}
