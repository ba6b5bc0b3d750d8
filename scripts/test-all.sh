#!/usr/bin/env bash
# Runs every test: unit, storage contract and HTTP tests on SQLite and on a throwaway PostgreSQL
# cluster and the command-line contract on the sanitised debug build; the browser tests on the
# release build, the binary `make run` serves, on SQLite and on PostgreSQL.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
build=build/debug
pg_dir=$(mktemp -d /tmp/lp-test-pg.XXXXXX)
rmdir "$pg_dir"
cleanup() { scripts/pg-test-cluster.sh stop "$pg_dir" >/dev/null 2>&1 || true; }
trap cleanup EXIT

# Each stage is announced with the time since the start, so a run's log shows where the time went
# (docs/TESTING.md: the test budget).
started=$SECONDS
stage() { printf '== %s (at %dm%02ds)\n' "$1" $(((SECONDS - started) / 60)) $(((SECONDS - started) % 60)); }

stage "format check"
scripts/check-format.sh

stage "PostgreSQL test cluster"
eval "$(scripts/pg-test-cluster.sh start "$pg_dir")"
export LP_TEST_POSTGRES_URL

stage "unit, storage, HTTP and CLI tests (SQLite and PostgreSQL)"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
ctest --test-dir "$build" --output-on-failure -j2

stage "browser tests (Chromium + axe-core) on SQLite"
tests/browser/run.sh build/release/src/ledelsesportal build/release/static

stage "browser tests (Chromium + axe-core) on PostgreSQL"
LP_BROWSER_POSTGRES_URL="$LP_TEST_POSTGRES_URL" tests/browser/run.sh build/release/src/ledelsesportal build/release/static
stage "done"
