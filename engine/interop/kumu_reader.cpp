// The Kumu reader's shared part: elements and connections as records, references resolved.
#include <algorithm>

#include "core/errors.hpp"
#include "core/text.hpp"
#include "interop/kumu.hpp"
#include "interop/kumu_fields.hpp"

namespace stakemap::interop {

std::string slug(const std::string& label) {
  std::string out = text::slug(label, std::string::npos);
  return out.empty() ? std::string(text::trim(label)) : out;
}

void KumuReader::element(Record r) {
  read_kumu_fields(r);
  const Value* id = r.find("id");
  const Value* label = r.find("label");
  std::string label_text = label ? std::string(text::trim(label->text)) : "";
  if (!id || text::trim(id->text).empty()) {
    if (label_text.empty()) return b_.diagnostics().error(b_.at(r.line, r.column), "element without a label or an id");
    r.set("id", {slug(label_text), label->line, label->column});
  }
  std::string element_id(text::trim(r.find("id")->text));
  ids_.insert(element_id);
  if (!label_text.empty()) {
    auto [it, fresh] = labels_.emplace(text::fold(label_text), element_id);
    if (!fresh && it->second != element_id) it->second.clear();  // ambiguous
  }
  if (const Value* internal = r.find("_id")) internal_ids_[internal->text] = element_id;
  r.erase("_id");
  b_.organisation(r);
}

std::string KumuReader::resolve(const std::string& ref) const {
  if (ids_.count(ref)) return ref;
  if (auto it = internal_ids_.find(ref); it != internal_ids_.end()) return it->second;
  if (auto it = labels_.find(text::fold(text::trim(ref))); it != labels_.end() && !it->second.empty())
    return it->second;
  return ref;  // an id already in the map, or unknown (reported by the builder)
}

void KumuReader::connection(Record r) {
  r.erase("_id");
  r.erase("id");  // connection ids are Kumu's; flows are keyed by their fields
  std::string direction;
  if (const Value* d = r.find("direction")) {
    direction = text::lower(text::trim(d->text));
    // Each problem of a connection is reported and the connection skipped.
    if (direction == "undirected")
      return b_.diagnostics().error(b_.at(d->line, d->column),
                                    "undirected connection: stakemap flows go from one organisation to another");
    if (!direction.empty() && direction != "directed" && direction != "mutual")
      return b_.diagnostics().error(b_.at(d->line, d->column),
                                    "unknown direction '" + text::excerpt(d->text) + "' (allowed: directed, mutual)");
    r.erase("direction");
  }
  const Value* from = r.find("from");
  const Value* to = r.find("to");
  if (!from || !to) return b_.diagnostics().error(b_.at(r.line, r.column), "connection without 'from' and 'to'");
  Value f = *from, t = *to;
  const auto froms = text::split_list(f.text), tos = text::split_list(t.text);
  if (froms.empty() || tos.empty()) return b_.flow(r);  // reports the gap
  const std::size_t flows = froms.size() * tos.size() * (direction == "mutual" ? 2 : 1);
  if (flows > kMaxFlowsPerConnection)
    throw InputError(b_.at(f.line, f.column).str() + ": one connection of " + std::to_string(froms.size()) + " x " +
                     std::to_string(tos.size()) + " elements makes " + std::to_string(flows) + " flows, more than " +
                     std::to_string(kMaxFlowsPerConnection) + " (the limit for one row)");
  // Kumu draws one connection to each of several '|'-separated elements.
  for (const auto& a : froms)
    for (const auto& b : tos) {
      Record one = r;
      one.set("from", {resolve(a), f.line, f.column});
      one.set("to", {resolve(b), t.line, t.column});
      b_.flow(one);
      if (direction == "mutual") {
        one.set("from", {resolve(b), t.line, t.column});
        one.set("to", {resolve(a), f.line, f.column});
        b_.flow(one);
      }
    }
}

}  // namespace stakemap::interop
