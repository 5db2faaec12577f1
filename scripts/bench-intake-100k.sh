#!/usr/bin/env bash
# Import and intake with 100k historical requests loaded, on SQLite and (when it can be started) PostgreSQL.
# Converts the real 311 exports in the given folder (scripts/convert-311.py), resamples them to ROWS requests over
# the last 365 days with points jittered by up to 20 m (scripts/resample-311.py), then for each provider:
#   1. starts the app (Release, `dotnet run`) on 127.0.0.1:5097 on a fresh database,
#   2. imports the file through POST /api/service-requests/import?create_missing_types=true (rows/s, total time, the
#      server's peak memory VmHWM before and after), then posts the same file again: every row is then skipped as
#      already imported (the baseline: same HTTP streaming, parsing, batching and source_id lookups, no intake rules
#      and no writes),
#   3. runs wrk (2 threads, 16 connections, --latency, p95 from the Lua scripts) against GET /health (the baseline),
#      POST /api/service-requests and GET /api/service-requests/duplicate-candidates at real points of loaded types,
#   4. stops the server (and the PostgreSQL cluster it started).
# Usage: scripts/bench-intake-100k.sh <folder with 311 CSV exports> [seconds per wrk run, default 15]
# Environment: ROWS (default 100000), PROVIDERS (default "sqlite postgres"), PORT (default 5097); CIVICCRM_BENCH_POSTGRES=<connection
# string naming an empty database> uses that server instead of starting a throw-away cluster.
set -euo pipefail
cd "$(dirname "$0")/.."
data=${1:?usage: scripts/bench-intake-100k.sh <folder with 311 CSV exports> [seconds per wrk run]}
duration=${2:-15}
rows=${ROWS:-100000}
providers=${PROVIDERS:-sqlite postgres}
port=${PORT:-5097}
url="http://127.0.0.1:$port"
work=$(mktemp -d -t civiccrm-bench100k.XXXXXX)
server_pid=""
pg_bin=""
pg_data=""

stop_server() {
  if [ -n "$server_pid" ]; then
    kill -- "-$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
    server_pid=""
  fi
}

as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

cleanup() {
  stop_server
  if [ -n "$pg_data" ]; then
    as_postgres "$pg_bin/pg_ctl" -D "$pg_data" -m fast stop >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

command -v wrk >/dev/null || { echo "wrk is needed (apt-get install wrk)"; exit 1; }

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== building (Release)"
dotnet build src/CivicCrm.Web -c Release --nologo -v q >/dev/null

echo "== converting and resampling the 311 exports in $data to $rows requests"
converted=()
for file in "$data"/*.csv; do
  out="$work/$(basename "$file" .csv).converted.csv"
  if python3 scripts/convert-311.py "$file" >"$out" 2>>"$work/convert.log"; then converted+=("$out"); else rm -f "$out"; fi
done
python3 scripts/resample-311.py --rows "$rows" --days 365 --jitter-m 20 "${converted[@]}" >"$work/load.csv"
echo "   $(($(wc -l <"$work/load.csv") - 1)) rows, $(du -h "$work/load.csv" | cut -f1), from ${#converted[@]} exports"

# Real points for wrk: 5,000 rows with a point, spread over the file (so over the year and every city).
export BENCH_POINTS="$work/points.lua"
python3 - "$work/load.csv" "$BENCH_POINTS" <<'PY'
import csv, sys
rows = [r for r in csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8")) if r["lat"] and r["long"]]
step = max(1, len(rows) // 5000)
def lua(s): return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'
with open(sys.argv[2], "w", encoding="utf-8") as out:
    out.write("return {\n")
    for r in rows[::step][:5000]:
        out.write("{%s,%s,%s,%s},\n" % (lua(r["service_code"]), r["lat"], r["long"], lua(r["address_string"] or "")))
    out.write("}\n")
PY

export BENCH_API_KEY="bench-$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"

app_pid() { # the app process in the server's session (dotnet run starts it as a child)
  ps -o pid=,args= --sid "$server_pid" | awk '/CivicCrm\.Web/ && !/ run /{print $1; exit}'
}
hwm() { awk '/VmHWM/{printf "%.0f MB", $2/1024}' "/proc/$(app_pid)/status"; }
rss() { awk '/VmRSS/{printf "%.0f MB", $2/1024}' "/proc/$(app_pid)/status"; }

start_server() { # $1 provider, $2 connection string
  local provider=$1 connection=$2
  CivicCrm__Database__Provider="$provider" \
  ConnectionStrings__Default="$connection" \
  CivicCrm__Setup__ApiKey="$BENCH_API_KEY" \
  CivicCrm__Setup__AdminPassword="Bench-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')" \
  ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
    setsid dotnet run -c Release --no-build --project src/CivicCrm.Web --urls "$url" >"$work/server-$provider.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 180); do
    curl -fsS "$url/health" >/dev/null 2>&1 && return 0
    sleep 1
  done
  echo "the server did not start:"
  tail -n 40 "$work/server-$provider.log"
  return 1
}

import() { # $1 label; prints the report's counts, the time and rows/s
  local label=$1 start end
  start=$(date +%s.%N)
  curl -fsS -H "X-Api-Key: $BENCH_API_KEY" -H "Content-Type: text/csv" --data-binary @"$work/load.csv" \
    "$url/api/service-requests/import?create_missing_types=true" >"$work/report.json"
  end=$(date +%s.%N)
  python3 - "$work/report.json" "$label" "$start" "$end" "$rows" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
label, seconds, rows = sys.argv[2], float(sys.argv[4]) - float(sys.argv[3]), int(sys.argv[5])
counts = {k: v for k, v in report.items() if isinstance(v, int)}
errors = report.get("errors") or []
print(f"   {label}: {seconds:.1f} s, {rows / seconds:,.0f} rows/s; report {counts}, {len(errors)} errors listed")
for e in errors[:5]:
    print(f"     {e}")
PY
}

run() { # $1 label, rest: wrk arguments
  local label=$1
  shift
  echo "-- $label"
  wrk -t2 -c16 -d"${duration}s" --latency "$@" | grep -E 'Latency  |50%|75%|90%|99%|p95|requests in|Requests/sec|Non-2xx|Socket errors'
}

bench() { # $1 provider, $2 connection string
  local provider=$1
  echo
  echo "==== $provider"
  start_server "$provider" "$2"
  echo "== server up; app memory: VmRSS $(rss), VmHWM $(hwm)"
  echo "== importing $rows rows (load average $(cut -d' ' -f1-3 /proc/loadavg))"
  import "import into an empty database"
  echo "   app memory after the import: VmRSS $(rss), VmHWM (peak since start) $(hwm)"
  import "baseline: the same file again (every row already imported, skipped)"
  echo "   app memory: VmHWM $(hwm)"

  # One call of each kind first, so a broken endpoint shows as an error rather than as fast 4xx answers.
  local first
  first=$(sed -n '2s/^{"\([^"]*\)",\([^,]*\),\([^,]*\),.*/service_code=\1\&lat=\2\&long=\3/p' "$BENCH_POINTS")
  curl -fsS -o /dev/null -H "X-Api-Key: $BENCH_API_KEY" "$url/api/service-requests/duplicate-candidates?$first" \
    || echo "   (the duplicate-candidates probe failed: $first)"
  echo "== wrk, $duration s each (load average $(cut -d' ' -f1-3 /proc/loadavg))"
  run "GET /health (baseline)" -s scripts/bench/health-p95.lua "$url/health"
  run "POST /api/service-requests" -s scripts/bench/intake-post-real.lua "$url"
  run "GET /api/service-requests/duplicate-candidates" -s scripts/bench/duplicate-candidates-real.lua "$url"
  echo "== app memory at the end: VmRSS $(rss), VmHWM $(hwm)"
  stop_server
}

for provider in $providers; do
  case $provider in
    sqlite)
      bench Sqlite "Data Source=$work/civiccrm.db"
      ;;
    postgres)
      connection=${CIVICCRM_BENCH_POSTGRES:-}
      if [ -z "$connection" ]; then
        pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
        if [ -z "$pg_bin" ]; then echo; echo "==== postgres: not installed, skipped"; continue; fi
        pg_data="$work/pg"
        mkdir -p "$pg_data"
        [ "$(id -u)" -eq 0 ] && chown -R postgres:postgres "$work" && chmod 755 "$work"
        # Durable settings (fsync on): the figures are meant to compare with SQLite's, which syncs its WAL too.
        as_postgres "$pg_bin/initdb" -D "$pg_data" -U postgres --auth=trust -E UTF8 >/dev/null
        as_postgres "$pg_bin/pg_ctl" -D "$pg_data" -w -l "$pg_data/server.log" \
          -o "-p 54397 -k $pg_data -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null
        as_postgres "$pg_bin/createdb" -h 127.0.0.1 -p 54397 -U postgres civiccrm_bench
        connection="Host=127.0.0.1;Port=54397;Username=postgres;Password=postgres;Database=civiccrm_bench"
      fi
      bench Postgres "$connection"
      ;;
  esac
done
echo
echo "== done"
