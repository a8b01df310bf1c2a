// What a path holds: told from the path, or from the kind the user names.
#include <doctest/doctest.h>

#include "dataset/fixture.hpp"
#include "ingest/source.hpp"

using namespace stakemap;
using ingest::Source;

TEST_CASE("detect: a folder is a dataset, file names tell the rest") {
  test::TempDir d;
  CHECK(ingest::detect(d.str()) == Source::dataset);
  CHECK(ingest::detect(d.write("flows.csv", "from,to\n")) == Source::flows);
  CHECK(ingest::detect(d.write("Organisations.csv", "id,name\n")) == Source::organisations);
  CHECK(ingest::detect(d.write("responses.csv", "org\n")) == Source::survey);
  CHECK_FALSE(ingest::detect(d.write("more.csv", "from,to\n")).has_value());
  CHECK_FALSE(ingest::detect(d.write("map.graphml", "<graphml/>")).has_value());
}

TEST_CASE("resolve: the kind named wins; errors name the option field, not a flag") {
  test::TempDir d;
  auto more = d.write("more.csv", "from,to\n");
  CHECK(ingest::resolve(more, "flows") == Source::flows);
  CHECK(ingest::resolve(more, "orgs") == Source::organisations);
  CHECK(ingest::resolve(more, "survey") == Source::survey);
  CHECK(ingest::resolve(more, "kumu") == Source::kumu);
  CHECK(ingest::resolve(d.str(), "kumu") == Source::kumu);
  CHECK(ingest::resolve(d.str()) == Source::dataset);
  CHECK_THROWS_WITH_AS(ingest::resolve(d / "nowhere"), (d / "nowhere" + ": no such file or folder").c_str(),
                       InputError);
  auto field_of = [](auto&& f) {
    try {
      f();
    } catch (const OptionError& e) { return e.fields(); }
    return std::vector<std::string>{};
  };
  CHECK(field_of([&] { ingest::resolve(more); }) == std::vector<std::string>{"kind"});
  CHECK(field_of([&] { ingest::resolve(more, "stuff"); }) == std::vector<std::string>{"kind"});
  CHECK(field_of([&] { ingest::resolve(d.str(), "flows"); }) == std::vector<std::string>{"kind", "kind"});
  CHECK_THROWS_WITH_AS(ingest::resolve(more, "surveys"),
                       "unknown kind 'surveys' (allowed: territories, orgs, flows, needs, survey, dataset (a "
                       "workbook), json, graphml, gexf, kumu)",
                       UsageError);
}

TEST_CASE("is_dataset and file_kind") {
  CHECK(ingest::is_dataset(Source::dataset));
  CHECK(ingest::is_dataset(Source::needs));
  CHECK_FALSE(ingest::is_dataset(Source::survey));
  CHECK_FALSE(ingest::is_dataset(Source::graphml));
  CHECK(ingest::file_kind(Source::territories) == dataset::FileKind::territories);
  CHECK_THROWS_AS(ingest::file_kind(Source::kumu), std::logic_error);
}
