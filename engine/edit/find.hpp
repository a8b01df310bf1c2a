#pragma once
// Finding the record that words of the command line name.
#include <cstddef>
#include <string>
#include <vector>

#include "model/map.hpp"

namespace stakemap::edit {

/// The words naming a record: `ID` (territory, organisation), `FLOW` or `FROM TO` (flow),
/// `TERRITORY NEED [REPORTED_BY]` (need).
using Ref = std::vector<std::string>;

/// The index in `map.flows` of the flow `ref` names: its id, or FROM TO when exactly one flow
/// links them. Throws InputError for an unknown flow, or listing the candidates when several do.
std::size_t find_flow(const model::Map& map, const Ref& ref);
/// The index in `map.needs` of the need `ref` names: TERRITORY NEED, with REPORTED_BY when
/// several organisations reported it. Throws InputError like find_flow.
std::size_t find_need(const model::Map& map, const Ref& ref);

}  // namespace stakemap::edit
