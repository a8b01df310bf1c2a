// `check` and `import` with --format json: their findings as one JSON array of objects.
#include <doctest/doctest.h>

#include <sstream>

#include "cli/diagnostics_output.hpp"
#include "core/errors.hpp"

using namespace stakemap;

namespace {
std::string json_of(const std::vector<Diagnostic>& d) {
  std::ostringstream out;
  cli::print_diagnostics_json(out, d);
  return out.str();
}
}  // namespace

TEST_CASE("diagnostics as JSON: position parts that do not apply are null; hostile text escaped") {
  using S = Diagnostic::Severity;
  std::vector<Diagnostic> d{
      {S::error, {"dir/organisations.csv", 2, 4}, "unknown kind code 'x\"\\\x01\xc3\xa9'", "x\"\\\x01\xc3\xa9"},
      {S::warning, {"flows.csv", 3, 0}, "self-loop"},
      {S::error, {}, "... and 3 more errors"}};
  CHECK(json_of(d) ==
        "[\n"
        " {\"file\": \"dir/organisations.csv\", \"line\": 2, \"column\": 4, \"value\": \"x\\\"\\\\\\u0001\xc3\xa9\", "
        "\"severity\": \"error\", \"message\": \"unknown kind code 'x\\\"\\\\\\u0001\xc3\xa9'\"},\n"
        " {\"file\": \"flows.csv\", \"line\": 3, \"column\": null, \"severity\": \"warning\", \"message\": "
        "\"self-loop\"},\n"
        " {\"file\": null, \"line\": null, \"column\": null, \"severity\": \"error\", \"message\": \"... and 3 more "
        "errors\"}\n"
        "]\n");
  CHECK(json_of({}) == "[]\n");
}
