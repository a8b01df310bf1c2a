#pragma once
// Building blocks of the HTML report: tables, a bar chart and a heat-map cell, each escaping
// every piece of text that comes from the data.
#include <string>
#include <vector>

#include "i18n/lang.hpp"

namespace stakemap::report::html {

/// A table cell: text (escaped when written) or a number, optionally with a background.
struct Cell {
  Cell(std::string t = "", bool is_number = false, std::string bg = "", std::string tip = "")
      : text(std::move(t)), numeric(is_number), background(std::move(bg)), title(std::move(tip)) {}
  std::string text;
  bool numeric = false;
  std::string background;  ///< CSS colour (trusted: chosen by stakemap), "" for none
  std::string title;       ///< tooltip text (escaped)
  std::string sort;        ///< the value the table sorts by when the text is not a plain number ("" for the text)
  /// `v` with `decimals` decimals as `lang` writes it ("3,08"), sorted by its value.
  static Cell num(double v, int decimals = 3, i18n::Lang lang = i18n::Lang::en);
  static Cell count(long long v);
};

/// `<table class="data sortable">` with a header row; `caption` optional. Numeric cells are
/// right-aligned; every text is escaped.
std::string table(const std::vector<std::string>& headers, const std::vector<std::vector<Cell>>& rows,
                  const std::string& css_class = "data sortable");

/// An inline SVG horizontal bar chart: one bar per label, values in [0, 1] shown as percent
/// in `lang` (i18n::percent), with `note` (e.g. "38 of 57") after each bar.
std::string bar_chart(const std::vector<std::string>& labels, const std::vector<double>& shares,
                      const std::vector<std::string>& notes, i18n::Lang lang = i18n::Lang::en);

/// A colour from white to deep blue for a count relative to `max` (0 gives a warning red).
std::string heat_colour(int count, int max);

}  // namespace stakemap::report::html
