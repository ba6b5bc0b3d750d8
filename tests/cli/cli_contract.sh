#!/usr/bin/env bash
# The command-line contract that operations scripts rely on, exercised on the real binary.
# Usage: cli_contract.sh PATH/TO/ledelsesportal
set -euo pipefail
bin=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export LP_DATABASE_URL="sqlite://$work/cli.db"
unset LP_CONFIG
failures=0
passes=0
check() {  # check NAME EXPECTED_STATUS COMMAND...
  local name=$1 expected=$2; shift 2
  local status=0
  "$@" >"$work/out" 2>&1 || status=$?
  if [ "$status" -eq "$expected" ]; then
    passes=$((passes + 1))
  else
    echo "FAIL: $name: exit $status, expected $expected"; sed 's/^/    /' "$work/out"; failures=$((failures + 1))
  fi
}
contains() {  # contains NAME TEXT: the last command's output contains TEXT
  if grep -qF -- "$2" "$work/out"; then passes=$((passes + 1)); else
    echo "FAIL: $1: output lacks '$2'"; sed 's/^/    /' "$work/out"; failures=$((failures + 1)); fi
}

check "version" 0 "$bin" --version;                    contains "version" "ledelsesportal "
check "help" 0 "$bin" --help;                          contains "help lists serve" "serve"
contains "help names LP_DATABASE_URL" "LP_DATABASE_URL"
for sub in serve migrate demo-data create-user; do
  check "help $sub" 0 "$bin" "$sub" --help;            contains "help $sub describes settings" "LP_LISTEN"
done
check "no subcommand is a usage error" 2 "$bin"
check "unknown subcommand" 2 "$bin" frobnicate
check "migrate" 0 "$bin" migrate;                      contains "migrate reports version" "database is at version"
check "migrate twice" 0 "$bin" migrate;                contains "second migrate applies nothing" "0 migration(s) applied now"
check "demo-data rejects a bad size" 2 "$bin" demo-data --size huge
check "demo-data small" 0 "$bin" demo-data --size small; contains "demo-data creates logins" "6 demo login(s) created"
check "demo-data again" 0 "$bin" demo-data --size small; contains "demo-data is idempotent" "0 demo login(s) created"
check "create-user" 0 sh -c "printf '%s\n' 'Et-langt-kodeord-42' | '$bin' create-user --email ny@example.test --name 'Ny Bruger' --role leder --role hr --password-stdin"
contains "create-user reports the user" "<ny@example.test>"
check "create-user duplicate" 1 sh -c "printf '%s' 'Et-langt-kodeord-42' | '$bin' create-user --email NY@example.test --name 'Ny Igen' --role leder --password-stdin"
contains "duplicate is explained" "findes allerede"
check "create-user short password" 1 sh -c "printf '%s' 'kort' | '$bin' create-user --email kort@example.test --name 'Kort' --role leder --password-stdin"
contains "short password is explained" "mindst 12 tegn"
check "create-user unknown role" 2 sh -c "printf '%s' 'Et-langt-kodeord-42' | '$bin' create-user --email r@example.test --name 'R' --role konge --password-stdin"
check "create-user scope needs a scopable role" 2 "$bin" create-user --email s@example.test --name S --role leder --scope RM
contains "scope without hr is explained" "hr and redaktoer"
check "create-user scope of an unknown unit" 1 "$bin" create-user --email s@example.test --name S --role hr --scope NO-SUCH-UNIT
contains "unknown scope unit is explained" "unknown unit 'NO-SUCH-UNIT'"
check "create-user has no password flag" 2 "$bin" create-user --email p@example.test --name P --role leder --password hemmelig
check "relative sqlite path is refused" 1 env LP_DATABASE_URL=sqlite://relative.db "$bin" migrate
check "bad listen address is refused" 1 env LP_LISTEN=nonsense "$bin" serve
check "config file is read" 0 sh -c "printf 'log_level = warn\n' > '$work/lp.conf' && '$bin' --config '$work/lp.conf' migrate"
check "unknown config key is refused" 1 sh -c "printf 'no_such = 1\n' > '$work/bad.conf' && '$bin' --config '$work/bad.conf' migrate"

echo "$passes passed, $failures failed"
[ "$failures" -eq 0 ]
