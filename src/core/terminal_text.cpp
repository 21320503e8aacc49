#include "terminal_text.h"

// [SECTION] Reading one UTF-8 character
// [SECTION] Escaping a string
// [SECTION] Escaping a stream

namespace blokjes {
namespace {

// -----------------------------------------------------------------------------
// [SECTION] Reading one UTF-8 character
// -----------------------------------------------------------------------------

struct Sequence {
  std::size_t length = 0;  // 0: the first byte is not the start of valid UTF-8
  bool incomplete = false;  // valid so far, but the text ends inside it
};

// The valid UTF-8 sequence at text[i] (RFC 3629: no overlong forms, no
// surrogates, nothing above U+10FFFF).
Sequence sequence_at(std::string_view text, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char lead = byte(i);
  if (lead < 0x80) return {1, false};
  std::size_t length = 0;
  unsigned char low = 0x80;
  unsigned char high = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) low = 0xA0;
    if (lead == 0xED) high = 0x9F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) low = 0x90;
    if (lead == 0xF4) high = 0x8F;
  } else {
    return {};
  }
  for (std::size_t k = 1; k < length; ++k) {
    if (i + k >= text.size()) return {length, true};
    const unsigned char next = byte(i + k);
    if (next < (k == 1 ? low : 0x80) || next > (k == 1 ? high : 0xBF)) return {};
  }
  return {length, false};
}

char hex_digit(unsigned value) { return "0123456789abcdef"[value & 0xF]; }

void append_byte_escape(std::string& out, unsigned char byte) {
  out += "\\x";
  out += hex_digit(byte >> 4);
  out += hex_digit(byte);
}

void append_code_point_escape(std::string& out, unsigned code_point) {
  out += "\\u";
  for (int shift = 12; shift >= 0; shift -= 4) out += hex_digit(code_point >> shift);
}

unsigned decode(std::string_view text, std::size_t i, std::size_t length) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[i + k]); };
  if (length == 2) return ((byte(0) & 0x1Fu) << 6) | (byte(1) & 0x3Fu);
  if (length == 3) return ((byte(0) & 0x0Fu) << 12) | ((byte(1) & 0x3Fu) << 6) | (byte(2) & 0x3Fu);
  return ((byte(0) & 0x07u) << 18) | ((byte(1) & 0x3Fu) << 12) | ((byte(2) & 0x3Fu) << 6) |
         (byte(3) & 0x3Fu);
}

// Code points a terminal acts on or that reorder the line.
bool is_active_code_point(unsigned code_point) {
  return (code_point >= 0x80 && code_point <= 0x9F) ||
         (code_point >= 0x202A && code_point <= 0x202E) ||
         (code_point >= 0x2066 && code_point <= 0x2069);
}

// Escapes `text` onto `out`. Unless `at_end`, an incomplete UTF-8 character at
// the end is left for the next call; returns how many bytes were used.
std::size_t escape_into(std::string& out, std::string_view text, LineBreaks line_breaks,
                        bool at_end) {
  std::size_t i = 0;
  while (i < text.size()) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80) {
      if (byte >= 0x20 && byte != 0x7F) {
        out += static_cast<char>(byte);
      } else if ((byte == '\n' || byte == '\t') && line_breaks == LineBreaks::keep) {
        out += static_cast<char>(byte);
      } else if (byte == '\n') {
        out += "\\n";
      } else if (byte == '\t') {
        out += "\\t";
      } else if (byte == '\r') {
        out += "\\r";
      } else if (byte == 0x7F) {
        // As a code point: JSON output (nlohmann leaves DEL raw) stays valid.
        append_code_point_escape(out, byte);
      } else {
        append_byte_escape(out, byte);
      }
      ++i;
      continue;
    }
    const Sequence sequence = sequence_at(text, i);
    if (sequence.incomplete && !at_end) return i;
    if (sequence.length == 0 || sequence.incomplete) {
      append_byte_escape(out, byte);
      ++i;
      continue;
    }
    const unsigned code_point = decode(text, i, sequence.length);
    if (is_active_code_point(code_point)) {
      append_code_point_escape(out, code_point);
    } else {
      out.append(text.substr(i, sequence.length));
    }
    i += sequence.length;
  }
  return i;
}

}  // namespace

// -----------------------------------------------------------------------------
// [SECTION] Escaping a string
// -----------------------------------------------------------------------------

std::string terminal_safe(std::string_view text, LineBreaks line_breaks) {
  std::string out;
  out.reserve(text.size());
  escape_into(out, text, line_breaks, true);
  return out;
}

bool is_terminal_safe(std::string_view text, LineBreaks line_breaks) {
  return terminal_safe(text, line_breaks) == text;
}

// -----------------------------------------------------------------------------
// [SECTION] Escaping a stream
// -----------------------------------------------------------------------------

void TerminalSafeBuffer::write(std::string_view chunk) {
  std::string out;
  if (pending_.empty()) {
    out.reserve(chunk.size());
    const std::size_t used = escape_into(out, chunk, LineBreaks::keep, false);
    pending_.assign(chunk.substr(used));
  } else {
    std::string joined = pending_;
    joined.append(chunk);
    out.reserve(joined.size());
    const std::size_t used = escape_into(out, joined, LineBreaks::keep, false);
    pending_ = joined.substr(used);
  }
  if (!out.empty()) target_->sputn(out.data(), static_cast<std::streamsize>(out.size()));
}

void TerminalSafeBuffer::finish() {
  if (pending_.empty()) return;
  std::string out;
  escape_into(out, pending_, LineBreaks::keep, true);
  pending_.clear();
  target_->sputn(out.data(), static_cast<std::streamsize>(out.size()));
  target_->pubsync();
}

TerminalSafeBuffer::int_type TerminalSafeBuffer::overflow(int_type c) {
  if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
  const char byte = traits_type::to_char_type(c);
  write(std::string_view(&byte, 1));
  return c;
}

std::streamsize TerminalSafeBuffer::xsputn(const char* s, std::streamsize n) {
  write(std::string_view(s, static_cast<std::size_t>(n)));
  return n;
}

int TerminalSafeBuffer::sync() { return target_->pubsync(); }

}  // namespace blokjes
