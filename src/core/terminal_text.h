#pragma once
// Text from a file on its way to a terminal or a message. A workshop's ids,
// labels and keys are the file author's, and a terminal obeys what it is sent:
// ESC ] 0; sets the window title, ESC [ 2 J clears the screen, ESC [ 8 m hides
// the findings after it, a bare \r overwrites a line. Everything blokjes and the
// app show passes through here, so such bytes are shown, not obeyed.
//
// [SECTION] Escaping a string
// [SECTION] Escaping a stream

#include <cstddef>
#include <streambuf>
#include <string>
#include <string_view>

namespace blokjes {

// -----------------------------------------------------------------------------
// [SECTION] Escaping a string
// -----------------------------------------------------------------------------

enum class LineBreaks {
  escape,  // one-line text (an id, a title, a status line): \n and \t are shown as such
  keep,    // multi-line output: \n and \t pass, every other control is escaped
};

// The text with every byte a terminal would act on shown instead:
//   C0 controls -> \x1b, \x07 (\r, \n, \t by their names); DEL -> \u007f
//   (the forms that are also JSON escapes where JSON output can hold them raw)
//   C1 controls (U+0080-U+009F, e.g. the one-byte CSI U+009B) -> \u009b
//   bidirectional overrides (U+202A-U+202E, U+2066-U+2069), which reorder what
//   follows on the line -> \u202e
//   a byte that is not part of valid UTF-8 -> \xff
// Printable text, including all other UTF-8, is returned unchanged, so
// terminal_safe(terminal_safe(x)) == terminal_safe(x).
std::string terminal_safe(std::string_view text, LineBreaks line_breaks = LineBreaks::escape);

// True when terminal_safe would change nothing.
bool is_terminal_safe(std::string_view text, LineBreaks line_breaks = LineBreaks::escape);

// -----------------------------------------------------------------------------
// [SECTION] Escaping a stream
// -----------------------------------------------------------------------------

// A streambuf that escapes what is written through it (LineBreaks::keep) and
// passes the result to `target`. Installed on std::cout and std::cerr by the
// command line, so no path that prints can forget it. A UTF-8 character split
// over two writes is held back until it is complete; finish() escapes what is
// still held back (an incomplete character at the end).
class TerminalSafeBuffer : public std::streambuf {
 public:
  explicit TerminalSafeBuffer(std::streambuf* target) : target_(target) {}
  ~TerminalSafeBuffer() override { finish(); }
  void finish();
  std::streambuf* target() const { return target_; }

 protected:
  int_type overflow(int_type c) override;
  std::streamsize xsputn(const char* s, std::streamsize n) override;
  int sync() override;

 private:
  void write(std::string_view chunk);

  std::streambuf* target_;
  std::string pending_;  // an incomplete UTF-8 character, at most 3 bytes
};

}  // namespace blokjes
