#!/usr/bin/env bash
# The portal killed while sending mail (issue 16), on the real binary with a real SMTP server: what
# docs/ARCHITECTURE.md ("Notifications", delivery) promises holds after the restart.
#
# Three mails are queued; the SMTP server (tests/support/smtp_sink.py --stall-once-content) stores the
# second and never answers its DATA, so the portal is killed (SIGKILL) after the server has the mail
# and before it could mark it sent. Then:
#   - the first mail is sent, the second is "sending" under the dead process's lease, the third queued;
#   - the run is recorded as unfinished, and a new run waits while the dead process's job lease holds;
#   - once the leases have run out (the clock is moved on by shifting the stored times back), the next
#     run sends the second mail again, with the same Message-ID, and the third: at least once, none lost.
# Runs on SQLite, and on PostgreSQL as well when LP_TEST_POSTGRES_URL is set.
# Usage: mail_crash.sh PATH/TO/ledelsesportal
set -euo pipefail
bin=$1
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work=$(mktemp -d)
sink_pid=""
pg_database=""
cleanup() {
  [[ -n $sink_pid ]] && { kill "$sink_pid" 2>/dev/null || true; wait "$sink_pid" 2>/dev/null || true; }
  if [[ -n $pg_database ]]; then
    psql -q "$LP_TEST_POSTGRES_URL" -c "DROP DATABASE IF EXISTS $pg_database" >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
unset LP_CONFIG
export LP_LOG_LEVEL=warn LP_MAIL_FROM="ledelsesportalen@crash.test" LP_PUBLIC_URL="https://portal.crash.test"
failures=0
passes=0
fail() { echo "FAIL ($backend): $1"; failures=$((failures + 1)); }
expect_equal() {  # expect_equal NAME ACTUAL EXPECTED
  if [[ "$2" == "$3" ]]; then passes=$((passes + 1)); else
    fail "$1: got '$2', expected '$3'"; fi
}

sql() {  # sql STATEMENT: runs it on the current database, prints rows as a|b|c
  if [[ $backend == sqlite ]]; then
    /usr/bin/python3 - "$db_file" "$1" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
rows = db.execute(sys.argv[2]).fetchall()
db.commit()
for row in rows:
    print("|".join("" if value is None else str(value) for value in row))
PY
  else
    psql -qAt -F '|' "$LP_DATABASE_URL" -c "$1"
  fi
}

run_case() {
  backend=$1
  local dir="$work/$backend"
  mkdir -p "$dir"
  if [[ $backend == sqlite ]]; then
    db_file="$dir/portal.db"
    export LP_DATABASE_URL="sqlite://$db_file"
  else
    pg_database="lp_mail_crash_$$_${RANDOM}"
    psql -q "$LP_TEST_POSTGRES_URL" -c "CREATE DATABASE $pg_database" >/dev/null
    export LP_DATABASE_URL="${LP_TEST_POSTGRES_URL%/*}/$pg_database"
  fi
  /usr/bin/python3 "$repo_root/tests/support/smtp_sink.py" --port 0 --dir "$dir/messages" \
    --stall-once-content "STOP-HER" >"$dir/sink.out" 2>"$dir/sink.err" &
  sink_pid=$!
  local port=""
  for _ in $(seq 100); do
    port="$(awk '/^ready/ {print $2}' "$dir/sink.out" 2>/dev/null)"
    [[ -n $port ]] && break
    sleep 0.1
  done
  [[ -n $port ]] || { cat "$dir/sink.err"; fail "the SMTP sink did not start"; return; }
  export LP_SMTP_URL="smtp://127.0.0.1:$port"

  "$bin" migrate >"$dir/migrate.log" 2>&1 || { cat "$dir/migrate.log"; fail "migrate"; return; }
  local now
  now=$(date +%s)
  sql "INSERT INTO notifications (recipient, category, topic, subject, body, link, created_at) VALUES
       ('a@crash.test', 'frister', 'crash:1', 'Første', 'Den første besked.', '/beskeder', $now),
       ('b@crash.test', 'frister', 'crash:2', 'Anden', 'Den anden besked. STOP-HER', '/beskeder', $now + 1),
       ('c@crash.test', 'frister', 'crash:3', 'Tredje', 'Den tredje besked.', '/beskeder', $now + 2)" >/dev/null

  # The first run: killed once the server holds the second mail (and will never say 250 to it).
  "$bin" jobs run beskeder-til-mail >"$dir/run1.out" 2>&1 &
  local portal=$!
  for _ in $(seq 200); do
    [[ -f "$dir/messages/000002.json" ]] && break
    sleep 0.1
  done
  [[ -f "$dir/messages/000002.json" ]] || fail "the server never got the second mail"
  kill -KILL "$portal"
  wait "$portal" 2>/dev/null || true

  expect_equal "outbox after the kill" "$(sql "SELECT recipient, status, attempts FROM mail_outbox ORDER BY id" | tr '\n' ' ')" \
    "a@crash.test|sent|1 b@crash.test|sending|1 c@crash.test|queued|0 "
  expect_equal "the killed run is unfinished" \
    "$(sql "SELECT started_by, CASE WHEN finished_at IS NULL THEN 'open' ELSE 'finished' END, result FROM job_runs")" \
    "manuel|open|"
  "$bin" jobs list >"$dir/list.out" 2>&1
  grep -q "kører eller afbrudt" "$dir/list.out" && passes=$((passes + 1)) || fail "jobs list does not say the run was cut off"

  # Restarted at once: the dead process still holds the job's lease, so the run waits (exit 1).
  local status=0
  "$bin" jobs run beskeder-til-mail >"$dir/run2.out" 2>&1 || status=$?
  expect_equal "a run while the dead process's lease holds" "$status" 1
  grep -q "running in another process" "$dir/run2.out" && passes=$((passes + 1)) || fail "run 2 does not say why"

  # Time passes: both leases run out (the job's is 15 minutes, a mail's 5).
  sql "UPDATE job_leases SET lease_until = lease_until - 1200" >/dev/null
  sql "UPDATE mail_outbox SET lease_until = lease_until - 1200, next_attempt_at = next_attempt_at - 1200
       WHERE status IN ('queued', 'sending')" >/dev/null
  "$bin" jobs run beskeder-til-mail >"$dir/run3.out" 2>&1 || fail "the run after the leases ran out: $(cat "$dir/run3.out")"

  expect_equal "outbox after the restart" "$(sql "SELECT recipient, status FROM mail_outbox ORDER BY id" | tr '\n' ' ')" \
    "a@crash.test|sent b@crash.test|sent c@crash.test|sent "
  local received
  received="$(cd "$dir/messages" && for f in *.json; do
      /usr/bin/python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["rcpt_tos"][0])' "$f"; done | sort | tr '\n' ' ')"
  expect_equal "what the server received (b twice, nothing lost)" "$received" \
    "a@crash.test b@crash.test b@crash.test c@crash.test "
  local ids
  ids="$(grep -il '^To:.*b@crash.test' "$dir"/messages/*.eml | xargs grep -ih '^Message-ID:' | sort -u | wc -l)"
  expect_equal "the mail sent twice has one Message-ID" "$ids" 1

  kill "$sink_pid" 2>/dev/null || true
  wait "$sink_pid" 2>/dev/null || true
  sink_pid=""
}

run_case sqlite
if [[ -n ${LP_TEST_POSTGRES_URL:-} ]]; then
  run_case postgresql
fi
echo "mail_crash: $passes passed, $failures failed"
[[ $failures -eq 0 ]]
