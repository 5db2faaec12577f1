#!/usr/bin/env bash
# Runs every test project: unit, architecture, integration on SQLite and on PostgreSQL, browser (Chromium).
# Installs PostgreSQL and Chromium with apt when missing, starts a throw-away PostgreSQL cluster on
# 127.0.0.1, stops what it started, and ends with one line: "N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work=$(mktemp -d -t civiccrm-test.XXXXXX)
results="$work/results"
: >"$results"
pg_started=""

log() { printf '\n== %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else return 1; fi
}

apt_updated=""
apt_install() {
  [ -n "$apt_updated" ] || { as_root apt-get update -qq && apt_updated=1; }
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

cleanup() {
  if [ -n "$pg_started" ]; then
    as_postgres "$pg_bin/pg_ctl" -D "$pg_data" -m immediate stop >/dev/null 2>&1 || true
    pg_started=""
  fi
  rm -rf "$work"
}
trap cleanup EXIT

# --- PostgreSQL: a private cluster in a temp folder, unless the caller already provides a server ---
as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start_postgres() {
  if [ -n "${CIVICCRM_TEST_POSTGRES:-}" ]; then return 0; fi
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$pg_bin" ]; then
    log "installing PostgreSQL"
    apt_install postgresql || { echo "could not install PostgreSQL"; return 1; }
    pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  fi
  pg_data="$work/pg"
  pg_port=${CIVICCRM_TEST_PG_PORT:-54329}
  mkdir -p "$pg_data"
  [ "$(id -u)" -eq 0 ] && chown -R postgres:postgres "$work" && chmod 755 "$work"
  log "starting PostgreSQL on 127.0.0.1:$pg_port"
  as_postgres "$pg_bin/initdb" -D "$pg_data" -U postgres --auth=trust -E UTF8 >/dev/null || return 1
  as_postgres "$pg_bin/pg_ctl" -D "$pg_data" -w -l "$pg_data/server.log" \
    -o "-p $pg_port -k $pg_data -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300" start >/dev/null || return 1
  pg_started=1
  export CIVICCRM_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Password=postgres;Pooling=true"
}

ensure_chromium() {
  if [ -x /usr/bin/chromium ]; then return 0; fi
  log "installing Chromium"
  apt_install chromium fonts-liberation || echo "could not install Chromium"
}

# --- run one test project and record its counts ---
run_tests() { # $1 label, $2 project, rest: env assignments
  local label=$1 project=$2
  shift 2
  log "$label"
  local out="$work/$(echo "$label" | tr ' /' '__').log"
  env "$@" dotnet test "$project" --no-build --nologo -v q \
    -- RunConfiguration.TreatNoTestsAsError=true 2>&1 | tee "$out"
  local line
  line=$(sed -nE 's/.*(Passed|Failed)! +- Failed: +([0-9]+), Passed: +([0-9]+), Skipped: +([0-9]+).*/\3 \2 \4/p' "$out" | tail -n 1)
  if [ -z "$line" ]; then
    echo "$label: no test summary (the run crashed or found no tests)"
    line="0 1 0"
  fi
  # A fixture that fails on dispose (e.g. the site logged a warning) is not in the summary: count it.
  local cleanup
  cleanup=$(grep -c 'Cleanup Failure' "$out")
  if [ "$cleanup" -gt 0 ]; then
    echo "$label: $cleanup test class(es) failed on cleanup"
    read -r p f s <<<"$line"
    line="$p $((f + cleanup)) $s"
  fi
  echo "$line" >>"$results"
}

log "restoring and building"
dotnet tool restore >/dev/null
if ! dotnet build CivicCrm.sln --nologo -v q; then
  echo "0 passed, 1 failed, 0 skipped"
  exit 1
fi

run_tests "unit" tests/CivicCrm.Tests.Unit
run_tests "architecture" tests/CivicCrm.Tests.Architecture
run_tests "integration on SQLite" tests/CivicCrm.Tests.Integration CIVICCRM_TEST_DATABASE=Sqlite

if start_postgres; then
  run_tests "integration on PostgreSQL" tests/CivicCrm.Tests.Integration CIVICCRM_TEST_DATABASE=Postgres
else
  echo "PostgreSQL could not be started"
  echo "0 1 0" >>"$results"
fi

ensure_chromium
run_tests "browser" tests/CivicCrm.Tests.Browser CIVICCRM_CHROMIUM=/usr/bin/chromium

read -r passed failed skipped < <(awk '{p+=$1; f+=$2; s+=$3} END {print p+0, f+0, s+0}' "$results")
log "stopping what this script started"
cleanup
trap - EXIT
echo
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
