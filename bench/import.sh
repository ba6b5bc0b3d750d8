#!/usr/bin/env bash
# HR import benchmark of the release binary: the demo region written as CSV and imported with
# `ledelsesportal import`, on a fresh database, local files and loopback only, bounded in time.
#
#   bench/import.sh               # builds build/release if the binary is missing, then measures
#
# For each size (default: 30,000 people; large: 150,000) it writes units.csv and people.csv with
# `demo-data --write-csv`, makes a slightly changed copy (a few renamed units, some changed titles),
# and times on a fresh SQLite database (and PostgreSQL when LP_BENCH_POSTGRES_URL is set):
#   first import   everything is created
#   no changes     the same files again (plans an empty diff, records the run)
#   dry run        checks and plans, writes nothing
#   small change   the changed copy (a handful of units and people updated)
# and prints a Markdown table of wall-clock seconds. The figures are recorded in docs/PERFORMANCE.md.
#
# Environment (all optional):
#   LP_BENCH_BINARY        the binary (default build/release/src/ledelsesportal)
#   LP_BENCH_SIZES         demo sizes to measure (default "default large")
#   LP_BENCH_POSTGRES_URL  a PostgreSQL server URL (e.g. postgresql://postgres@127.0.0.1:54321/postgres);
#                          a throwaway database is created on it per size and dropped afterwards
#   LP_BENCH_TIMEOUT       the hard bound per command in seconds (default 600)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
readonly ROOT
readonly BINARY="${LP_BENCH_BINARY:-$ROOT/build/release/src/ledelsesportal}"
readonly SIZES="${LP_BENCH_SIZES:-default large}"
readonly TIMEOUT="${LP_BENCH_TIMEOUT:-600}"
readonly PG_URL="${LP_BENCH_POSTGRES_URL:-}"

log() { printf 'import.sh: %s\n' "$*" >&2; }
die() { log "$*"; exit 1; }

if [[ ! -x $BINARY ]]; then
  [[ -z ${LP_BENCH_BINARY:-} ]] || die "LP_BENCH_BINARY=$BINARY is not an executable"
  log "building the release binary (cmake --preset release, -j2)"
  (cd "$ROOT" && cmake --preset release >/dev/null && cmake --build build/release -j2 --target ledelsesportal) >&2
fi
[[ -x $BINARY ]] || die "no binary at $BINARY"
if [[ -n $PG_URL ]]; then command -v psql >/dev/null || die "LP_BENCH_POSTGRES_URL is set, but psql is missing"; fi

WORK_DIR="$(mktemp -d "${TMPDIR:-/tmp}/lp-bench-import.XXXXXX")"
PG_DATABASES=()
cleanup() {
  for db in "${PG_DATABASES[@]}"; do psql -q "$PG_URL" -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1 || true; done
  rm -rf "$WORK_DIR"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
export LP_LOG_LEVEL=warn
unset LP_CONFIG LP_IMPORT_MAX_DEACTIVATION_SHARE

# Seconds, with milliseconds, that the command took; it must succeed.
timed() {  # $1: log file, then the command
  local out=$1 start end
  shift
  start=$(date +%s%N)
  timeout --kill-after=5s "$TIMEOUT" "$@" >"$out" 2>&1 || { cat "$out" >&2; die "failed: $*"; }
  end=$(date +%s%N)
  awk -v ns=$((end - start)) 'BEGIN { printf "%.2f", ns / 1e9 }'
}

# The changed copy: every 200th unit renamed, every 1,500th person with a new title. The demo
# region's fields hold no ';' or quotes, so splitting on ';' is safe here.
make_changed_copy() {  # $1: folder with units.csv and people.csv, $2: target folder
  mkdir -p "$2"
  awk -F';' -v OFS=';' 'NR > 1 && NR % 200 == 0 { $2 = $2 " (ny)" } { print }' "$1/units.csv" >"$2/units.csv"
  awk -F';' -v OFS=';' 'NR > 1 && NR % 1500 == 0 { $5 = "Specialkonsulent" } { print }' "$1/people.csv" \
    >"$2/people.csv"
}

ROWS=()
measure() {  # $1: database label, $2: database URL, $3: size
  local csv="$WORK_DIR/$3" changed="$WORK_DIR/$3-changed" first again dry change units people
  units=$(($(wc -l <"$csv/units.csv") - 1))
  people=$(($(wc -l <"$csv/people.csv") - 1))
  export LP_DATABASE_URL=$2
  "$BINARY" migrate >"$WORK_DIR/migrate.log" 2>&1 || { cat "$WORK_DIR/migrate.log" >&2; die "migrate failed"; }
  log "$1, $3: first import"
  first=$(timed "$WORK_DIR/first.log" "$BINARY" import --units "$csv/units.csv" --people "$csv/people.csv")
  log "$1, $3: no changes"
  again=$(timed "$WORK_DIR/again.log" "$BINARY" import --units "$csv/units.csv" --people "$csv/people.csv")
  grep -q "Ingen ændringer" "$WORK_DIR/again.log" || { cat "$WORK_DIR/again.log" >&2; die "the second import changed something"; }
  log "$1, $3: dry run"
  dry=$(timed "$WORK_DIR/dry.log" "$BINARY" import --units "$changed/units.csv" --people "$changed/people.csv" --dry-run)
  log "$1, $3: small change"
  change=$(timed "$WORK_DIR/change.log" "$BINARY" import --units "$changed/units.csv" --people "$changed/people.csv")
  grep -q "ændret" "$WORK_DIR/change.log" || { cat "$WORK_DIR/change.log" >&2; die "the small change changed nothing"; }
  ROWS+=("| $1 | $3 | $(printf "%'d" "$units") | $(printf "%'d" "$people") | $first | $again | $dry | $change |")
}

for size in $SIZES; do
  log "writing the $size region as CSV"
  "$BINARY" demo-data --size "$size" --write-csv "$WORK_DIR/$size" >/dev/null
  make_changed_copy "$WORK_DIR/$size" "$WORK_DIR/$size-changed"
  measure SQLite "sqlite://$WORK_DIR/$size.db" "$size"
  if [[ -n $PG_URL ]]; then
    db="lp_bench_import_${size}_$$"
    psql -q "$PG_URL" -c "CREATE DATABASE $db" >/dev/null
    PG_DATABASES+=("$db")
    measure PostgreSQL "${PG_URL%/*}/$db" "$size"
  fi
done

printf '\nledelsesportal import, wall-clock seconds per run, %s cores (%s)\n\n' "$(nproc)" \
  "$(lscpu | sed -n 's/^Model name: *//p' | head -n 1)"
printf '| database | size | units | people | first import | no changes | dry run (small change) | small change |\n'
printf '|---|---|---:|---:|---:|---:|---:|---:|\n'
printf '%s\n' "${ROWS[@]}"
