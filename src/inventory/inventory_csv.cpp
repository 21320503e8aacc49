#include "inventory_csv.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>

#include "core/atomic_file.h"
#include "core/json_text.h"
#include "core/load_error.h"
#include "core/utf8_text.h"
#include "inventory_text.h"

// [SECTIONS]
//   [RECORDS]  splitting text into records of fields, with their line numbers
//   [HEADER]   which column is which
//   [READ]     rows into products
//   [WRITE]    the mapping

namespace blokjes::inventory {
namespace {

// [RECORDS] -----------------------------------------------------------------

struct Record {
  int line = 0;
  std::vector<std::string> fields;
  bool unterminated_quote = false;
};

// One record starting at `pos`; moves `pos` past its line end. A quoted field
// may hold the separator and line ends; "" inside it is one quote.
Record next_record(std::string_view text, std::size_t& pos, int& line, char separator) {
  Record record;
  record.line = line;
  std::string field;
  bool quoted = false;
  bool was_quoted = false;
  while (pos < text.size()) {
    const char c = text[pos];
    if (quoted) {
      if (c == '"') {
        if (pos + 1 < text.size() && text[pos + 1] == '"') {
          field += '"';
          pos += 2;
          continue;
        }
        quoted = false;
        ++pos;
        continue;
      }
      if (c == '\n') ++line;
      field += c;
      ++pos;
      continue;
    }
    if (c == '"' && !was_quoted && std::all_of(field.begin(), field.end(), [](char f) {
          return f == ' ' || f == '\t';
        })) {
      field.clear();
      quoted = true;
      was_quoted = true;
      ++pos;
      continue;
    }
    if (c == separator) {
      record.fields.push_back(std::move(field));
      field.clear();
      was_quoted = false;
      ++pos;
      continue;
    }
    if (c == '\r' || c == '\n') {
      if (c == '\r' && pos + 1 < text.size() && text[pos + 1] == '\n') ++pos;
      ++pos;
      ++line;
      record.fields.push_back(std::move(field));
      return record;
    }
    field += c;
    ++pos;
  }
  record.unterminated_quote = quoted;
  record.fields.push_back(std::move(field));
  return record;
}

bool is_blank(const Record& record) {
  return std::all_of(record.fields.begin(), record.fields.end(),
                     [](const std::string& field) { return trimmed(field).empty(); });
}

// The header's separator: `;` or `,`, whichever occurs more often outside quotes.
char detect_separator(std::string_view text) {
  int semicolons = 0;
  int commas = 0;
  bool quoted = false;
  for (const char c : text) {
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (c == '\n' || c == '\r') break;
    if (c == ';') ++semicolons;
    if (c == ',') ++commas;
  }
  return commas > semicolons ? ',' : ';';
}

// [HEADER] ------------------------------------------------------------------

enum class Column { product, department, volume, term, process, confirmed };

struct ColumnName {
  std::string_view name;
  Column column;
};

// Header names after normalise(): Dutch first, English beside them. Other
// columns (the export's procesnaam, a remark) are read by nobody and ignored.
constexpr std::array<ColumnName, 28> kColumnNames = {{
    {"product", Column::product},
    {"dienst", Column::product},
    {"product/dienst", Column::product},
    {"product of dienst", Column::product},
    {"producten en diensten", Column::product},
    {"product or service", Column::product},
    {"service", Column::product},
    {"afdeling", Column::department},
    {"department", Column::department},
    {"team", Column::department},
    {"afdeling/team", Column::department},
    {"volume", Column::volume},
    {"aantal", Column::volume},
    {"aantal per jaar", Column::volume},
    {"volume per jaar", Column::volume},
    {"volume per year", Column::volume},
    {"per jaar", Column::volume},
    {"termijn", Column::term},
    {"wettelijke termijn", Column::term},
    {"legal term", Column::term},
    {"term", Column::term},
    {"beslistermijn", Column::term},
    {"proces", Column::process},
    {"process", Column::process},
    {"process id", Column::process},
    {"proces id", Column::process},
    {"bevestigd", Column::confirmed},
    {"confirmed", Column::confirmed},
}};

std::optional<Column> column_of(std::string_view header_field) {
  const std::string name = normalise(trimmed(header_field));
  for (const auto& entry : kColumnNames) {
    if (entry.name == name) return entry.column;
  }
  return std::nullopt;
}

struct Columns {
  std::optional<std::size_t> product, department, volume, term, process, confirmed;
  std::size_t required_fields() const {
    return std::max({*product, *department, *volume}) + 1;
  }
};

Columns read_header(const Record& header, const std::string& name) {
  Columns columns;
  for (std::size_t i = 0; i < header.fields.size(); ++i) {
    const auto column = column_of(header.fields[i]);
    if (!column) continue;
    std::optional<std::size_t>* slot = nullptr;
    switch (*column) {
      case Column::product: slot = &columns.product; break;
      case Column::department: slot = &columns.department; break;
      case Column::volume: slot = &columns.volume; break;
      case Column::term: slot = &columns.term; break;
      case Column::process: slot = &columns.process; break;
      case Column::confirmed: slot = &columns.confirmed; break;
    }
    if (slot->has_value()) {
      throw LoadError(name, {header.line, 1}, "",
                      "the header names column \"" + trimmed(header.fields[i]) +
                          "\" a second time (column " + std::to_string(i + 1) + ")");
    }
    *slot = i;
  }
  std::string missing;
  const auto add = [&](const char* column) { missing += (missing.empty() ? " " : ", ") + std::string(column); };
  if (!columns.product) add("product (product/dienst)");
  if (!columns.department) add("afdeling (department)");
  if (!columns.volume) add("volume (aantal per jaar)");
  if (!missing.empty()) {
    throw LoadError(name, {header.line, 1}, "",
                    "no usable header row: expected the columns product, afdeling and volume "
                    "(Dutch or English names, `;` or `,` between them); missing:" +
                        missing);
  }
  return columns;
}

// [READ] --------------------------------------------------------------------

// A whole non-negative number; a Dutch thousands point ("1.200") is allowed
// between groups of three digits, since Dutch spreadsheets write it.
std::optional<long long> parse_volume(std::string_view text) {
  const std::string value = trimmed(text);
  if (value.empty()) return std::nullopt;
  long long number = 0;
  std::size_t group = 0;
  bool grouped = false;
  for (std::size_t i = 0; i < value.size(); ++i) {
    const char c = value[i];
    if (c == '.') {
      if (i == 0 || (grouped && group != 3) || (!grouped && group > 3)) return std::nullopt;
      grouped = true;
      group = 0;
      continue;
    }
    if (!std::isdigit(static_cast<unsigned char>(c))) return std::nullopt;
    if (number > 1'000'000'000'000LL) return std::nullopt;
    number = number * 10 + (c - '0');
    ++group;
  }
  if (grouped && group != 3) return std::nullopt;
  return number;
}

std::optional<bool> parse_confirmed(std::string_view text) {
  const std::string value = normalise(trimmed(text));
  if (value.empty() || value == "nee" || value == "no" || value == "false" || value == "0") {
    return false;
  }
  if (value == "ja" || value == "yes" || value == "true" || value == "1" || value == "x") {
    return true;
  }
  return std::nullopt;
}

std::string field_at(const Record& record, const std::optional<std::size_t>& column) {
  if (!column || *column >= record.fields.size()) return {};
  return trimmed(record.fields[*column]);
}

// The product of one row, or the reason it is left out.
std::optional<InventoryProduct> read_row(const Record& record, const Columns& columns,
                                         std::string& problem) {
  if (record.unterminated_quote) {
    problem = "a quoted field is not closed (expected a closing \")";
    return std::nullopt;
  }
  for (std::size_t i = 0; i < record.fields.size(); ++i) {
    if (const auto bad = first_invalid_utf8(record.fields[i])) {
      problem = "field " + std::to_string(i + 1) + " is not valid UTF-8 (byte " +
                std::to_string(*bad + 1) + "); expected text saved as UTF-8";
      return std::nullopt;
    }
  }
  if (record.fields.size() < columns.required_fields()) {
    problem = "too few fields: " + std::to_string(record.fields.size()) + ", expected at least " +
              std::to_string(columns.required_fields()) + " (product, afdeling, volume)";
    return std::nullopt;
  }
  InventoryProduct product;
  product.product = field_at(record, columns.product);
  product.department = field_at(record, columns.department);
  if (product.product.empty()) {
    problem = "the product is empty; expected the name of a product or service";
    return std::nullopt;
  }
  const std::string volume = field_at(record, columns.volume);
  const auto number = parse_volume(volume);
  if (!number) {
    problem = "volume \"" + volume + "\" is not a whole non-negative number (e.g. 1200 or 1.200)";
    return std::nullopt;
  }
  product.volume_per_year = *number;
  const std::string term = field_at(record, columns.term);
  const auto iso = parse_legal_term(term);
  if (!iso) {
    problem = "legal term \"" + term +
              "\" is not understood; expected e.g. \"8 weken\", \"1 jaar\", \"P8W\" or \"geen\"";
    return std::nullopt;
  }
  product.legal_term = *iso;
  product.process = field_at(record, columns.process);
  const std::string confirmed = field_at(record, columns.confirmed);
  const auto flag = parse_confirmed(confirmed);
  if (!flag) {
    problem = "bevestigd \"" + confirmed + "\" is not understood; expected ja or nee";
    return std::nullopt;
  }
  product.confirmed = *flag;
  return product;
}

// [WRITE] -------------------------------------------------------------------

std::string field(std::string_view text) {
  if (text.find_first_of(";\"\r\n") == std::string_view::npos) return std::string(text);
  std::string quoted = "\"";
  for (const char c : text) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + '"';
}

}  // namespace

// [READ] --------------------------------------------------------------------

InventoryImport parse_inventory_csv(std::string_view text, const std::string& name) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  std::size_t pos = 0;
  int line = 1;
  InventoryImport result;
  // Blank lines before the header are skipped, as a spreadsheet may leave some.
  while (pos < text.size() && (text[pos] == '\n' || text[pos] == '\r' || text[pos] == ' ')) {
    if (text[pos] == '\n') ++line;
    ++pos;
  }
  if (pos >= text.size()) {
    throw LoadError(name, {}, "",
                    "the file is empty; expected a header row (product;afdeling;volume;termijn) "
                    "and one row per product");
  }
  result.separator = detect_separator(text.substr(pos));
  const Record header = next_record(text, pos, line, result.separator);
  if (const auto bad = first_invalid_utf8(text.substr(0, pos))) {
    throw LoadError(name, {header.line, 1}, "", "the header row is not valid UTF-8");
  }
  const Columns columns = read_header(header, name);
  while (pos < text.size()) {
    const Record record = next_record(text, pos, line, result.separator);
    if (is_blank(record)) continue;
    std::string problem;
    if (auto product = read_row(record, columns, problem)) {
      result.products.push_back(std::move(*product));
    } else {
      result.problems.push_back({record.line, problem});
    }
  }
  return result;
}

InventoryImport read_inventory_csv(const std::string& path) {
  return parse_inventory_csv(read_text_file(path, kMaxInventoryBytes), path);
}

std::string describe(const RowProblem& problem, const std::string& file) {
  return format_location(file, {problem.line, 1}) + ": error: " + problem.message;
}

// [WRITE] -------------------------------------------------------------------

std::string mapping_csv(const Workshop& workshop, const std::vector<InventoryProduct>& products) {
  std::string out = "\xEF\xBB\xBF";
  out += "product;afdeling;volume per jaar;wettelijke termijn;proces;procesnaam;bevestigd\r\n";
  for (const auto& product : products) {
    const Process* process = product.process.empty() ? nullptr
                                                     : workshop.find_process(product.process);
    out += field(product.product) + ';' + field(product.department) + ';' +
           std::to_string(product.volume_per_year) + ';' + field(product.legal_term) + ';' +
           field(product.process) + ';' + field(process ? process->name : std::string()) + ';' +
           (product.confirmed ? "ja" : "nee") + "\r\n";
  }
  return out;
}

void write_mapping_csv(const std::string& path, const Workshop& workshop,
                       const std::vector<InventoryProduct>& products) {
  write_file_atomically(path, mapping_csv(workshop, products));
}

}  // namespace blokjes::inventory
