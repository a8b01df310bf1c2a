#pragma once
// SHA-256 (FIPS 180-4), for the Content-Security-Policy hashes of the explorer's inline
// script and style and the keys of results kept in the map (core/result_cache.hpp).
#include <array>
#include <string>
#include <string_view>

namespace stakemap::sha256 {

/// The 32-byte SHA-256 digest of `data`.
std::array<unsigned char, 32> digest(std::string_view data);
/// The digest of `data` in lowercase hexadecimal (64 characters), as cache keys use it.
std::string hex(std::string_view data);
/// `bytes` in base64 (RFC 4648, with padding).
std::string base64(std::string_view bytes);
/// The CSP source expression of `data`: 'sha256-BASE64'.
std::string csp_source(std::string_view data);

}  // namespace stakemap::sha256
