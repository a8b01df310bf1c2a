// dataset/personal_attributes: contacts among the free attributes, found by the column's name or
// by a value that looks like an e-mail address or a phone number; `public_` columns stay.
#include <doctest/doctest.h>

#include "dataset/personal_attributes.hpp"
#include "dataset/privacy.hpp"

using namespace stakemap;
using namespace stakemap::dataset;

TEST_CASE("personal attributes: names that say contact, phone or e-mail, in several languages") {
  for (const char* key : {"phone", "contact_phone", "E-mail", "Téléphone", "GSM", "contactPhone", "telefoon",
                          "adresse courriel", "email_address", "Fax"})
    CHECK_MESSAGE(personal_by_name(key), std::string(key));
  for (const char* key : {"domains", "mobility", "collects_data", "data_public", "telecom", "budget", "notes"})
    CHECK_MESSAGE(!personal_by_name(key), std::string(key));
}

TEST_CASE("personal attributes: values that look like an e-mail address or a phone number") {
  for (const char* v : {"a.b@example.org", "x@y.be", "+32 2 123 45 67", "0471/23.45.67", "0471234567", "(0)2-555-0101"})
    CHECK_MESSAGE(personal_by_value(v), std::string(v));
  // Inside text too.
  for (const char* v :
       {"call 0470/12.34.56 first", "write to <jane@example.org>.", "0032 2 555 01 01", "a b@example.org"})
    CHECK_MESSAGE(personal_by_value(v), std::string(v));
  for (const char* v : {"12345678", "2022", "not@an", "@example.org", "a@b@c.d", "call me", "0123", "+32 2 12", "yes",
                        "2022-2023", "0 - 10 years", "budget 1 250 000 EUR"})
    CHECK_MESSAGE(!personal_by_value(v), std::string(v));
}

TEST_CASE("personal attributes: a column is personal when one of its values is, unless declared public") {
  model::Attributes one{{"remarks", "see the minutes"}, {"public_phone", "+32 2 555 09 09"}, {"size", "12"}};
  model::Attributes two{{"remarks", "ask jane@example.org|or the desk"}, {"size", "0473"}};
  auto keys = personal_attribute_keys({&one, &two});
  CHECK(keys == std::set<std::string>{"remarks"});
}

TEST_CASE("personal attributes: the privacy levels below internal remove them from organisations and flows") {
  model::Map map;
  model::Organisation a, b;
  a.id = "a", b.id = "b";
  a.attributes = {{"phone", "+32 2 555 01 01"}, {"budget", "12345678"}};
  b.attributes = {{"budget", "2500"}};
  map.organisations = {a, b};
  model::Flow f;
  f.from = "a", f.to = "b";
  f.attributes = {{"liaison", "jane@example.org"}, {"channel", "sftp"}};
  map.flows = {f};
  map.reindex();
  for (auto level : {Privacy::partners, Privacy::pub}) {
    auto out = apply_privacy(map, level);
    CHECK(!out.organisations[0].attributes.contains("phone"));
    CHECK(out.organisations[0].attributes.at("budget") == "12345678");
    CHECK(!out.flows[0].attributes.contains("liaison"));
    CHECK(out.flows[0].attributes.at("channel") == "sftp");
  }
  auto internal = apply_privacy(map, Privacy::internal);
  CHECK(internal.organisations[0].attributes.at("phone") == "+32 2 555 01 01");
  CHECK(internal.flows[0].attributes.at("liaison") == "jane@example.org");
}
