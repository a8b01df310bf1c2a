// libFuzzer entry point for the xlsx_reader target (see targets.hpp).
#include "targets.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return stakemap::fuzz::xlsx_reader(data, size);
}
