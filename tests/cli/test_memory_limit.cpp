// --max-memory: sizes as the user writes them, and how the limit is said.
#include <doctest/doctest.h>

#include <string>

#include "cli/memory_limit.hpp"
#include "core/errors.hpp"

using stakemap::UsageError;
using stakemap::cli::memory_size_text;
using stakemap::cli::parse_memory_size;

TEST_CASE("parse_memory_size reads a number with K, M, G or T, powers of 1024") {
  CHECK(parse_memory_size("512M", "--max-memory") == 512ULL << 20);
  CHECK(parse_memory_size("2G", "--max-memory") == 2ULL << 30);
  CHECK(parse_memory_size("2g", "--max-memory") == 2ULL << 30);
  CHECK(parse_memory_size("1.5G", "--max-memory") == 1536ULL << 20);
  CHECK(parse_memory_size("256MiB", "--max-memory") == 256ULL << 20);
  CHECK(parse_memory_size("256MB", "--max-memory") == 256ULL << 20);
  CHECK(parse_memory_size("1T", "--max-memory") == 1ULL << 40);
  CHECK(parse_memory_size("200000K", "--max-memory") == 200000ULL << 10);
  CHECK(parse_memory_size("268435456", "--max-memory") == 268435456ULL);
  CHECK(parse_memory_size("268435456B", "--max-memory") == 268435456ULL);
}

TEST_CASE("parse_memory_size refuses what is not a size, and sizes too small to run in") {
  for (const char* bad : {"", "M", "-1G", "1..5G", ".5G", "2X", "2GG", "2 G", "two", "0", "1e9", "99999999999T"})
    CHECK_THROWS_AS(parse_memory_size(bad, "--max-memory"), UsageError);
  CHECK_THROWS_WITH(parse_memory_size("2X", "--max-memory"),
                    "--max-memory '2X' is not a memory size (a number with K, M, G or T, e.g. 512M or 2G)");
  std::string message;
  try {
    parse_memory_size("64M", "STAKEMAP_MAX_MEMORY");
  } catch (const UsageError& e) { message = e.what(); }
  CHECK(message.find("STAKEMAP_MAX_MEMORY '64M' is below 128 MiB") == 0);
  CHECK(parse_memory_size("128M", "--max-memory") == stakemap::cli::min_memory_limit);
}

TEST_CASE("memory_size_text uses the largest unit that divides the size") {
  CHECK(memory_size_text(512ULL << 20) == "512 MiB");
  CHECK(memory_size_text(2ULL << 30) == "2 GiB");
  CHECK(memory_size_text(1536ULL << 20) == "1536 MiB");
  CHECK(memory_size_text(1000) == "1000 bytes");
}
