#pragma once
// Reading event logs (issue 15): XES (IEEE 1849; 1.0 and 2.0 as ProM, pm4py
// and Disco write them), gzipped or plain, read as a stream with expat and
// zlib; and CSV as municipalities export it from their zaaksysteem (chosen
// columns, `,` or `;`, UTF-8 with or without BOM, ISO 8601 or
// dd-mm-yyyy hh:mm[:ss] times). The engine's own event log (XES and CSV,
// exporters/eventlog) reads back.
//
// Errors name the file, the line (and column) and what was expected; with
// `lenient`, a bad event or row is skipped and counted instead
// (EventLog::skipped_events, skipped_reasons), while a file that cannot be
// read at all (broken XML structure, a truncated gzip) still fails.

#include <cstddef>
#include <functional>
#include <stdexcept>
#include <string>

#include "event_log.h"

namespace blokjes::eventlog {

class EventLogError : public std::runtime_error {
 public:
  // what(): "FILE:LINE:COLUMN: MESSAGE" (LINE and COLUMN left out when 0).
  EventLogError(std::string file, std::size_t line, std::size_t column, const std::string& message);
  const std::string& file() const { return file_; }
  std::size_t line() const { return line_; }
  std::size_t column() const { return column_; }

 private:
  std::string file_;
  std::size_t line_ = 0;
  std::size_t column_ = 0;
};

struct ReadOptions {
  bool lenient = false;  // skip and count bad events/rows instead of failing
};

// Which CSV columns hold what, by header name (compared without case and
// surrounding spaces). Empty names are guessed from the header: case: "case",
// "case_id", "case:concept:name", "zaak", "zaaknummer", "zaakidentificatie";
// activity: "activity", "concept:name", "activiteit", "statustype", "status";
// timestamp: "timestamp", "time:timestamp", "tijdstip", "datum", "datum_tijd";
// resource: "resource", "org:resource", "medewerker", "behandelaar". Case start
// and end are optional columns (on any row of the case; the first non-empty
// value counts). Every other column becomes an event attribute by its header.
struct CsvColumns {
  std::string case_id;
  std::string activity;
  std::string timestamp;
  std::string resource;
  std::string case_start;
  std::string case_end;
  char delimiter = 0;  // 0: whichever of ',' and ';' the header line has more of
};

// XES, gzipped or not (told by the gzip magic bytes, not the name).
EventLog read_xes(const std::string& path, const ReadOptions& options = {});
// The same from a string in memory (tests, fuzzing); `name` is used in errors.
EventLog read_xes_text(const std::string& text, const std::string& name, const ReadOptions& options = {});
EventLog read_csv(const std::string& path, const CsvColumns& columns = {}, const ReadOptions& options = {});
EventLog read_csv_text(const std::string& text, const std::string& name, const CsvColumns& columns = {},
                       const ReadOptions& options = {});
// By content: CSV when the file name ends in .csv (any case), XES otherwise.
EventLog read_event_log(const std::string& path, const CsvColumns& columns = {}, const ReadOptions& options = {});

// Streaming, for logs larger than memory: each case is handed over as a
// one-case EventLog fragment (its strings in the fragment's own pool) and
// then dropped, so memory stays bounded by the largest case plus the pool.
// Returns the number of cases read.
using CaseCallback = std::function<void(const EventLog& one_case)>;
std::size_t stream_xes(const std::string& path, const CaseCallback& on_case, const ReadOptions& options = {});

}  // namespace blokjes::eventlog
