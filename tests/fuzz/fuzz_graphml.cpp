// libFuzzer entry point for the graphml target (see targets.hpp).
#include "targets.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) { return stakemap::fuzz::graphml(data, size); }
