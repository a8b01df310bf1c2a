#pragma once
// Privacy levels for everything that leaves stakemap (exports, reports).
#include <string>

#include "model/map.hpp"

namespace stakemap::dataset {

/// internal: everything; partners (default): no personal data (the fields the schema marks
/// personal: contacts; and the free attributes personal by rule, dataset/personal_attributes.hpp);
/// public: also no flows marked personal and no free-text notes.
enum class Privacy { internal, partners, pub };

/// Parses internal, partners or public; throws UsageError otherwise.
Privacy parse_privacy(const std::string& s);
/// A copy of `map` with what `level` excludes removed (map is reindexed).
model::Map apply_privacy(const model::Map& map, Privacy level);

}  // namespace stakemap::dataset
