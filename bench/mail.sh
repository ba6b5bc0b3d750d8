#!/usr/bin/env bash
# Throughput of the notifications' mail (issue 16): LP_BENCH_MAILS notifications (default 2,000, each
# to its own address, category "frister": a mail of its own at once) are dispatched, composed and sent
# by the job `beskeder-til-mail` to a real SMTP server on loopback (tests/support/smtp_sink.py,
# aiosmtpd, which writes each message to disk), with the release binary and SQLite.
#
#   bench/mail.sh                 # prints the time of the run and mails a second
#
# Environment (optional): LP_BENCH_BINARY (default build/release/src/ledelsesportal),
# LP_BENCH_STATIC_DIR (default build/release/static), LP_BENCH_MAILS.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

BINARY="${LP_BENCH_BINARY:-build/release/src/ledelsesportal}"
STATIC_DIR="${LP_BENCH_STATIC_DIR:-build/release/static}"
COUNT="${LP_BENCH_MAILS:-2000}"
[[ -x $BINARY ]] || { echo "mail.sh: no binary at $BINARY (cmake --build build/release)" >&2; exit 2; }

WORK_DIR="$(mktemp -d)"
SINK_PID=""
cleanup() {
  [[ -n $SINK_PID ]] && kill "$SINK_PID" 2>/dev/null && wait "$SINK_PID" 2>/dev/null
  rm -rf "$WORK_DIR"
}
trap cleanup EXIT

source bench/smtp_sink.sh
start_smtp_sink "$WORK_DIR"
PORT="$SINK_PORT"

export LP_DATABASE_URL="sqlite://$WORK_DIR/bench.db" LP_STATIC_DIR="$STATIC_DIR" LP_LOG_LEVEL=warn
export LP_SMTP_URL="smtp://127.0.0.1:$PORT" LP_MAIL_FROM="ledelsesportalen@bench.test" LP_PUBLIC_URL="https://portal.bench.test"
"$BINARY" migrate >/dev/null
# The notifications, as a module's transaction would write them.
/usr/bin/python3 - "$WORK_DIR/bench.db" "$COUNT" <<'PY'
import sqlite3, sys, time
db = sqlite3.connect(sys.argv[1])
now = int(time.time())
db.executemany(
    "INSERT INTO notifications (recipient, category, topic, subject, body, link, created_at) "
    "VALUES (?, 'frister', ?, ?, ?, '/aktivering/mine-enheder', ?)",
    [(f"leder{i}@bench.test", f"bench:{i}", "Lav en aktiveringsplan for Sengeafsnit Øst",
      "Aktiveringsrunden „Aktivering 2027“ er startet. Planen skal være klar senest 15.01.2027.", now)
     for i in range(int(sys.argv[2]))])
db.commit()
PY

start=$(date +%s.%N)
sent=0
runs=0
while (( sent < COUNT && runs < 20 )); do
  "$BINARY" jobs run beskeder-til-mail >>"$WORK_DIR/runs.log"
  runs=$((runs + 1))
  sent=$(find "$WORK_DIR/messages" -name '*.eml' | wc -l)
done
end=$(date +%s.%N)
/usr/bin/python3 -c 'import sys; s, c, r, t = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4]) - float(sys.argv[5]); print(f"mails: {s} sent of {c} in {r} run(s), {t:.1f} s, {s / t:.0f} mails/s")' \
  "$sent" "$COUNT" "$runs" "$end" "$start"
cat "$WORK_DIR/runs.log"
