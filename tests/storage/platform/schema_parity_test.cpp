// The schema parity test: both dialects' migrations must build the same schema. After migrating a
// fresh SQLite and a fresh PostgreSQL database, the tables, their columns (type by family and
// nullability), primary keys, unique constraints, foreign keys and the indexes (by name, table,
// columns, uniqueness and whether partial) must be the same. It reads the catalogues with plain
// libpq and SQLite (see support/test_database.cpp for why not SOCI).
//
// Compared as equal on purpose: PostgreSQL BIGINT, INTEGER and BOOLEAN against SQLite INTEGER (SQLite
// keeps booleans as 0/1); an index column that is an expression (lower(email)) as "<expression>";
// constraints by their columns, not their generated names. Not compared: triggers (PostgreSQL's are
// deferred constraint triggers, SQLite's row triggers; migration 011 explains why) and defaults.
//
// It needs both databases at once, so it runs in the PostgreSQL run of the storage suite (which has
// LP_TEST_POSTGRES_URL) and is skipped, saying so, in the SQLite run.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <postgresql/libpq-fe.h>
#include <sqlite3.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <memory>
#include <set>
#include <stdexcept>
#include <string>
#include <tuple>
#include <vector>

#include "support/test_database.hpp"

namespace lp::storage_test {
namespace {

using Rows = std::vector<std::vector<std::string>>;

struct Column {
  std::string family;
  bool not_null = false;
  auto operator<=>(const Column&) const = default;
};

struct Index {
  std::string table;
  std::vector<std::string> columns;
  bool unique = false;
  bool partial = false;
  auto operator<=>(const Index&) const = default;
};

// (table, columns) of a key or a unique constraint; a foreign key adds where it points and on delete.
using Key = std::tuple<std::string, std::vector<std::string>>;
using ForeignKey =
    std::tuple<std::string, std::vector<std::string>, std::string, std::vector<std::string>, std::string>;

struct Schema {
  std::map<std::string, std::map<std::string, Column>> tables;  // table -> column -> column
  std::set<Key> primary_keys;
  std::set<Key> unique_constraints;
  std::set<ForeignKey> foreign_keys;
  std::map<std::string, Index> indexes;  // by name: the indexes the migrations create themselves
};

std::string Family(std::string type) {
  std::transform(type.begin(), type.end(), type.begin(), [](unsigned char c) { return std::tolower(c); });
  if (type == "integer" || type == "bigint" || type == "smallint" || type == "boolean") return "integer";
  if (type == "text" || type.starts_with("character")) return "text";
  if (type == "real" || type == "double precision" || type == "numeric") return "real";
  if (type == "blob" || type == "bytea") return "blob";
  return type;
}

std::string OnDelete(std::string action) {
  std::transform(action.begin(), action.end(), action.begin(), [](unsigned char c) { return std::toupper(c); });
  return action;
}

// --- SQLite ---

Rows QuerySqlite(sqlite3* db, const std::string& sql) {
  sqlite3_stmt* raw = nullptr;
  if (sqlite3_prepare_v2(db, sql.c_str(), -1, &raw, nullptr) != SQLITE_OK) {
    throw std::runtime_error("SQLite: " + std::string(sqlite3_errmsg(db)) + " in " + sql);
  }
  std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)> statement(raw, &sqlite3_finalize);
  Rows rows;
  while (sqlite3_step(statement.get()) == SQLITE_ROW) {
    auto& row = rows.emplace_back();
    for (int i = 0; i < sqlite3_column_count(statement.get()); ++i) {
      const auto* text = sqlite3_column_text(statement.get(), i);
      row.emplace_back(text == nullptr ? "" : reinterpret_cast<const char*>(text));
    }
  }
  return rows;
}

Schema ReadSqlite(const std::string& path) {
  sqlite3* raw = nullptr;
  if (sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
    throw std::runtime_error("Cannot open " + path);
  }
  std::unique_ptr<sqlite3, decltype(&sqlite3_close)> db(raw, &sqlite3_close);
  Schema schema;
  for (const auto& table_row : QuerySqlite(db.get(),
                                           "SELECT name FROM sqlite_master WHERE type = 'table' AND "
                                           "name NOT LIKE 'sqlite_%' ORDER BY name")) {
    const auto& table = table_row[0];
    std::vector<std::pair<int, std::string>> primary;
    for (const auto& column : QuerySqlite(db.get(), "PRAGMA table_info('" + table + "')")) {
      // cid, name, type, notnull, dflt_value, pk
      const int pk = std::stoi(column[5]);
      schema.tables[table][column[1]] = {Family(column[2]), column[3] == "1" || pk > 0};
      if (pk > 0) primary.emplace_back(pk, column[1]);
    }
    std::sort(primary.begin(), primary.end());
    if (!primary.empty()) {
      std::vector<std::string> columns;
      for (const auto& [position, name] : primary) columns.push_back(name);
      schema.primary_keys.insert({table, columns});
    }
    std::map<int, std::tuple<std::string, std::vector<std::string>, std::vector<std::string>, std::string>> foreign;
    for (const auto& key : QuerySqlite(db.get(), "PRAGMA foreign_key_list('" + table + "')")) {
      // id, seq, table, from, to, on_update, on_delete, match
      auto& entry = foreign[std::stoi(key[0])];
      std::get<0>(entry) = key[2];
      std::get<1>(entry).push_back(key[3]);
      std::get<2>(entry).push_back(key[4]);
      std::get<3>(entry) = OnDelete(key[6]);
    }
    for (const auto& [id, key] : foreign) {
      schema.foreign_keys.insert({table, std::get<1>(key), std::get<0>(key), std::get<2>(key), std::get<3>(key)});
    }
    for (const auto& index : QuerySqlite(db.get(), "PRAGMA index_list('" + table + "')")) {
      // seq, name, unique, origin (c: CREATE INDEX, u: UNIQUE, pk), partial
      std::vector<std::string> columns;
      for (const auto& column : QuerySqlite(db.get(), "PRAGMA index_info('" + index[1] + "')")) {
        columns.push_back(column[2].empty() ? "<expression>" : column[2]);  // seqno, cid, name
      }
      if (index[3] == "u") schema.unique_constraints.insert({table, columns});
      if (index[3] == "c") schema.indexes[index[1]] = {table, columns, index[2] == "1", index[4] == "1"};
    }
  }
  return schema;
}

// --- PostgreSQL ---

Rows QueryPostgres(PGconn* connection, const std::string& sql) {
  std::unique_ptr<PGresult, decltype(&PQclear)> result(PQexec(connection, sql.c_str()), &PQclear);
  if (PQresultStatus(result.get()) != PGRES_TUPLES_OK) {
    throw std::runtime_error("PostgreSQL: " + std::string(PQerrorMessage(connection)) + " in " + sql);
  }
  Rows rows;
  for (int r = 0; r < PQntuples(result.get()); ++r) {
    auto& row = rows.emplace_back();
    for (int c = 0; c < PQnfields(result.get()); ++c) row.emplace_back(PQgetvalue(result.get(), r, c));
  }
  return rows;
}

// "{a,b}" (a PostgreSQL text array) as its elements.
std::vector<std::string> Elements(std::string array) {
  std::vector<std::string> elements;
  if (array.size() < 2) return elements;
  array = array.substr(1, array.size() - 2);
  std::string current;
  for (const char c : array) {
    if (c == ',') {
      elements.push_back(current);
      current.clear();
    } else if (c != '"') {
      current += c;
    }
  }
  if (!current.empty()) elements.push_back(current);
  return elements;
}

Schema ReadPostgres(const std::string& url) {
  std::unique_ptr<PGconn, decltype(&PQfinish)> connection(PQconnectdb(url.c_str()), &PQfinish);
  if (PQstatus(connection.get()) != CONNECTION_OK) throw std::runtime_error("Cannot connect to " + url);
  auto* db = connection.get();
  Schema schema;
  for (const auto& column : QueryPostgres(db,
                                          "SELECT table_name, column_name, data_type, is_nullable "
                                          "FROM information_schema.columns WHERE table_schema = 'public'")) {
    schema.tables[column[0]][column[1]] = {Family(column[2]), column[3] == "NO"};
  }
  // The columns of a constraint or an index, in their order.
  const std::string constraint_columns =
      "ARRAY(SELECT a.attname FROM unnest(c.conkey) WITH ORDINALITY AS k(attnum, ord) "
      "JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum ORDER BY k.ord)";
  for (const auto& key : QueryPostgres(db, "SELECT c.contype, c.conrelid::regclass::text, " + constraint_columns +
                                               ", c.confrelid::regclass::text, "
                                               "ARRAY(SELECT a.attname FROM unnest(c.confkey) WITH ORDINALITY AS "
                                               "k(attnum, ord) JOIN pg_attribute a ON a.attrelid = c.confrelid AND "
                                               "a.attnum = k.attnum ORDER BY k.ord), c.confdeltype "
                                               "FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace "
                                               "WHERE n.nspname = 'public' AND c.contype IN ('p', 'u', 'f')")) {
    const auto columns = Elements(key[2]);
    if (key[0] == "p") schema.primary_keys.insert({key[1], columns});
    if (key[0] == "u") schema.unique_constraints.insert({key[1], columns});
    if (key[0] == "f") {
      static const std::map<std::string, std::string> kActions = {
          {"a", "NO ACTION"}, {"r", "RESTRICT"}, {"c", "CASCADE"}, {"n", "SET NULL"}, {"d", "SET DEFAULT"}};
      schema.foreign_keys.insert({key[1], columns, key[3], Elements(key[4]), kActions.at(key[5])});
    }
  }
  // The indexes the migrations create themselves: those not backing a constraint.
  for (const auto& index :
       QueryPostgres(db,
                     "SELECT ic.relname, t.relname, i.indisunique, i.indpred IS NOT NULL, "
                     "ARRAY(SELECT CASE WHEN k.attnum = 0 THEN '<expression>' ELSE a.attname END "
                     "FROM unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord) LEFT JOIN pg_attribute a "
                     "ON a.attrelid = i.indrelid AND a.attnum = k.attnum ORDER BY k.ord) "
                     "FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_class t ON t.oid = "
                     "i.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace WHERE n.nspname = 'public' "
                     "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)")) {
    schema.indexes[index[0]] = {index[1], Elements(index[4]), index[2] == "t", index[3] == "t"};
  }
  return schema;
}

std::string Describe(const Key& key) {
  std::string text = std::get<0>(key) + "(";
  for (const auto& column : std::get<1>(key)) text += column + ",";
  return text + ")";
}

TEST(SchemaParity, BothDialectsMigrationsBuildTheSameSchema) {
  if (test::TestBackend() != "postgresql") {
    GTEST_SKIP() << "compares SQLite with PostgreSQL; runs in the PostgreSQL run (LP_TEST_BACKEND=postgresql)";
  }
  test::TestDatabase postgres;
  postgres.Open().reset();
  const auto sqlite_path = std::filesystem::temp_directory_path() / ("lp_parity_" + std::to_string(::getpid()) + ".db");
  {
    storage::StoreOptions options;
    storage::OpenStore("sqlite://" + sqlite_path.string(), options)->Migrate();
  }
  const auto sqlite = ReadSqlite(sqlite_path.string());
  const auto pg = ReadPostgres(postgres.url());
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(sqlite_path.string() + suffix);

  ASSERT_GT(sqlite.tables.size(), 20U) << "the SQLite schema was not read";
  std::set<std::string> sqlite_tables, pg_tables;
  for (const auto& [table, columns] : sqlite.tables) sqlite_tables.insert(table);
  for (const auto& [table, columns] : pg.tables) pg_tables.insert(table);
  EXPECT_EQ(sqlite_tables, pg_tables) << "the tables differ";
  for (const auto& [table, columns] : sqlite.tables) {
    const auto other = pg.tables.find(table);
    if (other == pg.tables.end()) continue;
    for (const auto& [name, column] : columns) {
      const auto match = other->second.find(name);
      if (match == other->second.end()) {
        ADD_FAILURE() << table << "." << name << " is not in PostgreSQL";
        continue;
      }
      EXPECT_EQ(column.family, match->second.family) << table << "." << name << ": type family";
      EXPECT_EQ(column.not_null, match->second.not_null) << table << "." << name << ": NOT NULL";
    }
    for (const auto& [name, column] : other->second) {
      EXPECT_TRUE(columns.contains(name)) << table << "." << name << " is not in SQLite";
    }
  }
  for (const auto& key : sqlite.primary_keys) {
    EXPECT_TRUE(pg.primary_keys.contains(key)) << "primary key " << Describe(key) << " only in SQLite";
  }
  for (const auto& key : pg.primary_keys) {
    EXPECT_TRUE(sqlite.primary_keys.contains(key)) << "primary key " << Describe(key) << " only in PostgreSQL";
  }
  for (const auto& key : sqlite.unique_constraints) {
    EXPECT_TRUE(pg.unique_constraints.contains(key)) << "unique " << Describe(key) << " only in SQLite";
  }
  for (const auto& key : pg.unique_constraints) {
    EXPECT_TRUE(sqlite.unique_constraints.contains(key)) << "unique " << Describe(key) << " only in PostgreSQL";
  }
  for (const auto& key : sqlite.foreign_keys) {
    EXPECT_TRUE(pg.foreign_keys.contains(key))
        << "foreign key " << Describe({std::get<0>(key), std::get<1>(key)}) << " -> " << std::get<2>(key)
        << " on delete " << std::get<4>(key) << " only in SQLite";
  }
  for (const auto& key : pg.foreign_keys) {
    EXPECT_TRUE(sqlite.foreign_keys.contains(key))
        << "foreign key " << Describe({std::get<0>(key), std::get<1>(key)}) << " -> " << std::get<2>(key)
        << " on delete " << std::get<4>(key) << " only in PostgreSQL";
  }
  for (const auto& [name, index] : sqlite.indexes) {
    const auto other = pg.indexes.find(name);
    if (other == pg.indexes.end()) {
      ADD_FAILURE() << "index " << name << " only in SQLite";
      continue;
    }
    EXPECT_EQ(index.table, other->second.table) << "index " << name;
    EXPECT_EQ(index.columns, other->second.columns) << "index " << name;
    EXPECT_EQ(index.unique, other->second.unique) << "index " << name << ": unique";
    EXPECT_EQ(index.partial, other->second.partial) << "index " << name << ": partial";
  }
  for (const auto& [name, index] : pg.indexes) {
    EXPECT_TRUE(sqlite.indexes.contains(name)) << "index " << name << " only in PostgreSQL";
  }
}

}  // namespace
}  // namespace lp::storage_test
