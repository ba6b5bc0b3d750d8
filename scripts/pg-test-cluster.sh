#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for the test suites.
#
#   eval "$(scripts/pg-test-cluster.sh start /tmp/lp-pg)"   # prints: export LP_TEST_POSTGRES_URL=...
#   scripts/pg-test-cluster.sh stop /tmp/lp-pg               # stops it and removes the folder
#
# The cluster listens on 127.0.0.1 only, on a free port from 54320-54399, with its unix socket in the
# folder, trust authentication (local test use only) and fsync off (speed; the data is thrown away).
# initdb refuses to run as root, so as root the cluster belongs to the postgres user.
set -euo pipefail

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
PORT_FIRST=54320
PORT_LAST=54399

die() {
  echo "pg-test-cluster: $*" >&2
  exit 1
}

usage() {
  echo "usage: $0 start DIR | stop DIR | status DIR" >&2
  exit 2
}

# Runs a PostgreSQL program as the cluster's owner.
as_owner() {
  if [[ $(id -u) -eq 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

port_is_free() {
  # Bash's /dev/tcp connects: success means something already listens there.
  ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

pick_port() {
  local port
  local span=$((PORT_LAST - PORT_FIRST + 1))
  local start=$((PORT_FIRST + RANDOM % span))
  for ((i = 0; i < span; i++)); do
    port=$((PORT_FIRST + (start - PORT_FIRST + i) % span))
    # A port whose lock file exists belongs to a cluster that is starting or stopping.
    if port_is_free "$port" && [[ ! -e /tmp/.s.PGSQL.$port.lock ]]; then
      echo "$port"
      return 0
    fi
  done
  return 1
}

print_exports() {
  local port
  port=$(cat "$1/port")
  echo "export LP_TEST_POSTGRES_URL=postgresql://postgres@127.0.0.1:${port}/postgres"
}

is_running() {
  [[ -f $1/data/postmaster.pid ]] && as_owner "$PG_BIN/pg_ctl" status -D "$1/data" >/dev/null 2>&1
}

start() {
  local dir=$1
  [[ -x $PG_BIN/initdb ]] || die "PostgreSQL 15 is not installed ($PG_BIN/initdb is missing)"
  [[ $dir = /* ]] || dir="$PWD/$dir"

  if [[ -d $dir/data ]] && is_running "$dir"; then
    echo "pg-test-cluster: already running in $dir" >&2
    print_exports "$dir"
    return 0
  fi
  if [[ -e $dir ]] && [[ -n $(ls -A "$dir" 2>/dev/null) ]] && [[ ! -f $dir/.pg-test-cluster ]]; then
    die "$dir exists and is not a test cluster folder; refusing to touch it"
  fi
  rm -rf "$dir"
  mkdir -p "$dir"
  touch "$dir/.pg-test-cluster"
  if [[ $(id -u) -eq 0 ]]; then
    id postgres >/dev/null 2>&1 || die "running as root needs the postgres user (initdb refuses root)"
    chown -R postgres: "$dir"
    # The postgres user must be able to reach the folder.
    local parent
    parent=$(dirname "$dir")
    runuser -u postgres -- test -x "$parent" || die "the postgres user cannot enter $parent"
  fi

  as_owner "$PG_BIN/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 \
    >"$dir/initdb.log" 2>&1 || die "initdb failed; see $dir/initdb.log"

  local port attempt
  for attempt in 1 2 3; do
    port=$(pick_port) || die "no free port in $PORT_FIRST-$PORT_LAST"
    echo "$port" >"$dir/port"
    if as_owner "$PG_BIN/pg_ctl" start -D "$dir/data" -l "$dir/server.log" -w -t 30 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off \
          -c full_page_writes=off -c max_connections=200" >/dev/null 2>&1; then
      break
    fi
    # Another process may have taken the port between the check and the start: try another.
    if ((attempt == 3)); then
      tail -n 20 "$dir/server.log" >&2 || true
      die "the server did not start; see $dir/server.log"
    fi
  done

  for _ in $(seq 1 50); do
    if "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$port" -U postgres; then
      print_exports "$dir"
      return 0
    fi
    sleep 0.2
  done
  die "the server started but does not accept connections on 127.0.0.1:$port; see $dir/server.log"
}

stop() {
  local dir=$1
  [[ $dir = /* ]] || dir="$PWD/$dir"
  if [[ ! -e $dir ]]; then
    echo "pg-test-cluster: nothing in $dir" >&2
    return 0
  fi
  [[ -f $dir/.pg-test-cluster ]] || die "$dir is not a test cluster folder; refusing to remove it"
  if [[ -f $dir/data/postmaster.pid ]]; then
    if ! as_owner "$PG_BIN/pg_ctl" stop -D "$dir/data" -m fast -w -t 30 >/dev/null 2>&1 && is_running "$dir"; then
      die "the server in $dir did not stop"
    fi
  fi
  rm -rf "$dir"
}

status() {
  local dir=$1
  [[ $dir = /* ]] || dir="$PWD/$dir"
  if is_running "$dir"; then
    print_exports "$dir"
  else
    die "no test cluster running in $dir"
  fi
}

[[ $# -eq 2 ]] || usage
case $1 in
  start) start "$2" ;;
  stop) stop "$2" ;;
  status) status "$2" ;;
  *) usage ;;
esac
