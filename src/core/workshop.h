#pragma once
// A blokjessessie: the departments and people at the table, the processes they
// laid out, and the notes taken. This is what the app opens and saves.

#include <string>
#include <string_view>
#include <vector>

#include "process.h"

namespace blokjes {

struct Department {
  std::string id;
  std::string name;
  std::string directorate;
  bool operator==(const Department&) const = default;
};

struct Participant {
  std::string name;
  std::string role;
  std::string department;  // may be empty (a facilitator from outside)
  bool operator==(const Participant&) const = default;
};

struct Note {
  std::string id;
  std::string text;
  std::string author;
  std::string process;  // may be empty: a note about the whole workshop
  bool operator==(const Note&) const = default;
};

// The Catalogus the workshop's zaaktypen are exported into.
struct CatalogusFields {
  std::string domein;  // at most 5 characters, e.g. "VELS"
  std::string rsin;    // 9 digits, passing the 11-proef
  std::string contactpersoon_beheer_naam;
  std::string contactpersoon_beheer_telefoonnummer;
  std::string contactpersoon_beheer_emailadres;
  std::string naam;
  std::string versie;
  std::string begindatum_versie;  // YYYY-MM-DD or empty
  // Kept from an import so the catalogus keeps its UUID; empty means derived
  // from rsin and domein.
  std::string uuid;
  bool empty() const { return *this == CatalogusFields{}; }
  bool operator==(const CatalogusFields&) const = default;
};

struct Workshop {
  std::string name;
  std::string date;  // YYYY-MM-DD, may be empty
  std::string description;
  std::vector<Department> departments;
  std::vector<Participant> participants;
  std::vector<Process> processes;
  std::vector<Note> notes;
  CatalogusFields catalogus;

  const Process* find_process(std::string_view process_id) const;
  Process* find_process(std::string_view process_id);
  const Department* find_department(std::string_view department_id) const;
  bool operator==(const Workshop&) const = default;
};

}  // namespace blokjes
