#include "store/snapshot.hpp"

#include <algorithm>

#include "store/connection.hpp"
#include "store/record_text.hpp"

namespace stakemap::store {

namespace {
constexpr std::array<const char*, kKinds> kNames{"territory", "organisation", "flow", "need", "answer", "provenance"};

template <class T, class KeyOf>
void add_all(std::unordered_map<std::string, RecordState>& out, const std::vector<T>& items,
             const std::vector<std::int64_t>& rows, const KeyOf& key_of) {
  out.reserve(items.size());
  for (std::size_t i = 0; i < items.size(); ++i) out[key_of(items[i], rows[i])] = {rows[i], record_text(items[i]), 0};
}

void add_answers(const Store& store, std::unordered_map<std::string, RecordState>& out) {
  SQLite::Statement q(Connection::of(store),
                      "SELECT id, questionnaire, respondent, org, question, scope, value, other_text "
                      "FROM survey_answer ORDER BY id");
  static const char* const names[] = {"questionnaire", "respondent", "org", "question", "scope", "value", "other_text"};
  while (q.executeStep()) {
    std::vector<TextField> fields;
    for (int i = 0; i < 7; ++i) fields.emplace_back(names[i], q.getColumn(i + 1).getString());
    std::int64_t row = q.getColumn(0).getInt64();
    out[std::to_string(row)] = {row, fields_text(fields), 0};
  }
}
}  // namespace

const char* kind_name(Kind kind) { return kNames[static_cast<int>(kind)]; }

std::optional<Kind> kind_named(std::string_view name) {
  for (int i = 0; i < kKinds; ++i)
    if (name == kNames[i]) return static_cast<Kind>(i);
  return std::nullopt;
}

std::string record_key(const model::Need& need) { return need.territory + "|" + need.need + "|" + need.reported_by; }

Snapshot snapshot(const Store& store, const model::Map& map, const Store::Rows& rows) {
  Snapshot s;
  auto by_id = [](const auto& item, std::int64_t) { return item.id; };
  add_all(s.records[0], map.territories, rows.territories, by_id);
  add_all(s.records[1], map.organisations, rows.organisations, by_id);
  add_all(s.records[2], map.flows, rows.flows,
          [](const model::Flow&, std::int64_t row) { return std::to_string(row); });
  add_all(s.records[3], map.needs, rows.needs, [](const model::Need& n, std::int64_t) { return record_key(n); });
  add_answers(store, s.records[4]);
  if (map.synthetic) s.records[5]["synthetic"] = {0, fields_text({{"kind", "synthetic"}}), 0};
  return s;
}

std::vector<RecordChange> differences(const Snapshot& before, const Snapshot& after) {
  std::vector<RecordChange> out;
  for (int k = 0; k < kKinds; ++k) {
    std::size_t first = out.size();
    const auto& b = before.records[k];
    const auto& a = after.records[k];
    for (const auto& [key, now] : a) {
      auto it = b.find(key);
      if (it == b.end()) out.push_back({static_cast<Kind>(k), key, now.row, std::nullopt, now.text});
      else if (it->second.text != now.text)
        out.push_back({static_cast<Kind>(k), key, now.row, it->second.text, now.text});
    }
    for (const auto& [key, was] : b)
      if (!a.count(key)) out.push_back({static_cast<Kind>(k), key, was.row, was.text, std::nullopt});
    std::sort(out.begin() + static_cast<long>(first), out.end(), [](const RecordChange& x, const RecordChange& y) {
      return x.row != y.row ? x.row < y.row : x.key < y.key;
    });
  }
  return out;
}

}  // namespace stakemap::store
