// libFuzzer entry point for the dataset_import target (see targets.hpp).
#include "targets.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return stakemap::fuzz::dataset_import(data, size);
}
