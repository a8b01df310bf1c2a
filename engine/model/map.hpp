#pragma once
// The in-memory map: territories, organisations, flows and needs, as read from the store
// or a dataset. Codes are taxonomy codes (see models/taxonomy.csv).
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "model/taxonomy.hpp"

namespace stakemap::model {

/// Free key/value attributes: dataset columns stakemap does not model, kept as they came.
using Attributes = std::map<std::string, std::string>;

/// The language of a name column (`name_ro` gives "ro": `name_` and two lowercase letters),
/// else "". Such columns are kept as attributes of territories and organisations (docs/dataset.md).
std::string name_column_language(const std::string& key);

/// A place where actors act; territories form a DAG through `parents`.
struct Territory {
  std::string id, kind, name, name_fr, name_nl, name_de;
  std::vector<std::string> parents;
  /// Names in other languages, by column (`name_ro`, `name_uk`): the only attributes a
  /// territory keeps.
  Attributes attributes;
  /// The name in `lang` (any ISO 639-1 code: name_fr, name_nl, name_de or the attribute
  /// name_<lang>), falling back to `name` when absent or empty.
  const std::string& name_in(const std::string& lang) const;
};

/// An actor: one organisation or department.
struct Organisation {
  std::string id, name;
  std::vector<std::string> aliases;
  std::string kind, level;
  std::vector<std::string> languages, territories, domains, publics, services;
  std::string support_role;                 ///< first-line, secondary, both, none or empty
  std::string focal_point;                  ///< yes, no or empty
  std::vector<std::string> obstacles;       ///< perceived obstacles (Q40 codes)
  std::string willing;                      ///< willing to share in a joint mechanism: yes, no, unknown or empty
  std::string contact_name, contact_email;  ///< personal data
  Attributes attributes;
  /// The name in `lang` (any ISO 639-1 code): the attribute name_<lang> (a dataset column),
  /// falling back to `name` when absent or empty.
  const std::string& name_in(const std::string& lang) const;
  /// The multi-valued field named `facet` by its column (domains) or its stored facet (domain):
  /// domain, public, service, language, territory, obstacle, alias (model/schema.hpp), or
  /// nullptr for an unknown facet name.
  const std::vector<std::string>* facet(const std::string& facet) const;
};

/// Data going from one organisation to another.
struct Flow {
  long long id = 0;  ///< the stable id the store gives a flow (0 until stored); not a dataset field
  std::string from, to;
  std::string status = "active";    ///< active, desired, blocked
  std::string basis = "voluntary";  ///< mandatory, voluntary, on-request
  std::string regularity;           ///< regular, sporadic or empty
  std::string frequency;
  std::string population = "all";  ///< all, ukraine, both
  std::vector<std::string> data;   ///< data categories (free text)
  std::string personal_data;       ///< none, aggregate, pseudonymised, personal or empty
  std::vector<std::string> obstacles;
  std::string source, confirmation, note;
  std::optional<double> weight;
  Attributes attributes;
};

/// A need expressed in a territory (a service code), optionally weighted.
struct Need {
  std::string territory, need;
  std::optional<double> weight;
  std::string reported_by;
};

/// A whole map. Indexes are rebuilt by `reindex()` after edits.
struct Map {
  std::vector<Territory> territories;
  std::vector<Organisation> organisations;
  std::vector<Flow> flows;
  std::vector<Need> needs;
  /// Some of the content came from a dataset that declares itself synthetic (invented records
  /// calibrated on published totals, e.g. the bundled datasets): outputs then carry a notice.
  bool synthetic = false;
  /// The bundled profile the map was started with (kDefaultProfile, "generic"; docs/profiles.md).
  const std::string& profile() const { return profile_; }
  /// The codes its datasets added or relabelled (taxonomy.csv rows), as CSV text; "" for none.
  const std::string& taxonomy_overlay() const { return overlay_; }
  /// Sets the profile and the overlay, and builds taxonomy(). Throws InputError for an unknown
  /// profile or an overlay the profile refuses (Taxonomy::apply).
  void set_vocabulary(const std::string& profile, const std::string& overlay);
  /// The map's vocabulary: its profile with the overlay applied.
  const Taxonomy& taxonomy() const { return taxonomy_ ? *taxonomy_ : Taxonomy::builtin(); }

  void reindex();
  /// Index of an organisation / territory by id, or -1.
  int org_index(const std::string& id) const;
  int territory_index(const std::string& id) const;
  const Organisation* org(const std::string& id) const;
  const Territory* territory(const std::string& id) const;

 private:
  std::unordered_map<std::string, int> org_by_id_, territory_by_id_;
  std::string profile_ = kDefaultProfile, overlay_;
  std::shared_ptr<const Taxonomy> taxonomy_;  // null: the default profile as bundled
};

/// `profile` (a bundled profile name) with the rows of `overlay` (taxonomy CSV) applied.
Taxonomy profile_taxonomy(const std::string& profile, const std::string& overlay);

}  // namespace stakemap::model
