#include "store/map_image.hpp"

#include <bit>
#include <cstring>
#include <unordered_map>
#include <vector>

#include "model/schema.hpp"

namespace stakemap::store {

namespace {

constexpr char kMagic[4] = {'S', 'K', 'M', 'I'};
/// Raise when the layout changes: images of other versions are then ignored.
constexpr std::uint32_t kFormat = 1;
constexpr std::size_t kHeader = 4 + 4 + 8 + 8 + 8;

template <class T>
constexpr bool has_attributes = requires(T t) {
  t.attributes;
};

// A checksum over 8-byte words in four independent lanes (memory speed): each step is a
// bijection of its lane, so one changed word always changes the result.
std::uint64_t checksum(std::string_view s) {
  constexpr std::uint64_t k = 0x9E3779B97F4A7C15ull;
  std::uint64_t lane[4] = {1, 2, 3, 4};
  std::size_t i = 0;
  for (; i + 32 <= s.size(); i += 32)
    for (std::size_t l = 0; l < 4; ++l) {
      std::uint64_t w = 0;
      std::memcpy(&w, s.data() + i + 8 * l, 8);
      lane[l] = std::rotl((lane[l] ^ w) * k, 31);
    }
  std::uint64_t h = s.size() * k;
  for (; i < s.size(); ++i) h = (h ^ static_cast<unsigned char>(s[i])) * 0x100000001b3ull;
  for (auto l : lane) h = std::rotl(h ^ l, 27) * k;
  return h ^ (h >> 29);
}

// FNV-1a of everything the layout depends on: the format, the schema version and every
// field's name, kind and storage (a test's SchemaOverride gives another fingerprint).
std::uint64_t fingerprint() {
  std::uint64_t h = 14695981039346656037ull;
  auto add = [&h](std::string_view s) {
    for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
    h = (h ^ 0xffu) * 1099511628211ull;
  };
  add(std::to_string(kFormat) + "/" + std::to_string(schema_version()));
  auto add_schema = [&add](const auto& s) {
    add(s.table());
    for (const auto& f : s.fields()) {
      add(f.name);
      add(std::to_string(static_cast<int>(f.check)));
      add(f.storage.table);
      add(f.storage.column);
      add(f.storage.facet);
    }
  };
  add_schema(model::schema<model::Territory>());
  add_schema(model::schema<model::Organisation>());
  add_schema(model::schema<model::Flow>());
  add_schema(model::schema<model::Need>());
  return h;
}

void put_fixed(std::string& out, std::uint64_t v, int bytes) {
  for (int i = 0; i < bytes; ++i) out += static_cast<char>((v >> (8 * i)) & 0xff);
}

void put_varint(std::string& out, std::uint64_t v) {
  while (v >= 0x80) {
    out += static_cast<char>((v & 0x7f) | 0x80);
    v >>= 7;
  }
  out += static_cast<char>(v);
}

std::uint64_t zigzag(std::int64_t v) {
  return (static_cast<std::uint64_t>(v) << 1) ^ static_cast<std::uint64_t>(v >> 63);
}

// The records' payload, strings replaced by their index in a table of distinct strings.
class Encoder final {
 public:
  template <class T>
  void records(const std::vector<T>& items, const std::vector<std::int64_t>& rows) {
    const auto& fields = model::schema<T>().fields();
    put_varint(body_, items.size());
    for (std::size_t i = 0; i < items.size(); ++i) {
      const T& item = items[i];
      put_varint(body_, zigzag(i < rows.size() ? rows[i] : 0));
      for (const auto& f : fields) {
        if (f.text) text(item.*f.text);
        else if (f.list) {
          put_varint(body_, (item.*f.list).size());
          for (const auto& v : item.*f.list) text(v);
        } else if (const auto& n = item.*f.number; n) {
          body_ += '\1';
          put_fixed(body_, std::bit_cast<std::uint64_t>(*n), 8);
        } else body_ += '\0';
      }
      if constexpr (has_attributes<T>) {
        put_varint(body_, item.attributes.size());
        for (const auto& [key, value] : item.attributes) {
          text(key);
          text(value);
        }
      }
    }
  }
  std::string payload() const {
    std::string out;
    put_varint(out, strings_.size());
    for (auto s : strings_) {
      put_varint(out, s.size());
      out += s;
    }
    return out + body_;
  }

 private:
  void text(const std::string& s) {
    auto [it, added] = index_.try_emplace(s, strings_.size());
    if (added) strings_.push_back(s);
    put_varint(body_, it->second);
  }
  std::unordered_map<std::string_view, std::size_t> index_;
  std::vector<std::string_view> strings_;
  std::string body_;
};

// Reads a payload; any byte out of place sets `ok` false and reads on as zeros.
class Decoder final {
 public:
  explicit Decoder(std::string_view payload) : at_(payload.data()), end_(payload.data() + payload.size()) {}
  bool ok() const { return ok_ && at_ == end_; }

  bool strings() {
    const auto n = count();
    strings_.reserve(n);
    for (std::uint64_t i = 0; i < n && ok_; ++i) {
      const auto size = count();
      strings_.emplace_back(at_, size);
      at_ += size;
    }
    return ok_;
  }

  template <class T>
  bool records(std::vector<T>& items, std::vector<std::int64_t>& rows) {
    const auto& fields = model::schema<T>().fields();
    const auto n = count();
    items.reserve(n);
    rows.reserve(n);
    for (std::uint64_t i = 0; i < n && ok_; ++i) {
      const auto z = varint();
      rows.push_back(static_cast<std::int64_t>(z >> 1) ^ -static_cast<std::int64_t>(z & 1));
      T& item = items.emplace_back();
      for (const auto& f : fields) {
        if (f.text) (item.*f.text).assign(text());
        else if (f.list) {
          auto& list = item.*f.list;
          const auto values = count();
          list.reserve(values);
          for (std::uint64_t v = 0; v < values; ++v) list.emplace_back(text());
        } else if (byte() == 1) {
          std::uint64_t bits = 0;
          for (int b = 0; b < 8; ++b) bits |= std::uint64_t{byte()} << (8 * b);
          item.*f.number = std::bit_cast<double>(bits);
        }
      }
      if constexpr (has_attributes<T>) {
        const auto pairs = count();
        for (std::uint64_t p = 0; p < pairs && ok_; ++p) {
          const auto key = text();
          item.attributes.insert_or_assign(item.attributes.end(), std::string(key), std::string(text()));
        }
      }
    }
    return ok_;
  }

 private:
  unsigned char byte() {
    if (at_ == end_) {
      ok_ = false;
      return 0;
    }
    return static_cast<unsigned char>(*at_++);
  }
  std::uint64_t varint() {
    std::uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      const unsigned char b = byte();
      v |= std::uint64_t{b & 0x7fu} << shift;
      if (!(b & 0x80)) return v;
    }
    ok_ = false;
    return 0;
  }
  // A count of items that each take at least one byte: never more than the bytes left.
  std::uint64_t count() {
    const auto n = varint();
    if (n > static_cast<std::uint64_t>(end_ - at_)) {
      ok_ = false;
      return 0;
    }
    return n;
  }
  std::string_view text() {
    const auto i = varint();
    if (i >= strings_.size()) {
      ok_ = false;
      return {};
    }
    return strings_[i];
  }
  const char* at_;
  const char* end_;
  bool ok_ = true;
  std::vector<std::string_view> strings_;
};

std::uint64_t fixed_at(std::string_view s, std::size_t at, int bytes) {
  std::uint64_t v = 0;
  for (int i = 0; i < bytes; ++i) v |= std::uint64_t{static_cast<unsigned char>(s[at + i])} << (8 * i);
  return v;
}

}  // namespace

std::string encode_map_image(const model::Map& map, const Store::Rows& rows) {
  Encoder e;
  e.records(map.territories, rows.territories);
  e.records(map.organisations, rows.organisations);
  e.records(map.flows, rows.flows);
  e.records(map.needs, rows.needs);
  return seal_map_image(e.payload());
}

std::string seal_map_image(std::string_view payload) {
  std::string out(kMagic, sizeof kMagic);
  out.reserve(kHeader + payload.size());
  put_fixed(out, kFormat, 4);
  put_fixed(out, fingerprint(), 8);
  put_fixed(out, payload.size(), 8);
  put_fixed(out, checksum(payload), 8);
  out += payload;
  return out;
}

std::optional<LoadedRecords> decode_map_image(std::string_view image) {
  if (image.size() < kHeader || image.substr(0, 4) != std::string_view(kMagic, 4)) return std::nullopt;
  if (fixed_at(image, 4, 4) != kFormat || fixed_at(image, 8, 8) != fingerprint()) return std::nullopt;
  const auto payload = image.substr(kHeader);
  if (fixed_at(image, 16, 8) != payload.size() || fixed_at(image, 24, 8) != checksum(payload)) return std::nullopt;
  LoadedRecords out;
  Decoder d(payload);
  auto& m = out.map;
  auto& r = out.rows;
  if (!d.strings() || !d.records(m.territories, r.territories) || !d.records(m.organisations, r.organisations) ||
      !d.records(m.flows, r.flows) || !d.records(m.needs, r.needs) || !d.ok())
    return std::nullopt;
  for (std::size_t i = 0; i < m.flows.size(); ++i) m.flows[i].id = r.flows[i];
  return out;
}

}  // namespace stakemap::store
