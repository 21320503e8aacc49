#pragma once
// The handout for wikis: one Markdown document (GitHub/GitLab flavoured
// tables) that shows each process's picture from a file beside it. The
// exporter writes the document and the pictures into one directory.

#include <string>

#include "handout_content.h"

namespace blokjes {

// `picture_file(process)` is the file name the document links for the
// process's picture (beside the document); empty: no picture.
std::string handout_markdown(const HandoutContent& content,
                             const std::function<std::string(const HandoutProcess&)>& picture_file);

// Text for a Markdown table cell or a line: | and line breaks would end the
// cell, and the characters Markdown reads as markup are escaped.
std::string markdown_escaped(std::string_view text);

}  // namespace blokjes
