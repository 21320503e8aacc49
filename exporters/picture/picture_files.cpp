#include "picture_files.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <pugixml.hpp>

#include <cmath>
#include <cstdio>
#include <sstream>

#include "cairo_renderer.h"
#include "core/atomic_file.h"
#include "picture/process_picture.h"
#include "picture/utf8.h"
#include "picture_error.h"

// [SECTION] Surfaces
// [SECTION] The SVG text layer
// [SECTION] Bytes
// [SECTION] Files

namespace blokjes {
namespace {

// -----------------------------------------------------------------------------
// [SECTION] Surfaces
// -----------------------------------------------------------------------------

cairo_status_t append_bytes(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

void check(cairo_status_t status, const char* what) {
  if (status != CAIRO_STATUS_SUCCESS) {
    throw PictureError(std::string("cairo could not make the ") + what + ": " +
                       cairo_status_to_string(status));
  }
}

// Draws the picture on `surface` and finishes it; the surface is destroyed
// whatever happens.
void draw_and_finish(cairo_surface_t* surface, const picture::Picture& picture,
                     const PictureFrame& frame, const PictureFont& font, const char* what) {
  cairo_t* cr = cairo_create(surface);
  try {
    check(cairo_surface_status(surface), what);
    render_picture(picture, frame, cr, font);
  } catch (...) {
    cairo_destroy(cr);
    cairo_surface_destroy(surface);
    throw;
  }
  cairo_destroy(cr);
  cairo_surface_finish(surface);
  const cairo_status_t status = cairo_surface_status(surface);
  cairo_surface_destroy(surface);
  check(status, what);
}

// -----------------------------------------------------------------------------
// [SECTION] The SVG text layer
// -----------------------------------------------------------------------------

// XML 1.0 allows tab, newline, carriage return and everything from U+0020
// but the surrogates and U+FFFE/U+FFFF (valid_utf8 already replaced those).
std::string xml_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  picture::for_each_code_point(text, [&](char32_t c) {
    const bool allowed = (c >= 0x20 || c == 0x09 || c == 0x0A || c == 0x0D) && c != 0xFFFE &&
                         c != 0xFFFF;
    append_utf8(out, allowed ? c : U'\uFFFD');  // surrogates too (append_utf8)
  });
  return out;
}

std::string number(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f", std::isfinite(value) ? value : 0.0);
  return buffer;
}

// The invisible text layer as one <g> element, at the places render_picture
// draws each run (cairo_renderer.cpp: start floored, baseline at ImGui's ascent).
void append_text_layer(pugi::xml_node parent, const picture::Picture& picture,
                       const PictureFrame& frame, const PictureFont& font) {
  pugi::xml_node layer = parent.append_child("g");
  layer.append_attribute("class") = "text";
  layer.append_attribute("font-family") = font.family().c_str();
  layer.append_attribute("fill-opacity") = "0";
  layer.append_attribute("xml:space") = "preserve";
  for (const auto& primitive : picture.primitives) {
    const auto* run = std::get_if<picture::TextRun>(&primitive);
    if (!run || run->text.empty()) continue;
    const double size = text_pixels(*run, frame);
    if (size <= 0) continue;
    const double x = std::floor(frame.to_pixel_x(run->top_left.x));
    const double y = std::floor(frame.to_pixel_y(run->top_left.y)) + font.baseline_offset(size);
    pugi::xml_node text = layer.append_child("text");
    text.append_attribute("x") = number(x).c_str();
    text.append_attribute("y") = number(y).c_str();
    text.append_attribute("font-size") = number(font.em_size(size)).c_str();
    text.append_attribute("textLength") = number(font.advance_width(run->text, size)).c_str();
    text.append_attribute("lengthAdjust") = "spacingAndGlyphs";
    text.append_child(pugi::node_pcdata).set_value(xml_text(run->text).c_str());
  }
}

std::string with_text_layer(const std::string& svg, const picture::Picture& picture,
                            const PictureFrame& frame, const PictureFont& font) {
  pugi::xml_document document;
  const pugi::xml_parse_result parsed = document.load_buffer(
      svg.data(), svg.size(), pugi::parse_default | pugi::parse_declaration | pugi::parse_doctype);
  pugi::xml_node root = document.child("svg");
  std::ostringstream out;
  if (parsed && root) {
    append_text_layer(root, picture, frame, font);
    document.save(out, "  ", pugi::format_indent, pugi::encoding_utf8);
    return out.str();
  }
  // cairo's output did not parse (it always has so far): the layer is made
  // by pugixml all the same, and set in before the last </svg>.
  const std::size_t end = svg.rfind("</svg>");
  if (end == std::string::npos) throw PictureError("cairo's SVG has no </svg>");
  pugi::xml_document layer;
  append_text_layer(layer, picture, frame, font);
  layer.save(out, "  ", pugi::format_indent | pugi::format_no_declaration, pugi::encoding_utf8);
  return svg.substr(0, end) + out.str() + svg.substr(end);
}

}  // namespace

// -----------------------------------------------------------------------------
// [SECTION] Bytes
// -----------------------------------------------------------------------------

std::string svg_of(const picture::Picture& picture, const PictureFrame& frame,
                   const PictureFont& font) {
  std::string bytes;
  cairo_surface_t* surface = cairo_svg_surface_create_for_stream(
      append_bytes, &bytes, frame.pixel_width(), frame.pixel_height());
  cairo_svg_surface_restrict_to_version(surface, CAIRO_SVG_VERSION_1_1);
  cairo_svg_surface_set_document_unit(surface, CAIRO_SVG_UNIT_PX);
  draw_and_finish(surface, picture, frame, font, "SVG");
  return with_text_layer(bytes, picture, frame, font);
}

std::string png_of(const picture::Picture& picture, const PictureFrame& frame,
                   const PictureFont& font) {
  const int width = frame.pixel_width();
  const int height = frame.pixel_height();
  if (width > kMaxPngSide || height > kMaxPngSide ||
      static_cast<long long>(width) * height > kMaxPngPixels) {
    throw PictureError("the picture is " + std::to_string(width) + " x " +
                       std::to_string(height) + " pixels; a PNG may be at most " +
                       std::to_string(kMaxPngSide) + " pixels a side and " +
                       std::to_string(kMaxPngPixels) +
                       " pixels in all (choose a smaller scale, or SVG or PDF)");
  }
  cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, width, height);
  cairo_t* cr = cairo_create(surface);
  try {
    check(cairo_surface_status(surface), "PNG");
    render_picture(picture, frame, cr, font);
  } catch (...) {
    cairo_destroy(cr);
    cairo_surface_destroy(surface);
    throw;
  }
  cairo_destroy(cr);
  cairo_surface_flush(surface);
  std::string bytes;
  const cairo_status_t status = cairo_surface_write_to_png_stream(surface, append_bytes, &bytes);
  cairo_surface_destroy(surface);
  check(status, "PNG");
  return bytes;
}

std::string pdf_of(const picture::Picture& picture, const PictureFrame& frame,
                   const PictureFont& font) {
  std::string bytes;
  cairo_surface_t* surface = cairo_pdf_surface_create_for_stream(
      append_bytes, &bytes, frame.pixel_width(), frame.pixel_height());
  draw_and_finish(surface, picture, frame, font, "PDF");
  return bytes;
}

// -----------------------------------------------------------------------------
// [SECTION] Files
// -----------------------------------------------------------------------------

void write_svg(const std::string& path, const picture::Picture& picture,
               const PictureFrame& frame, const PictureFont& font) {
  write_file_atomically(path, svg_of(picture, frame, font));
}

void write_png(const std::string& path, const picture::Picture& picture,
               const PictureFrame& frame, const PictureFont& font) {
  write_file_atomically(path, png_of(picture, frame, font));
}

void write_pdf(const std::string& path, const picture::Picture& picture,
               const PictureFrame& frame, const PictureFont& font) {
  write_file_atomically(path, pdf_of(picture, frame, font));
}

}  // namespace blokjes
