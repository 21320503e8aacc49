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

struct Workshop {
  std::string name;
  std::string date;  // YYYY-MM-DD, may be empty
  std::string description;
  std::vector<Department> departments;
  std::vector<Participant> participants;
  std::vector<Process> processes;
  std::vector<Note> notes;

  const Process* find_process(std::string_view process_id) const;
  Process* find_process(std::string_view process_id);
  const Department* find_department(std::string_view department_id) const;
  bool operator==(const Workshop&) const = default;
};

}  // namespace blokjes
