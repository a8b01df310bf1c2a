// Large inputs are streamed: reading hundreds of megabytes of CSV, or importing a large
// flows.csv, keeps peak memory flat (the 1 GB run is in bench/hardening).
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <istream>
#include <streambuf>
#include <string>

#include "dataset/importer.hpp"
#include "io/csv_reader.hpp"
#include "store/store.hpp"
#include "temp_dir.hpp"

namespace fs = std::filesystem;
using namespace stakemap;

#if defined(__SANITIZE_ADDRESS__)
#define STAKEMAP_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define STAKEMAP_ASAN 1
#endif
#endif
#ifdef STAKEMAP_ASAN
// ASan keeps freed memory in quarantine, so RSS says nothing there: smaller runs, no bound.
constexpr std::size_t kMiB = 1 << 20, kStreamBytes = 16 * kMiB, kFileBytes = 4 * kMiB;
constexpr bool kCheckMemory = false;
#else
constexpr std::size_t kMiB = 1 << 20, kStreamBytes = 256 * kMiB, kFileBytes = 64 * kMiB;
constexpr bool kCheckMemory = true;
#endif

namespace {

// Rows of a flows.csv generated on the fly: nothing is held in memory.
class FlowRows final : public std::streambuf {
 public:
  FlowRows(std::size_t bytes, int orgs) : left_(bytes), orgs_(orgs) {
    row_ = "from,to,note\n";
    setg(row_.data(), row_.data(), row_.data() + row_.size());
  }

 protected:
  int_type underflow() override {
    if (left_ == 0) return traits_type::eof();
    int a = n_ % orgs_, b = (a + 1 + n_ / orgs_) % orgs_;
    ++n_;
    row_.clear();
    row_ += 'o';
    row_ += std::to_string(a);
    row_ += ",o";
    row_ += std::to_string(b);
    row_ += ",\"";
    row_ += std::string(900, 'x');
    row_ += " \"\"quoted\"\", note ";
    row_ += std::to_string(n_);
    row_ += "\"\n";
    left_ = row_.size() >= left_ ? 0 : left_ - row_.size();
    setg(row_.data(), row_.data(), row_.data() + row_.size());
    return traits_type::to_int_type(row_[0]);
  }

 private:
  std::size_t left_;
  int orgs_, n_ = 0;
  std::string row_;
};

// kB of a /proc/self/status line ("VmRSS", "VmHWM").
long status_kb(const std::string& key) {
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line))
    if (line.rfind(key + ":", 0) == 0) return std::stol(line.substr(key.size() + 1));
  return -1;
}

// Resets the peak RSS so that VmHWM measures from now on.
void reset_peak() { std::ofstream("/proc/self/clear_refs") << "5"; }

}  // namespace

TEST_CASE("the CSV reader streams: 256 MB of rows, flat memory") {
  reset_peak();
  long before = status_kb("VmRSS");
  FlowRows rows(kStreamBytes, 1000);
  std::istream in(&rows);
  io::CsvReader csv(in, "generated.csv");
  std::vector<std::string> fields;
  long records = 0;
  while (csv.next(fields)) {
    REQUIRE(fields.size() == 3);
    ++records;
  }
  CHECK(csv.bytes_read() >= kStreamBytes);
  CHECK(records > static_cast<long>(kStreamBytes / 1000));
  long growth_kb = status_kb("VmHWM") - before;
  MESSAGE("read " << csv.bytes_read() / kMiB << " MiB, " << records << " records; peak RSS grew by " << growth_kb
                  << " kB");
  if (kCheckMemory) CHECK(growth_kb < 16 * 1024);
}

TEST_CASE("a dataset import streams: a large flows.csv, flat memory") {
  test::TempDir tmp;  // unique: parallel runs of this test do not share a folder
  const fs::path& dir = tmp.path;
  fs::create_directories(dir / "data");
  {
    std::ofstream orgs(dir / "data" / "organisations.csv");
    orgs << "id,name\n";
    for (int i = 0; i < 1000; ++i) orgs << "o" << i << ",Organisation " << i << "\n";
    FlowRows rows(kFileBytes, 1000);
    std::ofstream(dir / "data" / "flows.csv") << &rows;
  }
  // Into a map file, and into the scratch map of `check DIR` and of a dry run without a map.
  bool scratch = false;
  SUBCASE("map file") {}
  SUBCASE("scratch map") { scratch = true; }
  reset_peak();
  long before = status_kb("VmRSS");
  store::Store store =
      scratch ? store::Store::scratch() : store::Store((dir / "map.db").string(), store::Store::Mode::write);
  // The page cache is memory by design (256 MiB by default, more than this file's map): keep
  // it small here so that what is measured is the import's own memory, which must not grow
  // with the input.
  store.set_write_cache_mib(8);
  dataset::ImportOptions options;
  options.dry_run = true;
  auto report = dataset::import_dataset(store, (dir / "data").string(), options);
  CHECK(report.counts.flows > static_cast<long>(kFileBytes / 1000));
  long growth_kb = status_kb("VmHWM") - before;
  MESSAGE("imported " << fs::file_size(dir / "data" / "flows.csv") / kMiB << " MiB of flows (" << report.counts.flows
                      << " rows, dry run); peak RSS grew by " << growth_kb << " kB");
  if (kCheckMemory) CHECK(growth_kb < 48 * 1024);
}
