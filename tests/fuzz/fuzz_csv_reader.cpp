// libFuzzer entry point for the csv_reader target (see targets.hpp).
#include "targets.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return stakemap::fuzz::csv_reader(data, size);
}
