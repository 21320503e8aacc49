#pragma once
// The store's schema, written once for both backends: each migration is the
// SQL that takes a database from version N-1 to N, one text with the few
// words the dialects spell differently marked, so both get the same tables
// and columns. A store runs the migrations above the version its
// schema_version table holds (none: 0), then records the new version
// (schema_version_sql), all in one transaction.
//
// [SECTIONS]
//   [MIGRATIONS]  the list, oldest first; the last one's version is kSchemaVersion
//   [VERSION]     how the version is read and written, the same on both backends

#include <span>
#include <string>
#include <string_view>

namespace blokjes::engine {

// [MIGRATIONS]
struct SchemaMigration {
  int version;               // the version the database has after this one
  std::string_view summary;  // one line, for errors and logs
  // Statements separated by ';', with {ID}, {BOOL} and {BIGINT} where the
  // dialects differ (schema.cpp); migration_sql gives a backend's text.
  std::string_view sql;
};

// Oldest first; versions 1, 2, ... without gaps; the last is kSchemaVersion.
std::span<const SchemaMigration> schema_migrations();

enum class SchemaDialect { sqlite, postgresql };
std::string migration_sql(const SchemaMigration& migration, SchemaDialect dialect);

// [VERSION]
// The table holds exactly one row. A database without it is new (when it
// holds no table at all) or not ours (when it holds other tables).
inline constexpr std::string_view kSchemaVersionTable = "schema_version";
inline constexpr std::string_view kReadSchemaVersionSql = "SELECT version FROM schema_version";
// Replaces the one row with `version`; the same text on both backends.
std::string schema_version_sql(int version);

}  // namespace blokjes::engine
