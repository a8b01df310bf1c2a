#pragma once
// Turns the records a reader produces into a checked model::Map: every value goes through
// the dataset's FieldChecker (codes against the taxonomy, numbers, ids, repeated values),
// references and duplicates at the end; every problem is reported with file:line:column.
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/errors.hpp"
#include "dataset/diagnostics.hpp"
#include "dataset/field_checker.hpp"
#include "interop/records.hpp"
#include "model/map.hpp"
#include "store/known_ids.hpp"
#include "store/writer.hpp"

namespace stakemap::interop {

/// Ids the target map already holds, so that imported items may refer to them.
using KnownIds = store::KnownIds;

/// Collects items one at a time (streaming readers call it as they go).
class MapBuilder final {
 public:
  /// `file` names the input in messages; `ignored` lists field names to drop (computed
  /// metrics that a `--with-metrics` export attached), with one warning naming them.
  MapBuilder(std::string file, dataset::Diagnostics& diags, KnownIds known = {}, std::set<std::string> ignored = {});

  /// Items (territories, organisations, flows, needs) one interchange import may make: one
  /// per kBytesPerItem bytes of input, at least kMinItems, at most kMaxItems. The cap bounds
  /// memory (about 1 KiB per item held) where the size limits alone do not: a 46 MB GraphML
  /// of 2 000 000 nodes, or Kumu rows of `|`-joined ends (docs/security.md, "Limits").
  static constexpr std::size_t kBytesPerItem = 16, kMinItems = 100'000, kMaxItems = 2'000'000;
  /// Sets the item limit from the size of the input in bytes (the whole of it; kMaxItems
  /// when unknown, as for a pipe). Without a call, the limit is kMaxItems.
  void set_input_size(std::size_t bytes);
  /// The limit set (kMaxItems until set_input_size).
  std::size_t max_items() const { return max_items_; }
  /// Throws InputError at `r` when `more` items beyond those made so far would pass the
  /// limit (a reader that holds records before handing them over checks as it holds).
  void expect_items(std::size_t more, const Record& r) const;

  void territory(const Record& r);
  void organisation(const Record& r);
  void flow(const Record& r);
  void need(const Record& r);
  /// Declares that the file carries field `column` for organisations / flows even when
  /// no item has a value (so that an update empties it; see store::Writer).
  void declare_org_field(const std::string& column) { org_fields_.insert(column); }
  void declare_flow_field(const std::string& column) { flow_fields_.insert(column); }
  const store::FieldSet& org_fields() const { return org_fields_; }
  const store::FieldSet& flow_fields() const { return flow_fields_; }

  /// Checks references (to the file's items or known ones), duplicate keys and part_of
  /// cycles; returns the map read, indexed. Errors are in the diagnostics.
  model::Map finish();
  /// Position in this file.
  Position at(long line, long column) const { return {file_, line, column}; }
  const std::string& file() const { return file_; }
  /// Switches the file named in messages (a reader of several files).
  void set_file(std::string file) {
    file_ = std::move(file);
    files_.push_back(file_);
  }
  dataset::Diagnostics& diagnostics() { return diags_; }

 private:
  // A position kept for a message at finish(): 12 bytes, where a Position holds a copy of the
  // file name (1 000 000 flows kept 150 MiB of positions).
  struct Spot {
    std::uint32_t file = 0;  // index in files_
    std::int32_t line = 0, column = 0;
  };
  // Where the references of one item were read.
  struct Refs {
    Spot first, second;
  };
  Spot spot(const Record& r, const char* key) const;
  Position where(const Spot& s) const { return {files_[s.file], s.line, s.column}; }
  template <class T>
  bool fill(T& item, const Record& r, model::Attributes* extras);
  void count_item(const Record& r) {  // throws InputError beyond max_items_
    expect_items(1, r);
    ++items_;
  }

  std::string file_;
  std::vector<std::string> files_;  // every file named so far; the last is file_
  dataset::Diagnostics& diags_;
  dataset::FieldChecker check_;  // the same checks as every import path
  KnownIds known_;
  std::set<std::string> ignored_;
  model::Map map_;
  std::vector<Refs> territory_refs_, org_refs_, flow_refs_, need_refs_;
  store::FieldSet org_fields_, flow_fields_;
  long unnamed_ = 0;
  std::size_t items_ = 0, max_items_ = kMaxItems, input_bytes_ = 0;
  std::set<std::string> ignored_seen_;
};

}  // namespace stakemap::interop
