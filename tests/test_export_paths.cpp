// Where an export goes when the user has not said (exporters/export_paths.h):
// per format, picture subject and number of processes, beside the workshop.

#include <catch2/catch.hpp>

#include "exporters/export_paths.h"

using namespace blokjes;

namespace {

std::string suggested(std::string_view format_id, std::optional<PictureSubject> subject,
                      const std::vector<std::string>& ids,
                      const std::string& workshop = "/m/sessie.json") {
  const ExportFormat* format = find_export_format(format_id);
  REQUIRE(format != nullptr);
  return suggested_export_path(*format, subject, ids, workshop);
}

bool directory(std::string_view format_id, std::optional<PictureSubject> subject,
               std::size_t count) {
  const ExportFormat* format = find_export_format(format_id);
  REQUIRE(format != nullptr);
  return export_writes_directory(*format, subject, count);
}

}  // namespace

TEST_CASE("suggested paths of the zaaktype formats never name the workshop file",
          "[export-paths]") {
  CHECK(suggested("openzaak-zip", {}, {"a", "b"}) == "/m/sessie.zip");
  CHECK(suggested("zgw-json", {}, {"a"}) == "/m/sessie-a.json");
  CHECK(suggested("zgw-json", {}, {"a", "b"}) == "/m/sessie-zaaktypen");
  CHECK(suggested("zgw-json", {}, {"a"}, "") == "export-a.json");
}

TEST_CASE("suggested paths of the workshop formats", "[export-paths]") {
  CHECK(suggested("bpmn", {}, {"a"}) == "/m/sessie-a.bpmn");
  CHECK(suggested("bpmn", {}, {"a", "b"}) == "/m/sessie.bpmn");
  CHECK(suggested("svg", {}, {"a"}) == "/m/sessie-a.svg");
  CHECK(suggested("png", {}, {"a", "b"}) == "/m/sessie-afbeeldingen");
  CHECK(suggested("svg", PictureSubject::compare, {"a", "b"}) == "/m/sessie-vergelijking.svg");
  CHECK(suggested("png", PictureSubject::matrix, {"a", "b", "c"}) == "/m/sessie-matrix.png");
  CHECK(suggested("html", {}, {"a", "b"}) == "/m/sessie-handout.html");
  CHECK(suggested("pdf", {}, {"a"}) == "/m/sessie-handout.pdf");
  CHECK(suggested("pdf", PictureSubject::canvas, {"a"}) == "/m/sessie-a.pdf");
  CHECK(suggested("pdf", PictureSubject::canvas, {"a", "b"}) == "/m/sessie-afbeeldingen");
  CHECK(suggested("md", {}, {"a"}) == "/m/sessie-handout");
  CHECK(suggested("cards", {}, {}) == "/m/sessie-blokjes.pdf");
  CHECK(suggested("zac", {}, {"a"}) == "/m/sessie-zac");
}

TEST_CASE("which exports write a directory", "[export-paths]") {
  CHECK_FALSE(directory("openzaak-zip", {}, 5));
  CHECK(directory("zgw-json", {}, 2));
  CHECK_FALSE(directory("zgw-json", {}, 1));
  CHECK(directory("svg", {}, 2));
  CHECK_FALSE(directory("svg", PictureSubject::compare, 2));
  CHECK_FALSE(directory("png", PictureSubject::matrix, 9));
  CHECK_FALSE(directory("pdf", {}, 9));  // the handout
  CHECK(directory("pdf", PictureSubject::canvas, 2));
  CHECK(directory("md", {}, 1));
  CHECK_FALSE(directory("html", {}, 9));
  CHECK_FALSE(directory("bpmn", {}, 9));
  CHECK(directory("zac", {}, 1));
}

TEST_CASE("a picture subject needs the right number of processes, said in the language",
          "[export-paths]") {
  CHECK_FALSE(picture_subject_problem(PictureSubject::canvas, 1, Language::dutch));
  CHECK_FALSE(picture_subject_problem(PictureSubject::compare, 2, Language::dutch));
  CHECK_THAT(*picture_subject_problem(PictureSubject::compare, 3, Language::dutch),
             Catch::Matchers::Contains("twee processen") && Catch::Matchers::Contains("3"));
  CHECK_THAT(*picture_subject_problem(PictureSubject::matrix, 1, Language::english),
             Catch::Matchers::Contains("two processes or more"));
  CHECK_FALSE(picture_subject_problem(PictureSubject::matrix, 2, Language::english));
}
