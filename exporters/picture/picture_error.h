#pragma once
// What the picture exporters throw when they cannot make a picture: a font
// file that is missing or not a font, a picture too large for a PNG, a cairo
// failure. The message names the file or the limit and what was expected.

#include <stdexcept>

namespace blokjes {

class PictureError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace blokjes
