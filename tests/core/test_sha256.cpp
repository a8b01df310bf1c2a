#include <doctest/doctest.h>

#include <string>

#include "core/sha256.hpp"

using namespace stakemap;

namespace {
std::string hex(const std::array<unsigned char, 32>& d) {
  static const char* digits = "0123456789abcdef";
  std::string s;
  for (unsigned char c : d) {
    s += digits[c >> 4];
    s += digits[c & 15];
  }
  return s;
}
}  // namespace

TEST_CASE("sha256: the FIPS 180-4 test vectors") {
  CHECK(hex(sha256::digest("")) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(hex(sha256::digest("abc")) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(hex(sha256::digest("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")) ==
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  CHECK(hex(sha256::digest(std::string(1000000, 'a'))) ==
        "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("sha256: base64 and the CSP source of RFC 4648's examples") {
  CHECK(sha256::base64("") == "");
  CHECK(sha256::base64("f") == "Zg==");
  CHECK(sha256::base64("fo") == "Zm8=");
  CHECK(sha256::base64("foo") == "Zm9v");
  CHECK(sha256::base64("foobar") == "Zm9vYmFy");
  // printf 'alert(1)' | openssl dgst -sha256 -binary | base64
  CHECK(sha256::csp_source("alert(1)") == "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
}
