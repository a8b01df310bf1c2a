// libFuzzer entry point for the stakemap_json target (see targets.hpp).
#include "targets.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return stakemap::fuzz::stakemap_json(data, size);
}
