#!/usr/bin/env bash
# What counting Open311 calls in PostgreSQL (shared by every node) costs against counting them in memory (per node):
# the same server on the same PostgreSQL database, started once with CivicCrm:Open311:SharedRateLimit=false and once
# with =true, each measured with wrk (2 threads, 16 connections, --latency, p95 from the Lua script) on
# GET /health (the baseline) and GET /open311/v2/services.json with an api_key (the rate limit is checked on every call).
# Usage: CIVICCRM_BENCH_POSTGRES="Host=…;Database=<empty or earlier bench database>;Username=…;Password=…" \
#          scripts/bench-open311-ratelimit.sh [seconds per wrk run, default 15]
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-15}
connection=${CIVICCRM_BENCH_POSTGRES:?set CIVICCRM_BENCH_POSTGRES to a PostgreSQL connection string}
port=${PORT:-5099}
url="http://127.0.0.1:$port"
work=$(mktemp -d -t civiccrm-bench-rate.XXXXXX)
server_pid=""
key="bench-ratelimit-$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"

stop() {
  if [ -n "$server_pid" ]; then
    kill -- "-$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
    server_pid=""
  fi
}
trap 'stop; rm -rf "$work"' EXIT

command -v wrk >/dev/null || { echo "wrk is needed (apt-get install wrk)"; exit 1; }
echo "== building (Release)"
dotnet build src/CivicCrm.Web -c Release --nologo -v q >/dev/null

for shared in false true; do
  echo
  echo "== SharedRateLimit=$shared: starting the server on $url"
  CivicCrm__Database__Provider=Postgres ConnectionStrings__Default="$connection" \
  CivicCrm__Setup__ApiKey="$key" CivicCrm__Setup__AdminPassword="Bench-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')" \
  CivicCrm__Open311__RateLimit=1000000 CivicCrm__Open311__SharedRateLimit=$shared \
  ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
    setsid dotnet run -c Release --no-build --project src/CivicCrm.Web --urls "$url" >"$work/server-$shared.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 120); do
    curl -fsS "$url/health" >/dev/null 2>&1 && break
    sleep 1
  done
  curl -fsS "$url/health" >/dev/null || { echo "the server did not start:"; tail -n 40 "$work/server-$shared.log"; exit 1; }
  # An existing database keeps the key of its first run: use any key the Setup step accepted, else say so.
  curl -fsS "$url/open311/v2/services.json?api_key=$key" >/dev/null || { echo "the api_key was refused: use an empty database"; exit 1; }
  for target in "/health" "/open311/v2/services.json?api_key=$key"; do
    echo "-- GET $target" | sed "s/$key/KEY/"
    wrk -t2 -c16 -d"${duration}s" --latency -s scripts/bench/baseline.lua "$url$target" \
      | grep -E 'Latency  |50%|99%|p95|Requests/sec|Non-2xx|Socket errors'
  done
  stop
done
