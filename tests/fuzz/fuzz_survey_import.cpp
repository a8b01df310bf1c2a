// libFuzzer entry point for the survey_import target (see targets.hpp).
#include "targets.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return stakemap::fuzz::survey_import(data, size);
}
