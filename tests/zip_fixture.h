#pragma once
// Builds ZIP files with arbitrary entries for import tests, including the
// hostile ones a real exporter would never write.

#include <zip.h>

#include <cstdio>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace blokjes::test {

// With a password, every entry is AES-256 encrypted.
inline std::string make_zip(const std::vector<std::pair<std::string, std::string>>& entries,
                            const char* password = nullptr) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  if (archive == nullptr) throw std::runtime_error("cannot create a test ZIP");
  zip_source_keep(buffer);
  for (const auto& [name, text] : entries) {
    zip_source_t* source = zip_source_buffer(archive, text.data(), text.size(), 0);
    const auto index = zip_file_add(archive, name.c_str(), source, ZIP_FL_ENC_UTF_8);
    if (index < 0) throw std::runtime_error("cannot add " + name + ": " + zip_strerror(archive));
    if (password != nullptr && zip_file_set_encryption(archive, static_cast<zip_uint64_t>(index),
                                                       ZIP_EM_AES_256, password) < 0) {
      throw std::runtime_error("cannot encrypt " + name + ": " + zip_strerror(archive));
    }
  }
  if (zip_close(archive) < 0) throw std::runtime_error("cannot close the test ZIP");
  zip_stat_t stat;
  zip_source_open(buffer);
  zip_source_stat(buffer, &stat);
  std::string bytes(static_cast<std::size_t>(stat.size), '\0');
  zip_source_read(buffer, bytes.data(), stat.size);
  zip_source_close(buffer);
  zip_source_free(buffer);
  return bytes;
}

// A minimal Open Zaak catalogus ZIP of `zaaktypen` zaaktypen, each with
// `statustypen` statustypen (written in reverse volgnummer order), every
// field the Catalogi schema requires present. Each zaaktype's identificatie
// is `identificaties[i]` when given, else `identificatie`: many of one name
// is the duplicate case of issue 11 (item 4). For tests and benchmarks:
// make_catalogus_zip(6000, 1, "zelfde") is the 6,000-zaaktype ZIP.
inline std::string make_catalogus_zip(std::size_t zaaktypen, std::size_t statustypen,
                                      const std::string& identificatie,
                                      const std::vector<std::string>& identificaties = {}) {
  const std::string base = "https://oz.example/catalogi/api/v1/";
  const auto url = [&](const char* collection, std::size_t number) {
    char uuid[48];
    std::snprintf(uuid, sizeof uuid, "00000000-0000-4000-8000-%012zu", number);
    return base + collection + "/" + uuid;
  };
  const std::string catalogus = url("catalogussen", 0);
  std::string zaaktype_list = "[";
  std::string statustype_list = "[";
  std::size_t statustype_number = 0;
  for (std::size_t z = 0; z < zaaktypen; ++z) {
    const std::string zaaktype = url("zaaktypen", z + 1);
    const std::string name = z < identificaties.size() ? identificaties[z] : identificatie;
    if (z > 0) zaaktype_list += ",";
    zaaktype_list +=
        "{\"url\":\"" + zaaktype + "\",\"identificatie\":\"" + name +
        "\",\"omschrijving\":\"Zaaktype " + std::to_string(z + 1) +
        "\",\"vertrouwelijkheidaanduiding\":\"openbaar\",\"doel\":\"d\",\"aanleiding\":\"a\","
        "\"indicatieInternOfExtern\":\"extern\",\"handelingInitiator\":\"indienen\","
        "\"onderwerp\":\"o\",\"handelingBehandelaar\":\"behandelen\",\"doorlooptijd\":\"P8W\","
        "\"opschortingEnAanhoudingMogelijk\":false,\"verlengingMogelijk\":false,"
        "\"publicatieIndicatie\":false,\"productenOfDiensten\":[],"
        "\"referentieproces\":{\"naam\":\"r\"},\"verantwoordelijke\":\"Afdeling\","
        "\"beginGeldigheid\":\"2026-01-01\",\"versiedatum\":\"2026-01-01\",\"catalogus\":\"" +
        catalogus + "\",\"besluittypen\":[],\"gerelateerdeZaaktypen\":[]}";
    for (std::size_t s = statustypen; s >= 1; --s) {
      if (statustype_number++ > 0) statustype_list += ",";
      statustype_list += "{\"url\":\"" + url("statustypen", statustype_number) +
                         "\",\"omschrijving\":\"Stap " + std::to_string(s) +
                         "\",\"zaaktype\":\"" + zaaktype +
                         "\",\"volgnummer\":" + std::to_string(s) + "}";
    }
  }
  return make_zip({{"Catalogus.json", "[{\"url\":\"" + catalogus +
                                          "\",\"domein\":\"TEST\",\"rsin\":\"000000000\","
                                          "\"contactpersoonBeheerNaam\":\"Beheer\"}]"},
                   {"ZaakType.json", zaaktype_list + "]"},
                   {"StatusType.json", statustype_list + "]"}});
}

}  // namespace blokjes::test
