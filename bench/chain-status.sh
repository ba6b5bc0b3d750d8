#!/usr/bin/env bash
# The weekly "Status for din ledelseskæde" for the whole demo region (issue 16), with the release
# binary and SQLite: the demo region (`demo-data`, ~30,000 people at the default size; its activation
# round's deadline has passed and most units have no plan, so nearly every leader of leaders has
# something to hear), then the jobs of a Monday morning in their order, each timed by `jobs run`:
#   kaede-status            06:00, every leader of leaders: their status built and written as a notification
#   beskeder-til-mail       every minute: each notification to a digest (the chain status is weekly by default)
#   ugentlig-sammenfatning  06:30, the weekly digests composed
#   beskeder-til-mail       the digests sent to a real SMTP server on loopback (tests/support/smtp_sink.py)
#
#   bench/chain-status.sh
#
# Environment (optional): LP_BENCH_BINARY (default build/release/src/ledelsesportal),
# LP_BENCH_STATIC_DIR (default build/release/static), LP_BENCH_DEMO_SIZE (default "default").
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

BINARY="${LP_BENCH_BINARY:-build/release/src/ledelsesportal}"
STATIC_DIR="${LP_BENCH_STATIC_DIR:-build/release/static}"
[[ -x $BINARY ]] || { echo "chain-status.sh: no binary at $BINARY (cmake --build build/release)" >&2; exit 2; }

WORK_DIR="$(mktemp -d)"
SINK_PID=""
cleanup() {
  [[ -n $SINK_PID ]] && kill "$SINK_PID" 2>/dev/null && wait "$SINK_PID" 2>/dev/null
  rm -rf "$WORK_DIR"
}
trap cleanup EXIT

source bench/smtp_sink.sh
start_smtp_sink "$WORK_DIR"

export LP_DATABASE_URL="sqlite://$WORK_DIR/bench.db" LP_STATIC_DIR="$STATIC_DIR" LP_LOG_LEVEL=warn
export LP_SMTP_URL="smtp://127.0.0.1:$SINK_PORT" LP_MAIL_FROM="ledelsesportalen@bench.test"
export LP_PUBLIC_URL="https://portal.bench.test"
"$BINARY" migrate >/dev/null
"$BINARY" demo-data --size "${LP_BENCH_DEMO_SIZE:-default}" >"$WORK_DIR/demo-data.log" 2>&1 ||
  { cat "$WORK_DIR/demo-data.log" >&2; echo "chain-status.sh: demo-data failed" >&2; exit 1; }

for job in kaede-status beskeder-til-mail ugentlig-sammenfatning beskeder-til-mail; do
  "$BINARY" jobs run "$job"
done
echo "mails received by the SMTP server: $(find "$WORK_DIR/messages" -name '*.eml' | wc -l)"
