#include "dataset/privacy.hpp"

#include <algorithm>

#include "core/errors.hpp"
#include "dataset/personal_attributes.hpp"
#include "model/schema.hpp"

namespace stakemap::dataset {

Privacy parse_privacy(const std::string& s) {
  if (s == "internal") return Privacy::internal;
  if (s == "partners") return Privacy::partners;
  if (s == "public") return Privacy::pub;
  throw OptionError::unknown("privacy", s, "internal, partners, public");
}

model::Map apply_privacy(const model::Map& map, Privacy level) {
  model::Map out = map;
  if (level != Privacy::internal) {
    for (auto& o : out.organisations) model::clear_personal(o);
    remove_personal_attributes(out);  // contacts under other names, found by rule
  }
  if (level == Privacy::pub) {
    std::erase_if(out.flows, [](const model::Flow& f) { return f.personal_data == "personal"; });
    for (auto& f : out.flows) f.note.clear();
    for (auto& o : out.organisations) o.attributes.erase("notes"), o.attributes.erase("note");
  }
  out.reindex();
  return out;
}

}  // namespace stakemap::dataset
