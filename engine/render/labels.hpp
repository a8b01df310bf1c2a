#pragma once
// Node label text: which text (id, name, short name), wrapped onto lines, and its
// escaping for Graphviz attribute values held in memory by cgraph.
#include <string>
#include <string_view>
#include <vector>

#include "model/map.hpp"
#include "render/render_input.hpp"

namespace stakemap::render {

/// The label lines of `org`: its id (one line), its name in `lang` (Organisation::name_in)
/// wrapped at `wrap` characters, or its short name (the first wrapped line, with "…" when the
/// name goes on). Control characters in names (newline, tab, ...) count as spaces.
std::vector<std::string> label_lines(const model::Organisation& org, LabelMode mode, int wrap,
                                     i18n::Lang lang = i18n::Lang::en);

/// The labels of `orgs` (map indexes) with `mode`, one list of lines per organisation, in the
/// order of `orgs`. Short labels (LabelMode::short_name) are unique among `orgs`: the name in
/// `lang` when the organisation has one (name_<lang>) and it fits on one line of `wrap`
/// characters, else the first alias that fits, else the name when it does, else its first line
/// and "…"; a label that several organisations would share gets a second line, their first
/// territory's name in `lang`, or their id when that is still not enough.
std::vector<std::vector<std::string>> node_labels(const model::Map& map, const std::vector<int>& orgs, LabelMode mode,
                                                  int wrap, i18n::Lang lang);

/// Control characters (C0, DEL, C1) and the non-characters U+FFFE/U+FFFF replaced by spaces.
std::string without_controls(std::string_view s);

/// The value to store with agsafeset for a plain-text label that must show `s` literally,
/// both when cgraph lays it out in memory and after agwrite writes it as DOT and Graphviz
/// reads it back: backslashes doubled (no \N, \G, \l ... survives), newline as the \n
/// escape, '&' as "&amp;" (Graphviz decodes entities in labels), other control characters
/// and U+FFFE/U+FFFF dropped, quotes left as is (agwrite escapes them).
std::string graphviz_text(std::string_view s);

/// Lines joined with Graphviz's centred line break, each line through graphviz_text.
std::string graphviz_lines(const std::vector<std::string>& lines);

/// Text for Graphviz HTML-like labels: backslashes doubled (Graphviz substitutes \N, \G,
/// ... in HTML text as well, after decoding entities), then escape::xml.
std::string html_text(std::string_view s);

}  // namespace stakemap::render
