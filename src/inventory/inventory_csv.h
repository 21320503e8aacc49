#pragma once
// The inventory as CSV: reading the teams' list of products and services
// (product, department, volume per year, optional legal term; a mapping's
// process and confirmed columns too, so an exported mapping reads back) and
// writing the mapping.
//
// [SECTIONS]
//   [READ]   parse_inventory_csv, read_inventory_csv
//   [WRITE]  mapping_csv, write_mapping_csv

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/workshop.h"

namespace blokjes::inventory {

// [READ] --------------------------------------------------------------------

// A row that was left out, with where and why.
struct RowProblem {
  int line = 0;  // 1-based line of the file where the row starts
  std::string message;
};

struct InventoryImport {
  std::vector<InventoryProduct> products;  // the good rows, in file order
  std::vector<RowProblem> problems;        // the bad rows, in file order
  char separator = ';';
};

// The largest inventory file read; a municipality's list is a few hundred rows.
inline constexpr std::size_t kMaxInventoryBytes = 8u * 1024u * 1024u;

// Parses CSV text. The header row names the columns in any order, in Dutch or
// English (product/dienst, afdeling/department, volume/aantal per jaar,
// termijn/wettelijke termijn/legal term, proces/process, bevestigd/confirmed);
// the separator is `;` or `,`, whichever the header uses; fields may be quoted
// with "" for a quote; a UTF-8 BOM and CRLF line ends are accepted. Bad rows go
// to `problems` and the good rows are kept. Throws LoadError naming `name`
// when there is no usable header (empty text, a required column missing).
InventoryImport parse_inventory_csv(std::string_view text, const std::string& name);

// Reads and parses a file; throws LoadError when it cannot be read.
InventoryImport read_inventory_csv(const std::string& path);

// "file:line:1: error: message" for a problem, as the loaders print theirs.
std::string describe(const RowProblem& problem, const std::string& file);

// [WRITE] -------------------------------------------------------------------

// The mapping as CSV for a Dutch spreadsheet: a UTF-8 BOM, `;` between fields,
// CRLF line ends, fields quoted the RFC 4180 way when they hold `;`, a quote
// or a line end. Columns: product;afdeling;volume per jaar;wettelijke termijn;
// proces;procesnaam;bevestigd (ja/nee). An unknown process id keeps its id and
// gets an empty name.
std::string mapping_csv(const Workshop& workshop, const std::vector<InventoryProduct>& products);

// Writes mapping_csv atomically (core/atomic_file.h); throws std::runtime_error.
void write_mapping_csv(const std::string& path, const Workshop& workshop,
                       const std::vector<InventoryProduct>& products);

}  // namespace blokjes::inventory
