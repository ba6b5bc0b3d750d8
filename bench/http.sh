#!/usr/bin/env bash
# HTTP load benchmark of the release binary with wrk, on loopback only and bounded in time.
#
#   bench/http.sh                 # builds build/release if the binary is missing, then measures
#
# Measures these endpoints, each after a short warm-up:
#   a bare Beast server (bench/bare_beast, built like the portal's server) answering robots.txt:
#                       the yardstick of what Beast and the kernel cost, measured in the same run
#   /static/robots.txt  the portal's static plaintext (no database, no template)
#   /log-ind            the login page (template, CSRF cookie, no session)
#   /                   the start page as a signed-in leder (session lookup, database, template)
# and, on the demo region (`demo-data`, ~30,000 people at the default size) as the demo leader
# leder@demo.ledelsesportal.dk, the organisation pages: the tree, a search, a unit page, a person
# page and Min ledelseskæde (the shared snapshot, the access policy and the view models), and the
# follow-up views as the demo leader and as koncernledelse@ (the chain, the region table with the
# heat map, a sorted page and the CSV export), and the start page of both (tasks, news and the status
# of the chain below them: the region for koncernledelse); and the goal pictures (issue 18) as the
# demo leader: the overview of the three goal pictures with the demo's indicators, and the page of an
# indicator with five years of monthly values broken down by 20 units (bench/goals-indicator.py).
# and prints a Markdown table (endpoint, requests/s, p50, p99, failures). The figures are recorded
# in docs/PERFORMANCE.md.
#
# Environment (all optional):
#   LP_BENCH_BINARY       the server binary (default build/release/src/ledelsesportal)
#   LP_BENCH_BARE_BINARY  the bare Beast server (default build/release/bench/lp_bare_beast)
#   LP_BENCH_STATIC_DIR   built static assets (default build/release/static)
#   LP_BENCH_DURATION     wrk duration per endpoint (default 10s)
#   LP_BENCH_WARMUP       warm-up duration per endpoint (default 2s; 0 to skip)
#   LP_BENCH_CONNECTIONS  open connections (default 64)
#   LP_BENCH_THREADS      wrk threads (default 2)
#   LP_BENCH_ORGANISATION 0 to skip the organisation pages (and loading the demo region)
#   LP_BENCH_DEMO_SIZE    the demo-data size for them (default "default")
#   LP_BENCH_GOALS        0 to skip the goal pictures' pages (and their benchmark indicator)
#   LP_BENCH_RAW_DIR      if set, the full wrk output, /metrics after the load and the logs are copied there
#   LP_BENCH_ONLY         if set, only the endpoints whose label matches this extended regular expression
#                         (e.g. 'bare|static|unit page'); the others are checked but not measured
#   LP_BENCH_DATABASE_URL an empty database to measure on instead of a throwaway SQLite file, e.g.
#                         postgresql://postgres@127.0.0.1:PORT/bench (it is left filled afterwards)
#   LP_BENCH_PROFILE_DIR  if set, each endpoint's load is also recorded with `perf record -g` (the server
#                         process only) and summarised with `perf report` into that folder
#                         (<endpoint>.perf.data, <endpoint>.txt); needs perf and perf_event_paranoid <= 2
# Server settings (LP_NETWORK_THREADS, LP_DB_POOL_SIZE, LP_LOG_LEVEL, …) pass through from the
# environment; the defaults are what the figures in docs/PERFORMANCE.md were measured with.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
readonly ROOT
readonly BINARY="${LP_BENCH_BINARY:-$ROOT/build/release/src/ledelsesportal}"
readonly BARE_BINARY="${LP_BENCH_BARE_BINARY:-$ROOT/build/release/bench/lp_bare_beast}"
readonly STATIC_DIR="${LP_BENCH_STATIC_DIR:-$ROOT/build/release/static}"
readonly DURATION="${LP_BENCH_DURATION:-10s}"
readonly WARMUP="${LP_BENCH_WARMUP:-2s}"
readonly CONNECTIONS="${LP_BENCH_CONNECTIONS:-64}"
readonly THREADS="${LP_BENCH_THREADS:-2}"
readonly EMAIL="bench@example.test"

log() { printf 'http.sh: %s\n' "$*" >&2; }
die() { log "$*"; exit 1; }

# --- tools and binary ------------------------------------------------------------------------
if ! command -v wrk >/dev/null; then
  if [[ $(id -u) -eq 0 ]]; then
    log "installing wrk"
    apt-get install -y -qq wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
  else
    die "wrk is missing: sudo apt-get install wrk"
  fi
fi
command -v curl >/dev/null || die "curl is missing: apt-get install curl"
command -v python3 >/dev/null || die "python3 is missing (used to find a free port)"

if [[ ! -x $BINARY ]]; then
  [[ -z ${LP_BENCH_BINARY:-} ]] || die "LP_BENCH_BINARY=$BINARY is not an executable"
  log "building the release binary (cmake --preset release, -j2)"
  (cd "$ROOT" && cmake --preset release >/dev/null && cmake --build build/release -j2) >&2
fi
[[ -x $BINARY ]] || die "no server binary at $BINARY"
if [[ ! -x $BARE_BINARY && -z ${LP_BENCH_BARE_BINARY:-} ]]; then
  log "building the bare Beast server (lp_bare_beast)"
  (cd "$ROOT" && cmake --preset release >/dev/null && cmake --build build/release -j2 --target lp_bare_beast) >&2
fi
[[ -x $BARE_BINARY ]] || die "no bare Beast server at $BARE_BINARY"
[[ -d $STATIC_DIR ]] || log "warning: no static directory at $STATIC_DIR; /static/robots.txt will fail"

# --- a throwaway database and server -----------------------------------------------------------
WORK_DIR="$(mktemp -d "${TMPDIR:-/tmp}/lp-bench.XXXXXX")"
SERVER_PID=""
BARE_PID=""
cleanup() {
  if [[ -n $BARE_PID ]] && kill -0 "$BARE_PID" 2>/dev/null; then
    kill "$BARE_PID" 2>/dev/null || true
    wait "$BARE_PID" 2>/dev/null || true
  fi
  if [[ -n $SERVER_PID ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  if [[ -n ${LP_BENCH_RAW_DIR:-} ]]; then
    mkdir -p "$LP_BENCH_RAW_DIR"
    cp "$WORK_DIR"/*.txt "$WORK_DIR"/*.log "$LP_BENCH_RAW_DIR"/ 2>/dev/null || true
  fi
  rm -rf "$WORK_DIR"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# LP_BENCH_DATABASE_URL measures on another database (PostgreSQL): it must be empty, and is left filled.
export LP_DATABASE_URL="${LP_BENCH_DATABASE_URL:-sqlite://$WORK_DIR/bench.db}"
# /metrics is read once after the load, as a check that the counters saw it.
LP_METRICS_TOKEN="$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
export LP_METRICS_TOKEN
PASSWORD="Bench-$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 20)-7q"

"$BINARY" migrate >"$WORK_DIR/migrate.log" 2>&1 || { cat "$WORK_DIR/migrate.log" >&2; die "migrate failed"; }
readonly ORGANISATION="${LP_BENCH_ORGANISATION:-1}"
readonly DEMO_LEADER="leder@demo.ledelsesportal.dk"
readonly DEMO_PASSWORD="Demo-Ledelsesportal-2026"  # cli/demo_data.hpp kDemoPassword
if [[ $ORGANISATION != 0 ]]; then
  log "loading the demo region (demo-data --size ${LP_BENCH_DEMO_SIZE:-default})"
  "$BINARY" demo-data --size "${LP_BENCH_DEMO_SIZE:-default}" >"$WORK_DIR/demo-data.log" 2>&1 ||
    { cat "$WORK_DIR/demo-data.log" >&2; die "demo-data failed"; }
fi
readonly GOALS="${LP_BENCH_GOALS:-$ORGANISATION}"
GOALS_INDICATOR=""
if [[ $GOALS != 0 ]]; then
  # One indicator with 60 monthly periods x 20 units, written before the server starts.
  GOALS_INDICATOR="$(python3 "$ROOT/bench/goals-indicator.py" "$LP_DATABASE_URL" 2>>"$WORK_DIR/demo-data.log")" ||
    { cat "$WORK_DIR/demo-data.log" >&2; die "bench/goals-indicator.py failed"; }
fi
printf '%s' "$PASSWORD" |
  "$BINARY" create-user --email "$EMAIL" --name "Bench Bruger" --role leder --password-stdin \
    >"$WORK_DIR/create-user.log" 2>&1 || { cat "$WORK_DIR/create-user.log" >&2; die "create-user failed"; }

# The leader whose units (their own and all below) come closest to $1 in number, as
# "email|name|units", read from the bench database (SQLite or PostgreSQL).
leader_of_about() {
  local query="WITH RECURSIVE below(root, id) AS (
      SELECT DISTINCT unit_id, unit_id FROM unit_leaders
      UNION SELECT b.root, u.id FROM below b JOIN units u ON u.parent_id = b.id WHERE u.active = 1)
    SELECT p.email || '|' || p.first_name || ' ' || p.last_name || '|' || COUNT(DISTINCT b.id)
    FROM unit_leaders l JOIN people p ON p.id = l.person_id JOIN below b ON b.root = l.unit_id
    WHERE p.email <> '' AND p.active = 1
    GROUP BY p.id, p.email, p.first_name, p.last_name
    ORDER BY ABS(COUNT(DISTINCT b.id) - $1), p.id LIMIT 1"
  case $LP_DATABASE_URL in
    sqlite://*) python3 -c 'import sqlite3, sys
row = sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchone()
print(row[0] if row else "")' "${LP_DATABASE_URL#sqlite://}" "$query" ;;
    postgres*) psql -X -q -t -A -d "$LP_DATABASE_URL" -c "$query" ;;
  esac
}

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }
PORT="$(free_port)"
BASE="http://127.0.0.1:$PORT"
readonly PORTAL_BASE="$BASE"

LD_PRELOAD="${LP_BENCH_PRELOAD:-}" LP_LISTEN="127.0.0.1:$PORT" LP_STATIC_DIR="$STATIC_DIR" "$BINARY" serve >"$WORK_DIR/server.log" 2>&1 &
SERVER_PID=$!

for _ in $(seq 150); do
  curl -fsS -o /dev/null --max-time 1 "$BASE/healthz" 2>/dev/null && break
  kill -0 "$SERVER_PID" 2>/dev/null || { tail -n 30 "$WORK_DIR/server.log" >&2; die "the server exited during start-up"; }
  sleep 0.2
done
curl -fsS -o /dev/null --max-time 2 "$BASE/healthz" || { tail -n 30 "$WORK_DIR/server.log" >&2; die "/healthz never answered"; }

# --- sign in ---------------------------------------------------------------------------------
# Cookies are taken from the Set-Cookie headers rather than a curl cookie jar, so a Secure or
# __Host- cookie is still sent over plain loopback HTTP, by curl and by wrk alike.
declare -A COOKIE_VALUES=()
COOKIE_NAMES=()
add_cookies() {  # $1: a file of response headers
  local pair name
  while IFS= read -r pair; do
    name="${pair%%=*}"
    [[ -n ${COOKIE_VALUES[$name]+set} ]] || COOKIE_NAMES+=("$name")
    COOKIE_VALUES[$name]="${pair#*=}"  # a later value of the same cookie replaces the earlier one
  done < <(tr -d '\r' <"$1" | sed -n 's/^[Ss]et-[Cc]ookie: *\([^;]*\).*/\1/p')
  COOKIES=""
  for name in "${COOKIE_NAMES[@]}"; do COOKIES="${COOKIES:+$COOKIES; }$name=${COOKIE_VALUES[$name]}"; done
}

sign_in() {  # $1: e-mail, $2: password; sets COOKIES to a fresh signed-in browser's cookies
  COOKIE_VALUES=()
  COOKIE_NAMES=()
  curl -sS --max-time 5 -D "$WORK_DIR/login-get.headers" -o "$WORK_DIR/login.html" "$BASE/log-ind"
  add_cookies "$WORK_DIR/login-get.headers"
  local csrf status
  csrf="$(tr -d '\n' <"$WORK_DIR/login.html" | grep -o '<input[^>]*name="_csrf"[^>]*>' | head -n 1 |
          sed -n 's/.*value="\([^"]*\)".*/\1/p')"
  [[ -n $csrf ]] || die "no _csrf field in the login form"
  status="$(curl -sS --max-time 10 -o /dev/null -w '%{http_code}' -D "$WORK_DIR/login-post.headers" \
    -H "Cookie: $COOKIES" --data-urlencode "email=$1" --data-urlencode "password=$2" \
    --data-urlencode "_csrf=$csrf" "$BASE/log-ind")"
  [[ $status == 3* ]] || die "login of $1 answered $status, expected a redirect"
  add_cookies "$WORK_DIR/login-post.headers"
}
sign_in "$EMAIL" "$PASSWORD"

# Each endpoint must answer 200 before it is measured: a redirect to /log-ind would be counted by
# wrk as a success and make the start page look fast.
expect_ok() {  # $1: path, $2: cookie header or ""
  local status cookie_args=()
  if [[ -n $2 ]]; then cookie_args=(-H "Cookie: $2"); fi
  status="$(curl -sS --max-time 5 -o /dev/null -w '%{http_code}' "${cookie_args[@]}" "$BASE$1")"
  [[ $status == 200 ]] || die "GET $1 answered $status, expected 200"
}
expect_ok /static/robots.txt ""
expect_ok /log-ind ""
expect_ok / "$COOKIES"

# --- measure ---------------------------------------------------------------------------------
run_wrk() {  # $1: duration, $2: path, $3: cookie header or "", $4: output file
  local args=(-t"$THREADS" -c"$CONNECTIONS" -d"$1" --latency --timeout 5s)
  if [[ -n $3 ]]; then args+=(-H "Cookie: $3"); fi
  # A hard bound on top of wrk's own duration, in case the server stops answering.
  timeout --kill-after=5s 120s wrk "${args[@]}" "$BASE$2" >"$4"
}

# wrk prints latencies as e.g. 812.00us, 1.23ms or 1.02s; the table uses milliseconds.
to_ms() {
  awk -v v="$1" 'BEGIN {
    if (v ~ /us$/) printf "%.2f", substr(v, 1, length(v) - 2) / 1000;
    else if (v ~ /ms$/) printf "%.2f", substr(v, 1, length(v) - 2);
    else if (v ~ /m$/) printf "%.0f", substr(v, 1, length(v) - 1) * 60000;
    else if (v ~ /s$/) printf "%.2f", substr(v, 1, length(v) - 1) * 1000;
    else printf "%s", v }'
}

ROWS=()
measure() {  # $1: label, $2: path, $3: cookie header or ""
  local slug out rps p50 p99 non2xx errors
  if [[ -n ${LP_BENCH_ONLY:-} ]] && ! [[ $1 =~ $LP_BENCH_ONLY ]]; then return 0; fi
  slug="$(printf '%s' "$1" | tr -c 'A-Za-z0-9' '_')"
  out="$WORK_DIR/wrk-$slug.txt"
  log "measuring $2 ($DURATION, $CONNECTIONS connections, $THREADS threads)"
  if [[ $WARMUP != 0 && $WARMUP != 0s ]]; then run_wrk "$WARMUP" "$2" "$3" /dev/null; fi
  local perf_pid=""
  if [[ -n ${LP_BENCH_PROFILE_DIR:-} && $BASE == "$PORTAL_BASE" ]]; then
    mkdir -p "$LP_BENCH_PROFILE_DIR"
    perf record -q -F 999 -g -p "$SERVER_PID" -o "$LP_BENCH_PROFILE_DIR/$slug.perf.data" >/dev/null 2>&1 &
    perf_pid=$!
  fi
  run_wrk "$DURATION" "$2" "$3" "$out"
  if [[ -n $perf_pid ]]; then
    kill -INT "$perf_pid" 2>/dev/null || true
    wait "$perf_pid" 2>/dev/null || true
    perf report -q --no-children --percent-limit 0.5 --stdio -g none -i "$LP_BENCH_PROFILE_DIR/$slug.perf.data" \
      >"$LP_BENCH_PROFILE_DIR/$slug.txt" 2>/dev/null || log "warning: perf report failed for $2"
  fi
  rps="$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$out")"
  p50="$(to_ms "$(awk '$1 == "50%" { print $2 }' "$out")")"
  p99="$(to_ms "$(awk '$1 == "99%" { print $2 }' "$out")")"
  non2xx="$(awk '/Non-2xx or 3xx responses:/ { print $NF }' "$out")"
  errors="$(awk '/Socket errors:/ { gsub(",", ""); print $4 + $6 + $8 + $10 }' "$out")"
  ROWS+=("| $1 | \`$2\` | ${rps:-?} | ${p50:-?} | ${p99:-?} | $(( ${non2xx:-0} + ${errors:-0} )) |")
}

# The yardstick first, with as many threads as the portal has network threads, then stopped so that
# it does not compete with the portal.
BARE_PORT="$(free_port)"
"$BARE_BINARY" "$BARE_PORT" "${LP_NETWORK_THREADS:-2}" &
BARE_PID=$!
for _ in $(seq 50); do curl -fsS -o /dev/null --max-time 1 "http://127.0.0.1:$BARE_PORT/robots.txt" 2>/dev/null && break; sleep 0.1; done
BASE="http://127.0.0.1:$BARE_PORT"
expect_ok /robots.txt ""
measure "bare Beast, same threads (yardstick)" /robots.txt ""
BASE="$PORTAL_BASE"
kill "$BARE_PID" && wait "$BARE_PID" 2>/dev/null || true
BARE_PID=""

measure "static plaintext" /static/robots.txt ""
measure "login page" /log-ind ""
measure "start page (signed in)" / "$COOKIES"

if [[ $ORGANISATION != 0 ]]; then
  sign_in "$DEMO_LEADER" "$DEMO_PASSWORD"
  # A unit and a person of the demo leader's own unit, found through Min ledelseskæde.
  curl -sS --max-time 5 -H "Cookie: $COOKIES" -o "$WORK_DIR/chain.html" "$BASE/min-ledelseskaede"
  UNIT_PATH="$(grep -o 'href="/organisation/enheder/[0-9]*"' "$WORK_DIR/chain.html" | head -n 1 | sed 's/href="\(.*\)"/\1/' || true)"
  if [[ -z $UNIT_PATH ]]; then
    log "warning: Min ledelseskæde links no unit ($DEMO_LEADER leads nothing: no demo region?); organisation pages skipped"
  else
    curl -sS --max-time 5 -H "Cookie: $COOKIES" -o "$WORK_DIR/unit.html" "$BASE$UNIT_PATH"
    # Someone else whose HR details the demo leader may see, so that every view writes an audit
    # event: one of the people of the first unit under "Det leder du".
    LED_UNIT_PATH="$(sed -n '/id="led-heading"/,$p' "$WORK_DIR/chain.html" | grep -o 'href="/organisation/enheder/[0-9]*"' | head -n 1 | sed 's/href="\(.*\)"/\1/' || true)"
    [[ -n $LED_UNIT_PATH ]] || die "Min ledelseskæde shows no unit that $DEMO_LEADER leads"
    curl -sS --max-time 5 -H "Cookie: $COOKIES" -o "$WORK_DIR/led-unit.html" "$BASE$LED_UNIT_PATH"
    PERSON_PATH=""
    for candidate in $(grep -o 'href="/organisation/personer/[0-9]*"' "$WORK_DIR/led-unit.html" | sed 's/href="\(.*\)"/\1/'); do
      curl -sS --max-time 5 -H "Cookie: $COOKIES" -o "$WORK_DIR/person.html" "$BASE$candidate"
      if grep -q 'id="hr-heading"' "$WORK_DIR/person.html" && ! grep -q 'Det er dig' "$WORK_DIR/person.html"; then
        PERSON_PATH="$candidate"
        break
      fi
    done
    [[ -n $PERSON_PATH ]] || die "$LED_UNIT_PATH links no one whose HR details $DEMO_LEADER may see"
    for path in /organisation "/organisation?q=hansen" "$UNIT_PATH" "$PERSON_PATH" /min-ledelseskaede; do
      expect_ok "$path" "$COOKIES"
    done
    measure "organisation tree" /organisation "$COOKIES"
    measure "organisation search" "/organisation?q=hansen" "$COOKIES"
    measure "unit page" "$UNIT_PATH" "$COOKIES"
    # The demo leader is over this unit's people, so each view shows HR details and writes an audit event.
    measure "person page (HR details, audited)" "$PERSON_PATH" "$COOKIES"
    measure "Min ledelseskæde" /min-ledelseskaede "$COOKIES"
    # Follow-up (issue 4): the demo leader's chain, then the whole region as koncernledelse, whose
    # chain view is also the whole region (~1,500 rows), its first table page with the heat map, a
    # sorted page and the CSV export (which writes an audit event per request).
    expect_ok /opfoelgning "$COOKIES"
    measure "follow-up, leader's chain" /opfoelgning "$COOKIES"
    # The start page per person (issue 15): the demo leader's tasks, news and chain status.
    curl -sS --max-time 5 -H "Cookie: $COOKIES" -o "$WORK_DIR/start-leader.html" "$BASE/"
    log "demo leader's start page: $(grep -o 'Din ledelseskæde: [0-9.]* enhed[a-z]* med leder' "$WORK_DIR/start-leader.html" | head -n 1)"
    measure "start page, demo leader" / "$COOKIES"
    sign_in "koncernledelse@demo.ledelsesportal.dk" "$DEMO_PASSWORD"
    for path in /opfoelgning /opfoelgning/region "/opfoelgning/region?sorter=leder" /opfoelgning/region.csv; do
      expect_ok "$path" "$COOKIES"
    done
    measure "follow-up, region chain (page 1 of 15)" /opfoelgning "$COOKIES"
    measure "follow-up, region table + heat map" /opfoelgning/region "$COOKIES"
    measure "follow-up, region sorted by leader" "/opfoelgning/region?sorter=leder" "$COOKIES"
    measure "follow-up, CSV export (audited)" /opfoelgning/region.csv "$COOKIES"
    # Koncernledelse's start page: the status of the whole region (~1,500 units with a leader).
    curl -sS --max-time 5 -H "Cookie: $COOKIES" -o "$WORK_DIR/start-top.html" "$BASE/"
    log "koncernledelse's start page: $(grep -o 'Hele regionen: [0-9.]* enhed[a-z]* med leder' "$WORK_DIR/start-top.html" | head -n 1)"
    measure "start page, koncernledelse (the region)" / "$COOKIES"
    # The programmes (issue 17): Koncern HR's overview of Ledervejen for the whole region (~300
    # participants, each status computed from one grouped tally query), filtered, and its export.
    sign_in "hr@demo.ledelsesportal.dk" "$DEMO_PASSWORD"
    for path in /udvikling/oversigt "/udvikling/oversigt?status=i-risiko" /udvikling/oversigt.csv /udvikling/kapacitet; do
      expect_ok "$path" "$COOKIES"
    done
    measure "programmes, HR's overview (region, page 1 of 3)" /udvikling/oversigt "$COOKIES"
    measure "programmes, HR's overview filtered (at risk)" "/udvikling/oversigt?status=i-risiko" "$COOKIES"
    measure "programmes, HR's overview as CSV (audited)" /udvikling/oversigt.csv "$COOKIES"
    # The organisers' capacity forecast: every programme's enrolments, tallies and sessions of the half year.
    measure "programmes, capacity forecast (half a year)" /udvikling/kapacitet "$COOKIES"
    # A leader of about 500 units (issue 15): the demo has no such login, so the leader whose units
    # come closest is found in the database and given an account for this run.
    big_leader="$(leader_of_about 500)"
    if [[ -n $big_leader ]]; then
      IFS='|' read -r big_email big_name big_units <<<"$big_leader"
      printf '%s' "$PASSWORD" |
        "$BINARY" create-user --email "$big_email" --name "$big_name" --role leder --password-stdin \
          >>"$WORK_DIR/create-user.log" 2>&1 || { cat "$WORK_DIR/create-user.log" >&2; die "create-user failed"; }
      sign_in "$big_email" "$PASSWORD"
      curl -sS --max-time 5 -H "Cookie: $COOKIES" -o "$WORK_DIR/start-big.html" "$BASE/"
      log "leader of $big_units units: $(grep -o 'Din ledelseskæde: [0-9.]* enhed[a-z]* med leder' "$WORK_DIR/start-big.html" | head -n 1)"
      measure "start page, leader of ~500 units" / "$COOKIES"
    else
      log "warning: no leader of about 500 units found; that start page is not measured"
    fi
    # Goal pictures (issue 18), as the demo leader: the overview (every indicator of the three goal
    # pictures with its latest value, colour, trend and reporting status, the broken-down ones rolled
    # up) and the benchmark indicator's page (series, run chart, breakdown over 20 units, comments).
    if [[ $GOALS != 0 ]]; then
      sign_in "$DEMO_LEADER" "$DEMO_PASSWORD"
      for path in /maalbilleder "/maalbilleder/indikatorer/$GOALS_INDICATOR"; do expect_ok "$path" "$COOKIES"; done
      measure "goal pictures, overview" /maalbilleder "$COOKIES"
      measure "goal pictures, indicator (60 months x 20 units)" "/maalbilleder/indikatorer/$GOALS_INDICATOR" "$COOKIES"
    fi
  fi
fi

# The server must still be alive after the load, or the figures describe a crash.
kill -0 "$SERVER_PID" 2>/dev/null || { tail -n 30 "$WORK_DIR/server.log" >&2; die "the server died under load"; }
curl -sS --max-time 5 -H "Authorization: Bearer $LP_METRICS_TOKEN" -o "$WORK_DIR/metrics.txt" "$BASE/metrics" ||
  log "warning: /metrics did not answer"

printf '\nwrk -t%s -c%s -d%s --latency, loopback, %s cores (%s)\n\n' "$THREADS" "$CONNECTIONS" "$DURATION" \
  "$(nproc)" "$(lscpu | sed -n 's/^Model name: *//p' | head -n 1)"
printf '| endpoint | path | requests/s | p50 (ms) | p99 (ms) | failures |\n'
printf '|---|---|---:|---:|---:|---:|\n'
printf '%s\n' "${ROWS[@]}"
