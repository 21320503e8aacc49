#pragma once
// The handout as one self-contained HTML file (pictures embedded as data:
// URIs), laid out for A4: each process starts a page, tables and pictures
// fit the page width, rows are not split across pages.

#include <string>

#include "handout_content.h"

namespace blokjes {

std::string handout_html(const HandoutContent& content);

}  // namespace blokjes
