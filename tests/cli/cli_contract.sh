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
matches() {  # matches NAME REGEX: a line of the last command's output matches the extended REGEX
  if grep -qE -- "$2" "$work/out"; then passes=$((passes + 1)); else
    echo "FAIL: $1: no line matches '$2'"; sed 's/^/    /' "$work/out"; failures=$((failures + 1)); fi
}
fixtures="$(cd "$(dirname "${BASH_SOURCE[0]}")/../fixtures/import" && pwd)"
# The import tests get a database of their own: the demo region in cli.db is another organisation.
import_db() { env LP_DATABASE_URL="sqlite://$work/import.db" "$bin" import "$@"; }

check "version" 0 "$bin" --version;                    contains "version" "ledelsesportal "
check "help" 0 "$bin" --help;                          contains "help lists serve" "serve"
contains "help names LP_DATABASE_URL" "LP_DATABASE_URL"
for sub in serve migrate demo-data import create-user; do
  check "help $sub" 0 "$bin" "$sub" --help;            contains "help $sub describes settings" "LP_LISTEN"
done
check "no subcommand is a usage error" 2 "$bin"
check "unknown subcommand" 2 "$bin" frobnicate
check "migrate" 0 "$bin" migrate;                      contains "migrate reports version" "database is at version"
check "migrate twice" 0 "$bin" migrate;                contains "second migrate applies nothing" "0 migration(s) applied now"
check "demo-data rejects a bad size" 2 "$bin" demo-data --size huge
check "demo-data small" 0 "$bin" demo-data --size small; contains "demo-data creates logins" "6 demo login(s) created"
contains "demo-data loads the region" "Enheder: "
check "demo-data again" 0 "$bin" demo-data --size small; contains "demo-data is idempotent" "0 demo login(s) created"
contains "demo-data again changes nothing" "Ingen ændringer"
check "demo-data --write-csv" 0 "$bin" demo-data --size small --write-csv "$work/demo-csv"
contains "demo-data --write-csv names the files" "$work/demo-csv/people.csv"
check "import of the demo region's CSV" 0 "$bin" import --units "$work/demo-csv/units.csv" --people "$work/demo-csv/people.csv"
contains "the demo region's CSV is what demo-data loaded" "Ingen ændringer"

# --- import ---
check "help import" 0 "$bin" import --help
for flag in --units --people --dry-run --force LP_IMPORT_MAX_DEACTIVATION_SHARE; do contains "help import documents $flag" "$flag"; done
check "import needs --people" 2 "$bin" import --units "$fixtures/valid/units.csv"
check "import needs --units" 2 "$bin" import --people "$fixtures/valid/people.csv"
check "import --dry-run does not migrate" 1 import_db --units "$fixtures/valid/units.csv" \
  --people "$fixtures/valid/people.csv" --dry-run
contains "an unmigrated database is explained" "ledelsesportal migrate"
check "import --dry-run left the schema alone" 0 env LP_DATABASE_URL="sqlite://$work/import.db" "$bin" migrate
matches "the migrations were all still pending" ' [1-9][0-9]* migration\(s\) applied now$'
check "import of a missing file" 1 import_db --units "$work/no-such.csv" --people "$fixtures/valid/people.csv"
contains "a missing file is named" "Kan ikke læse $work/no-such.csv"
# Issue 14.5: directories, devices and files over the size limit are refused unread, with a message.
check "import of a directory" 1 import_db --units "$fixtures" --people "$fixtures/valid/people.csv"
contains "a directory is named as such" "det er en mappe, ikke en fil"
check "import of a device" 1 import_db --units /dev/zero --people "$fixtures/valid/people.csv"
contains "a device is named as such" "det er ikke en almindelig fil"
head -c 2048 /dev/zero | tr '\0' 'x' >"$work/big.csv"
check "import of a file over the size limit" 1 env LP_MAX_UPLOAD_BYTES=1024 LP_DATABASE_URL="sqlite://$work/import.db" \
  "$bin" import --units "$work/big.csv" --people "$fixtures/valid/people.csv"
contains "the size limit is named" "LP_MAX_UPLOAD_BYTES"
check "import --dry-run" 0 import_db --units "$fixtures/valid/units.csv" --people "$fixtures/valid/people.csv" --dry-run
contains "dry run shows the plan" "Enheder: 6 oprettes"
check "import --dry-run again" 0 import_db --units "$fixtures/valid/units.csv" --people "$fixtures/valid/people.csv" --dry-run
contains "dry run wrote nothing" "Medarbejdere: 7 oprettes"
check "import" 0 import_db --units "$fixtures/valid/units.csv" --people "$fixtures/valid/people.csv"
contains "import reports what it did" "Medarbejdere: 7 oprettet"
contains "import says it is done" "Importen er gennemført."
check "import again" 0 import_db --units "$fixtures/valid/units.csv" --people "$fixtures/valid/people.csv"
contains "import again changes nothing" "Ingen ændringer"
check "import of the same export in Windows-1252" 0 import_db --units "$fixtures/valid_windows1252/units.csv" \
  --people "$fixtures/valid_windows1252/people.csv"
contains "the encoding is noted" "Windows-1252"
check "import of an export with the HR system's own unit kinds" 0 import_db \
  --units "$fixtures/valid_own_unit_kinds/units.csv" --people "$fixtures/valid_own_unit_kinds/people.csv" --dry-run
for set in "$fixtures"/*/; do
  set=$(basename "$set")
  [[ $set == valid* ]] && continue
  check "import of $set is refused" 1 import_db --units "$fixtures/$set/units.csv" --people "$fixtures/$set/people.csv"
  matches "import of $set names file, line and column" '^(units|people)\.csv, linje [0-9]+, kolonne [^:]+: .'
  contains "import of $set writes nothing" "Intet er indlæst"
done
head -n -1 "$fixtures/valid/people.csv" >"$work/people-truncated.csv"  # one of seven people (14 %) missing
check "import beyond the safety limit is refused" 1 import_db --units "$fixtures/valid/units.csv" \
  --people "$work/people-truncated.csv"
contains "the safety limit is explained" "Importen er afvist"
check "a looser limit from the environment" 0 env LP_IMPORT_MAX_DEACTIVATION_SHARE=0,5 LP_DATABASE_URL="sqlite://$work/import.db" \
  "$bin" import --units "$fixtures/valid/units.csv" --people "$work/people-truncated.csv" --dry-run
check "a bad limit is refused" 1 env LP_IMPORT_MAX_DEACTIVATION_SHARE=lots "$bin" import \
  --units "$fixtures/valid/units.csv" --people "$fixtures/valid/people.csv"
contains "a bad limit is named" "LP_IMPORT_MAX_DEACTIVATION_SHARE"
check "import --force beyond the safety limit" 0 import_db --units "$fixtures/valid/units.csv" \
  --people "$work/people-truncated.csv" --force
contains "a forced import says so" "tilsidesat med tvang"
contains "a forced import deactivates" "1 deaktiveret"
check "the forced-out person comes back" 0 import_db --units "$fixtures/valid/units.csv" --people "$fixtures/valid/people.csv"
contains "reactivation is reported" "1 genaktiveret"
check "demo-data over another organisation is refused" 1 env LP_DATABASE_URL="sqlite://$work/import.db" \
  "$bin" demo-data --size small
contains "the refusal says how to go on" "--force"
check "demo-data --force replaces it" 0 env LP_DATABASE_URL="sqlite://$work/import.db" "$bin" demo-data --size small --force
contains "the forced demo-data says so" "tilsidesat med tvang"

# --- PostgreSQL, when a test server is given (scripts/pg-test-cluster.sh) ---
if [[ -n ${LP_TEST_POSTGRES_URL:-} ]] && command -v psql >/dev/null; then
  pg_db="lp_cli_$$"
  psql -q "$LP_TEST_POSTGRES_URL" -c "CREATE DATABASE $pg_db" >/dev/null
  trap 'psql -q "$LP_TEST_POSTGRES_URL" -c "DROP DATABASE IF EXISTS $pg_db" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
  pg_url="${LP_TEST_POSTGRES_URL%/*}/$pg_db"
  check "demo-data small on PostgreSQL" 0 env LP_DATABASE_URL="$pg_url" "$bin" demo-data --size small
  contains "demo-data on PostgreSQL loads the region" "Enheder: "
  check "demo-data again on PostgreSQL" 0 env LP_DATABASE_URL="$pg_url" "$bin" demo-data --size small
  contains "demo-data again on PostgreSQL changes nothing" "Ingen ændringer"
  check "import of the demo region's CSV on PostgreSQL" 0 env LP_DATABASE_URL="$pg_url" "$bin" import \
    --units "$work/demo-csv/units.csv" --people "$work/demo-csv/people.csv"
  contains "the demo region's CSV on PostgreSQL is what demo-data loaded" "Ingen ændringer"
fi
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
