// The change log of the records a batch touched (store/writer_log.cpp) against the comparison of
// the whole map before and after the batch, on batches that mix every way of writing a map.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "store/record_text.hpp"
#include "store/writer.hpp"

using stakemap::store::all_fields;
using stakemap::store::Carried;
using stakemap::store::Kind;
using stakemap::store::RecordChange;
using stakemap::store::Store;
using stakemap::store::Writer;
namespace model = stakemap::model;

namespace {
std::string describe(const std::vector<RecordChange>& changes) {
  std::string out;
  for (const auto& c : changes)
    out += std::string(stakemap::store::kind_name(c.kind)) + " " + c.key + " row " + std::to_string(c.row) + " " +
           c.action() + "\n  before: " + c.before.value_or("(none)") + "\n  after: " + c.after.value_or("(none)") +
           "\n";
  return out;
}

// The log the writer keeps equals the comparison of the whole map, and has `count` records;
// `followed`: the writer followed every write (no comparison of the whole map behind changes()).
void check_log(Writer& w, std::size_t count, bool followed = true) {
  CHECK(w.follows_writes() == followed);
  auto tracked = describe(w.changes());
  CHECK(tracked == describe(w.changes_by_comparison()));
  CHECK(w.changes().size() == count);
}

model::Organisation org(const std::string& id, const std::string& name) {
  model::Organisation o;
  o.id = id;
  o.name = name;
  return o;
}

model::Flow flow(const std::string& from, const std::string& to, const std::string& frequency) {
  model::Flow f;
  f.from = from;
  f.to = to;
  f.frequency = frequency;
  return f;
}

void write_start(Store& s) {
  Writer w(s, "import start", "");
  w.mark_synthetic();
  w.put_territories({{"C", "country", "Country", "", "", "", {}, {}},
                     {"P", "province", "Province", "", "", "", {"R"}, {{"name_ro", "Provincia"}}},
                     {"R", "region", "Region", "", "", "", {"C"}, {}}});
  auto a = org("a", "A");
  a.aliases = {"A1", ""};
  a.territories = {"P"};
  a.contact_name = "J. Doe";
  a.attributes = {{"website", "https://a.example"}, {"note", "first"}};
  w.put_org(a, all_fields());
  w.put_org(org("b", "B"), all_fields());
  w.put_org(org("c", "C"), all_fields());
  auto ab = flow("a", "b", "monthly");
  ab.data = {"cases"};
  ab.attributes = {{"channel", "email"}};
  ab.weight = 0.25;
  w.put_flow(ab, all_fields());
  w.put_flow(flow("b", "c", ""), all_fields());
  w.put_flow(flow("c", "a", "weekly"), all_fields());
  w.put_need({"P", "housing", 2.0, "a"});
  w.put_need({"R", "legal", std::nullopt, "c"});
  w.put_answer("q1", "r1", "a", "Q1", "all", "yes", "");
  check_log(w, 13);  // 3 territories, 3 organisations, 3 flows, 2 needs, 1 answer, the synthetic mark
  w.commit("start");
}
}  // namespace

TEST_CASE("change log of a mixed batch: upserts of some columns, --replace removals, restores, cascades") {
  auto s = Store::in_memory();
  write_start(s);
  {
    Writer w(s, "import mixed", "");
    // An import of some columns: a's name, its attributes merged (an empty value removes one).
    auto a = org("a", "A renamed");
    a.attributes = {{"note", ""}, {"since", "2024"}};
    w.put_org(a, {"id", "name"});
    // b's contact e-mail: b has no contact row yet, the item no contact name.
    auto b = org("b", "B");
    b.contact_email = "b@example.org";
    w.put_org(b, {"id", "contact_email"});
    // a new organisation from the same file: every own column and the contact row whole.
    auto d = org("d", "D");
    d.level = "local";
    d.contact_name = "Kim";
    d.contact_email = "kim@example.org";
    w.put_org(d, {"id", "name", "contact_email"});
    // flows: one updated in one column (its other fields and lists kept), one new.
    auto ab = flow("a", "b", "weekly");
    ab.attributes = {{"channel", ""}, {"format", "csv"}};
    w.put_flow(ab, {"from", "to", "status", "basis", "population", "frequency"});
    w.put_flow(flow("a", "d", "daily"), all_fields());
    CHECK_FALSE(w.put_flow(flow("a", "d", "hourly"), all_fields()));  // same key twice: the second is a no-op
    // territories in two passes, P moved under C; a need updated and one added.
    w.put_territories({{"P", "province", "Province", "", "", "", {"C"}, {}}}, {"id", "kind", "name", "part_of"});
    w.put_need({"P", "housing", 3.0, "a"});
    w.put_need({"C", "health", std::nullopt, "d"});
    // --replace of flows: the ones not written (b -> c, c -> a) are removed.
    Carried carried;
    carried.flows = true;
    w.remove_unwritten(carried);
    CHECK(w.counts().removed_flows == 2);
    // `set` writes a record whole.
    auto c = org("c", "C");
    c.level = "federal";
    c.attributes = {{"empty", ""}};
    w.restore(c, 0);
    // `remove org d --cascade`: its need removed first, its flow goes with it through the foreign keys.
    w.remove(Kind::need, "C|health|d");
    w.remove(Kind::organisation, "d");
    w.put_answer("q1", "r2", "b", "Q1", "all", "no", "text");
    w.clear_provenance();
    // a (renamed, attributes), b (contact), c (level), flow a->b, P (parent), need P|housing,
    // flows b->c and c->a removed, answer r2, the synthetic mark; d, its flow and need came and went.
    check_log(w, 10);
    w.commit("mixed");
  }
  {
    Writer w(s, "import more", "");
    // A column of the contact row the stored record has no value in, the item a value in another:
    // whether that row exists is not known to the writer, which compares the whole map.
    auto c = org("c", "C");
    c.contact_name = "Lee";
    w.put_org(c, {"id", "contact_email"});
    // Removing a territory takes its needs (foreign keys) and is logged with them.
    w.remove(Kind::territory, "P");
    check_log(w, 3, false);  // P and its need; c: the contact row did not exist, so its name is written
    w.commit("more");
  }
  {
    Writer w(s, "import replace", "");
    w.put_territories({{"C", "country", "Country", "", "", "", {}, {}}});
    Carried carried;
    carried.territories = true;
    w.remove_unwritten(carried);  // R: a parent link of no kept territory
    check_log(w, 2);              // R and its need
    w.commit("replace");
  }
  {
    Writer w(s, "import --dry-run", "");  // never committed: nothing noted, the comparison if asked
    w.dry_run();
    w.put_org(org("f", "F"), all_fields());
    check_log(w, 1, false);
  }
  {
    Writer w(s, "whatif --save", "");
    auto m = s.load();
    m.organisations.push_back(org("e", "E"));
    m.flows.push_back(flow("e", "a", "yearly"));
    m.synthetic = true;
    w.replace_with(m);  // everything deleted and written again: the new records, the survey answers gone
    // e and its flow; c (the empty attribute `set` stored is dropped); flow a->b under a new id;
    // the synthetic mark; answers r1 and r2.
    check_log(w, 8);
    w.commit("whatif");
  }
}
