# Sourced by the mail benchmarks: starts tests/support/smtp_sink.py (aiosmtpd, writing each message
# to $1/messages) on a free loopback port. Sets SINK_PID and SINK_PORT; the caller stops SINK_PID.
start_smtp_sink() {
  local dir="$1"
  /usr/bin/python3 tests/support/smtp_sink.py --port 0 --dir "$dir/messages" >"$dir/sink.out" 2>"$dir/sink.err" &
  SINK_PID=$!
  for _ in $(seq 100); do grep -q '^ready' "$dir/sink.out" 2>/dev/null && break; sleep 0.1; done
  SINK_PORT="$(awk '/^ready/ {print $2}' "$dir/sink.out")"
  [[ -n $SINK_PORT ]] || { cat "$dir/sink.err" >&2; echo "the SMTP sink did not start" >&2; return 1; }
}
