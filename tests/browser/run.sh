#!/usr/bin/env bash
# Runs the browser tests against a fresh portal on SQLite (or PostgreSQL, see below).
#
#   tests/browser/run.sh BINARY STATIC_DIR
#
# Makes a temporary database, migrates it, creates the test user (roles leder and administrator),
# loads a small organisation (tests/fixtures/import/valid, with `BINARY import`, the HR import
# operations use) with a second login for one of its leaders, starts a real SMTP server on loopback
# (tests/support/smtp_sink.py; the tests read what it got from LP_BROWSER_MAIL_DIR), starts `BINARY
# serve` on a free loopback port with mail on and the scheduler off, waits for /healthz, runs `node --test` on one test file, stops the server, and does
# all that again for the next file of tests/browser/*.test.mjs (or of LP_BROWSER_TESTS): every file
# starts from the same fresh portal, so no file depends on what another wrote or on their order.
# Exits non-zero when any file failed.
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
sink_pid=""
pg_database=""
stop_portal() {
    if [[ -n "$sink_pid" ]]; then
        kill "$sink_pid" 2>/dev/null || true
        wait "$sink_pid" 2>/dev/null || true
    fi
    sink_pid=""
    if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
        kill -TERM "$server_pid" 2>/dev/null || true
        for _ in $(seq 1 50); do
            kill -0 "$server_pid" 2>/dev/null || break
            sleep 0.1
        done
        kill -KILL "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    server_pid=""
    if [[ -n "$pg_database" ]]; then
        psql -q "$LP_BROWSER_POSTGRES_URL" -c "DROP DATABASE IF EXISTS $pg_database" >/dev/null 2>&1 || true
    fi
    pg_database=""
}
cleanup() {
    stop_portal
    if [[ "${LP_BROWSER_KEEP:-0}" == "1" ]]; then
        echo "browser tests: kept $work_dir"
    else
        rm -rf "$work_dir"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

password="Browser-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
# The logins the tests use (besides browser@example.test, roles leder and administrator):
# Jens Østergaard leads Hospitalsenhederne and Hospitalsenhed Midt in the fixture; his login is
# linked to him by its e-mail.
leader_email="jens.ostergaard@rm.dk"
# Ida Nielsen works in Sengeafsnit M1, below Hospitalsenhed Midt: an employee's login (foundation.test.mjs, translation.test.mjs).
employee_email="ida.nielsen@rm.dk"
# A region-wide editor for the leadership foundation's pages (foundation.test.mjs).
editor_email="redaktoer@example.test"
# The whole path (leadership-path.test.mjs): Lars Holm leads Medicinsk Afdeling, below Jens
# Østergaard's Hospitalsenhed Midt; Mette Sørensen, the regional director, is top management.
unit_leader_email="lars.holm@rm.dk"
top_email="mette.sorensen@rm.dk"
# A login of its own for the password change (start.test.mjs), so no other test's login changes.
account_email="konto@example.test"
# Koncern HR, region-wide and not a person of the fixture (start.test.mjs).
hr_email="hr@example.test"

# start_portal DIR: a fresh database (SQLite in DIR, or a new database on LP_BROWSER_POSTGRES_URL),
# migrated, with the logins above and the fixture organisation, served on a free loopback port
# ($base_url) once /healthz answers.
start_portal() {
    local dir="$1"
    mkdir -p "$dir"
    if [[ -n "${LP_BROWSER_POSTGRES_URL:-}" ]]; then
        # The same tests on PostgreSQL: a fresh database on that server, dropped afterwards.
        pg_database="lp_browser_$$_${RANDOM}"
        psql -q "$LP_BROWSER_POSTGRES_URL" -c "CREATE DATABASE $pg_database" >/dev/null || return 1
        export LP_DATABASE_URL="${LP_BROWSER_POSTGRES_URL%/*}/$pg_database"
    else
        export LP_DATABASE_URL="sqlite:///$dir/portal.db"
    fi
    "$binary" migrate > "$dir/migrate.log" 2>&1 || { cat "$dir/migrate.log" >&2; return 1; }
    create_user() {  # EMAIL NAME ROLE...
        local email="$1" name="$2"
        shift 2
        local roles=()
        for role in "$@"; do roles+=(--role "$role"); done
        printf '%s' "$password" | "$binary" create-user --email "$email" --name "$name" "${roles[@]}" \
            --password-stdin >> "$dir/create-user.log" 2>&1 || { cat "$dir/create-user.log" >&2; return 1; }
    }
    create_user browser@example.test "Birgitte Browser" leder administrator || return 1
    "$binary" import --units "$repo_root/tests/fixtures/import/valid/units.csv" \
        --people "$repo_root/tests/fixtures/import/valid/people.csv" > "$dir/import.log" 2>&1 \
        || { cat "$dir/import.log" >&2; return 1; }
    create_user "$leader_email" "Jens Østergaard" leder || return 1
    create_user "$employee_email" "Ida Nielsen" medarbejder || return 1
    create_user "$editor_email" "Rasmus Redaktør" redaktoer || return 1
    create_user "$unit_leader_email" "Lars Holm" leder || return 1
    create_user "$top_email" "Mette Sørensen" koncernledelse leder || return 1
    create_user "$account_email" "Karen Konto" medarbejder || return 1
    create_user "$hr_email" "Hanne Hjorth" hr || return 1

    # A free loopback port: ask the kernel for one, then hand it to the server.
    # A real SMTP server on loopback (aiosmtpd, as in the C++ tests) that writes each mail to
    # $dir/mail/messages, so the tests can read what was sent and follow its links. The scheduler is
    # off: jobs run when a test runs them ("Kør nu" on /administration/mail), not halfway through it.
    mkdir -p "$dir/mail"
    /usr/bin/python3 "$repo_root/tests/support/smtp_sink.py" --port 0 --dir "$dir/mail/messages" \
        > "$dir/mail/sink.out" 2> "$dir/mail/sink.err" &
    sink_pid=$!
    local smtp_port=""
    for _ in $(seq 1 100); do
        smtp_port="$(awk '/^ready/ {print $2}' "$dir/mail/sink.out" 2>/dev/null)"
        [[ -n "$smtp_port" ]] && break
        sleep 0.1
    done
    [[ -n "$smtp_port" ]] || { echo "error: the SMTP sink did not start:" >&2; cat "$dir/mail/sink.err" >&2; return 1; }

    local port
    port="$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close();});')"
    base_url="http://127.0.0.1:$port"
    LP_LISTEN="127.0.0.1:$port" LP_STATIC_DIR="$static_dir" LP_SMTP_URL="smtp://127.0.0.1:$smtp_port" \
        LP_MAIL_FROM="ledelsesportalen@browser.test" LP_PUBLIC_URL="$base_url" LP_SCHEDULER_SECONDS=0 \
        "$binary" serve > "$dir/server.log" 2>&1 &
    server_pid=$!
    local deadline=$((SECONDS + 30))
    until [[ "$(curl -s -o /dev/null -w '%{http_code}' "$base_url/healthz" 2>/dev/null)" == "200" ]]; do
        if ! kill -0 "$server_pid" 2>/dev/null; then
            echo "error: the server exited before answering /healthz; its log:" >&2
            cat "$dir/server.log" >&2
            server_pid=""
            return 1
        fi
        if (( SECONDS >= deadline )); then
            echo "error: $base_url/healthz did not answer 200 within 30 s; server log:" >&2
            cat "$dir/server.log" >&2
            return 1
        fi
        sleep 0.2
    done
}

echo "browser tests on $([[ -n "${LP_BROWSER_POSTGRES_URL:-}" ]] && echo postgresql || echo sqlite)"
cd "$repo_root"
status=0
failed=()
for test_file in ${LP_BROWSER_TESTS:-tests/browser/*.test.mjs}; do
    name="$(basename "$test_file" .test.mjs)"
    dir="$work_dir/$name"
    start_portal "$dir" || exit 1
    file_status=0
    (
        LP_BROWSER_BASE_URL="$base_url" LP_BROWSER_EMAIL="browser@example.test" LP_BROWSER_PASSWORD="$password" \
        LP_BROWSER_LEADER_EMAIL="$leader_email" LP_BROWSER_EMPLOYEE_EMAIL="$employee_email" \
        LP_BROWSER_EDITOR_EMAIL="$editor_email" LP_BROWSER_UNIT_LEADER_EMAIL="$unit_leader_email" \
        LP_BROWSER_TOP_EMAIL="$top_email" LP_BROWSER_ACCOUNT_EMAIL="$account_email" \
        LP_BROWSER_HR_EMAIL="$hr_email" LP_BROWSER_MAIL_DIR="$dir/mail/messages" \
        LP_BROWSER_SCREENSHOTS="${LP_BROWSER_SCREENSHOTS:-$work_dir/screenshots}" \
            node --test "$test_file"
    ) || file_status=$?
    if (( file_status != 0 )); then
        status=$file_status
        failed+=("$test_file")
        echo "browser tests failed in $test_file; last lines of the server log:" >&2
        tail -n 40 "$dir/server.log" >&2
    fi
    stop_portal
done

if (( status != 0 )); then
    echo "browser tests failed in: ${failed[*]}" >&2
fi
exit "$status"
