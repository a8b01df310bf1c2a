#pragma once
// Editing a map record by record (`stakemap add|set|remove|confirm|dispute`). Every edit is one
// batch: the record is changed in memory, checked whole by the one record checker
// (dataset::FieldChecker, over the field schema), and written in one transaction only when
// it has no error; the Writer logs it with its author and note (docs/history.md).
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "edit/find.hpp"
#include "model/schema.hpp"
#include "store/snapshot.hpp"
#include "store/store.hpp"

namespace stakemap::edit {

/// One `FIELD=VALUE` of the command line; an empty value clears the field.
struct Assignment {
  std::string field, value;
};
/// Splits `FIELD=VALUE`; throws UsageError without '='.
Assignment parse_assignment(std::string_view text);

/// Who edits and why, for the batch.
struct Origin {
  std::string command;  ///< e.g. "set org fed-statistics"
  std::string author;
  std::string note;
};

/// What an edit did.
struct EditResult {
  std::int64_t batch = 0;                    ///< 0 when nothing changed (no batch was recorded)
  std::vector<store::RecordChange> changes;  ///< every record added, changed or removed
  std::string key;                           ///< the edited record's key (a new flow's id)
};

/// Adds a record of `entity` named by `ref` (ID; FROM TO; TERRITORY NEED) with `fields`.
EditResult add(store::Store& store, model::Entity entity, const Ref& ref, const std::vector<Assignment>& fields,
               const Origin& origin);
/// Changes `fields` of the record `ref` names. Key fields cannot change, except a flow's
/// status, basis and population (its ends cannot).
EditResult set(store::Store& store, model::Entity entity, const Ref& ref, const std::vector<Assignment>& fields,
               const Origin& origin);
/// Removes the record `ref` names. An organisation with flows or needs, or a territory that
/// organisations, needs or other territories refer to, is refused (InputError with the counts)
/// unless `cascade`: then those flows and needs go too and the references are dropped.
EditResult remove(store::Store& store, model::Entity entity, const Ref& ref, bool cascade, const Origin& origin);

}  // namespace stakemap::edit
