#!/usr/bin/env bash
# Runs the browser tests against a fresh portal on SQLite (or PostgreSQL, see below).
#
#   tests/browser/run.sh BINARY STATIC_DIR
#
# Makes a temporary database, migrates it, creates the test user (roles leder and administrator),
# loads a small organisation (tests/fixtures/import/valid, with `BINARY import`, the HR import
# operations use) with a second login for one of its leaders, starts `BINARY serve` on a free
# loopback port, waits for /healthz, runs `node --test` on tests/browser/*.test.mjs (or the files in LP_BROWSER_TESTS), stops the
# server and exits with node's status.
# Set LP_BROWSER_KEEP=1 to keep the temporary directory (server log, screenshots), and
# LP_BROWSER_POSTGRES_URL (a PostgreSQL server URL, like LP_TEST_POSTGRES_URL) to run on a fresh
# PostgreSQL database instead of SQLite.
set -euo pipefail

if [[ $# -ne 2 ]]; then
    echo "usage: $0 BINARY STATIC_DIR" >&2
    exit 2
fi
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
binary="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
static_dir="$(cd "$2" && pwd)"
[[ -x "$binary" ]] || { echo "error: $binary is not an executable" >&2; exit 2; }
[[ -f "$static_dir/dkfds/css/dkfds.min.css" ]] || {
    echo "error: $static_dir has no dkfds assets: run scripts/build-assets.sh $static_dir" >&2; exit 2; }
[[ -d "$repo_root/node_modules/playwright-core" ]] || {
    echo "error: node_modules missing: run 'npm ci' in $repo_root" >&2; exit 2; }
[[ -x "${LP_BROWSER_CHROMIUM:-/usr/bin/chromium}" ]] || {
    echo "error: no Chromium at ${LP_BROWSER_CHROMIUM:-/usr/bin/chromium} (apt-get install chromium)" >&2; exit 2; }

work_dir="$(mktemp -d -t lp-browser.XXXXXX)"
server_pid=""
pg_database=""
cleanup() {
    if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
        kill -TERM "$server_pid" 2>/dev/null || true
        for _ in $(seq 1 50); do
            kill -0 "$server_pid" 2>/dev/null || break
            sleep 0.1
        done
        kill -KILL "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    if [[ -n "$pg_database" ]]; then
        psql -q "$LP_BROWSER_POSTGRES_URL" -c "DROP DATABASE IF EXISTS $pg_database" >/dev/null 2>&1 || true
    fi
    if [[ "${LP_BROWSER_KEEP:-0}" == "1" ]]; then
        echo "browser tests: kept $work_dir"
    else
        rm -rf "$work_dir"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [[ -n "${LP_BROWSER_POSTGRES_URL:-}" ]]; then
    # The same tests on PostgreSQL: a fresh database on that server, dropped afterwards.
    pg_database="lp_browser_$$"
    psql -q "$LP_BROWSER_POSTGRES_URL" -c "CREATE DATABASE $pg_database" >/dev/null
    export LP_DATABASE_URL="${LP_BROWSER_POSTGRES_URL%/*}/$pg_database"
else
    export LP_DATABASE_URL="sqlite:///$work_dir/portal.db"
fi
echo "browser tests on ${LP_DATABASE_URL%%:*}"
password="Browser-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"

"$binary" migrate > "$work_dir/migrate.log" 2>&1 || { cat "$work_dir/migrate.log" >&2; exit 1; }
printf '%s' "$password" | "$binary" create-user --email browser@example.test --name "Birgitte Browser" \
    --role leder --role administrator --password-stdin > "$work_dir/create-user.log" 2>&1 \
    || { cat "$work_dir/create-user.log" >&2; exit 1; }
"$binary" import --units "$repo_root/tests/fixtures/import/valid/units.csv" \
    --people "$repo_root/tests/fixtures/import/valid/people.csv" > "$work_dir/import.log" 2>&1 \
    || { cat "$work_dir/import.log" >&2; exit 1; }
# Jens Østergaard leads Hospitalsenhederne and Hospitalsenhed Midt in the fixture; his login is
# linked to him by its e-mail.
leader_email="jens.ostergaard@rm.dk"
printf '%s' "$password" | "$binary" create-user --email "$leader_email" --name "Jens Østergaard" \
    --role leder --password-stdin >> "$work_dir/create-user.log" 2>&1 \
    || { cat "$work_dir/create-user.log" >&2; exit 1; }

# Ida Nielsen works in Sengeafsnit M1, below Hospitalsenhed Midt: an employee's login (foundation.test.mjs, translation.test.mjs).
employee_email="ida.nielsen@rm.dk"
printf '%s' "$password" | "$binary" create-user --email "$employee_email" --name "Ida Nielsen" \
    --role medarbejder --password-stdin >> "$work_dir/create-user.log" 2>&1 \
    || { cat "$work_dir/create-user.log" >&2; exit 1; }
# A region-wide editor for the leadership foundation's pages (foundation.test.mjs).
editor_email="redaktoer@example.test"
printf '%s' "$password" | "$binary" create-user --email "$editor_email" --name "Rasmus Redaktør" \
    --role redaktoer --password-stdin >> "$work_dir/create-user.log" 2>&1 \
    || { cat "$work_dir/create-user.log" >&2; exit 1; }

# The whole path (leadership-path.test.mjs): Lars Holm leads Medicinsk Afdeling, below Jens
# Østergaard's Hospitalsenhed Midt; Mette Sørensen, the regional director, is top management.
unit_leader_email="lars.holm@rm.dk"
printf '%s' "$password" | "$binary" create-user --email "$unit_leader_email" --name "Lars Holm" \
    --role leder --password-stdin >> "$work_dir/create-user.log" 2>&1 \
    || { cat "$work_dir/create-user.log" >&2; exit 1; }
top_email="mette.sorensen@rm.dk"
printf '%s' "$password" | "$binary" create-user --email "$top_email" --name "Mette Sørensen" \
    --role koncernledelse --role leder --password-stdin >> "$work_dir/create-user.log" 2>&1 \
    || { cat "$work_dir/create-user.log" >&2; exit 1; }

# A free loopback port: ask the kernel for one, then hand it to the server.
port="$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close();});')"
base_url="http://127.0.0.1:$port"

LP_LISTEN="127.0.0.1:$port" LP_STATIC_DIR="$static_dir" "$binary" serve > "$work_dir/server.log" 2>&1 &
server_pid=$!

deadline=$((SECONDS + 30))
until [[ "$(curl -s -o /dev/null -w '%{http_code}' "$base_url/healthz" 2>/dev/null)" == "200" ]]; do
    if ! kill -0 "$server_pid" 2>/dev/null; then
        echo "error: the server exited before answering /healthz; its log:" >&2
        cat "$work_dir/server.log" >&2
        server_pid=""
        exit 1
    fi
    if (( SECONDS >= deadline )); then
        echo "error: $base_url/healthz did not answer 200 within 30 s; server log:" >&2
        cat "$work_dir/server.log" >&2
        exit 1
    fi
    sleep 0.2
done

status=0
(
    cd "$repo_root"
    LP_BROWSER_BASE_URL="$base_url" LP_BROWSER_EMAIL="browser@example.test" LP_BROWSER_PASSWORD="$password" \
    LP_BROWSER_LEADER_EMAIL="$leader_email" LP_BROWSER_EMPLOYEE_EMAIL="$employee_email" \
    LP_BROWSER_EDITOR_EMAIL="$editor_email" LP_BROWSER_UNIT_LEADER_EMAIL="$unit_leader_email" \
    LP_BROWSER_TOP_EMAIL="$top_email" \
    LP_BROWSER_SCREENSHOTS="${LP_BROWSER_SCREENSHOTS:-$work_dir/screenshots}" \
        node --test ${LP_BROWSER_TESTS:-tests/browser/*.test.mjs}
) || status=$?

if (( status != 0 )); then
    echo "browser tests failed; last lines of the server log:" >&2
    tail -n 40 "$work_dir/server.log" >&2
fi
exit "$status"
