// OptionError: the engine names option fields; whoever prints the message names them its way.
#include <doctest/doctest.h>

#include "core/errors.hpp"

using namespace stakemap;

TEST_CASE("an option error names fields, written as they are by what() and as asked by text()") {
  OptionError e({"more ", option_field("must"), " organisations (2) than ", option_field("k"), " 1"});
  CHECK(std::string(e.what()) == "more must organisations (2) than k 1");
  CHECK(e.fields() == std::vector<std::string>{"must", "k"});
  CHECK(e.text([](const std::string& f) { return "<" + f + ">"; }) == "more <must> organisations (2) than <k> 1");
  const UsageError& as_usage = e;  // exit code 2, like every usage error
  CHECK(std::string(as_usage.what()).find("must") != std::string::npos);
}

TEST_CASE("an unknown option value lists what is allowed") {
  auto e = OptionError::unknown("layout", "spring", "dot, fdp");
  CHECK(std::string(e.what()) == "unknown layout 'spring' (allowed: dot, fdp)");
  CHECK(e.fields() == std::vector<std::string>{"layout"});
  CHECK(e.text([](const std::string& f) { return "--" + f; }) == "unknown --layout 'spring' (allowed: dot, fdp)");
}

TEST_CASE("values that look like fields stay text") {
  auto e = OptionError::unknown("by", "{k}", "none");
  CHECK(e.text([](const std::string&) { return std::string("FLAG"); }) == "unknown FLAG '{k}' (allowed: none)");
}

TEST_CASE("OptionInputError: bad data named through an option is an InputError naming fields") {
  OptionInputError e({"unknown organisation 'x' in ", option_field("view"), " ego"});
  const InputError& input = e;  // exit code 1, not a usage error
  CHECK(std::string(input.what()) == "unknown organisation 'x' in view ego");
  CHECK(e.fields() == std::vector<std::string>{"view"});
  CHECK(e.text([](const std::string& f) { return "--" + f; }) == "unknown organisation 'x' in --view ego");
  CHECK(dynamic_cast<const UsageError*>(static_cast<const std::exception*>(&e)) == nullptr);
  const FieldMessage& fields = OptionError::unknown("layout", "x", "dot");
  CHECK(fields.fields() == std::vector<std::string>{"layout"});
}
