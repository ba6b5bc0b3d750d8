#!/usr/bin/env bash
# Runs every test: unit, storage contract and HTTP tests on SQLite and on a throwaway PostgreSQL
# cluster and the command-line contract on the sanitised debug build; the browser tests on the
# release build, the binary `make run` serves, on SQLite and on PostgreSQL.
#   LP_TEST_JOBS   how many ctest tests run at once (default 4: the HTTP and PostgreSQL tests wait on
#                  I/O, so 4 beats 2 on a 2-core machine; docs/TESTING.md)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
build=build/debug
jobs=${LP_TEST_JOBS:-4}
pg_dir=$(mktemp -d /tmp/lp-test-pg.XXXXXX)
rmdir "$pg_dir"
cleanup() { scripts/pg-test-cluster.sh stop "$pg_dir" >/dev/null 2>&1 || true; }
trap cleanup EXIT

# Each stage is announced with the time since the start and ends with the seconds it took; a
# summary closes the run, so its log shows where the time went (docs/TESTING.md: the test budget).
started=$SECONDS
timings=()
# stage NAME COMMAND...
stage() {
  local name=$1 start=$SECONDS
  shift
  printf '== %s (at %dm%02ds)\n' "$name" $(((start - started) / 60)) $(((start - started) % 60))
  "$@"
  local took=$((SECONDS - start))
  echo "== $name: ${took} s"
  timings+=("$(printf '%-50s %5d s' "$name" "$took")")
}

stage "format check" scripts/check-format.sh

echo "== PostgreSQL test cluster"
eval "$(scripts/pg-test-cluster.sh start "$pg_dir")"
export LP_TEST_POSTGRES_URL

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
stage "unit, storage, HTTP, CLI and layer tests (ctest -j$jobs)" \
  ctest --test-dir "$build" --output-on-failure -j"$jobs"

# The browser tests on the two databases run at the same time (LP_BROWSER_SERIAL=1: one after the
# other): each run has its own server, port and database, and most of their time is spent waiting
# for Chromium and the server, so together they take far less than one after the other. The
# PostgreSQL run's output is kept in a file and shown when both have ended.
browser_sqlite() { tests/browser/run.sh build/release/src/ledelsesportal build/release/static; }
browser_postgresql() {
  LP_BROWSER_POSTGRES_URL="$LP_TEST_POSTGRES_URL" tests/browser/run.sh build/release/src/ledelsesportal \
    build/release/static
}
browser_both() {
  local log status=0
  log=$(mktemp /tmp/lp-browser-postgresql.XXXXXX.log)
  browser_postgresql > "$log" 2>&1 &
  local pg=$!
  browser_sqlite || status=$?
  wait "$pg" || status=$?
  echo "== browser tests on PostgreSQL: its output"
  cat "$log"
  rm -f "$log"
  return "$status"
}
if [[ "${LP_BROWSER_SERIAL:-0}" == "1" ]]; then
  stage "browser tests (Chromium + axe-core) on SQLite" browser_sqlite
  stage "browser tests (Chromium + axe-core) on PostgreSQL" browser_postgresql
else
  stage "browser tests (Chromium + axe-core) on SQLite and PostgreSQL at once" browser_both
fi

echo "== time per stage (make test prints the builds' times before these)"
printf '%s\n' "${timings[@]}"
printf '%-50s %5d s\n' "all of scripts/test-all.sh" $((SECONDS - started))
