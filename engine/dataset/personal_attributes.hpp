#pragma once
// Personal data among the free attributes, found by rule rather than by a list of names: a
// column whose name says contact, phone or e-mail, or one of whose values looks like an e-mail
// address or a phone number, is personal unless its name starts with `public_` (the dataset
// declares it public). The rule (docs/security.md#personal-data) decides what exports leave out.
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "model/map.hpp"

namespace stakemap::dataset {

/// True when a column named `key` holds contacts by its name: one of its words (letters and
/// digits, accents and case ignored) is contact, phone, telephone, tel, telefoon, telefon, gsm,
/// mobile, portable, cell, fax, email, mail, courriel or whatsapp.
bool personal_by_name(std::string_view key);
/// True when `value` holds something that looks like an e-mail address (a word local@domain.tld)
/// or a phone number (a run of digits, spaces and . - / ( ) + with 8 to 15 digits, whose first
/// significant character is + or 0), alone or inside text ("call 0470/12.34.56 first").
bool personal_by_value(std::string_view value);
/// The attribute keys of `attributes` (one map per record) that are personal by name or by one
/// of their values, except those declared public (`public_` prefix).
std::set<std::string> personal_attribute_keys(const std::vector<const model::Attributes*>& attributes);
/// Removes the personal attributes (personal_attribute_keys) of the organisations and of the
/// flows of `map`, each kind judged on its own column values.
void remove_personal_attributes(model::Map& map);

}  // namespace stakemap::dataset
