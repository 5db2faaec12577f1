#!/usr/bin/env bash
# Load test of intake against a running server: builds and starts the app on 127.0.0.1:5099 with a fresh SQLite
# file, then runs wrk (installed with apt when missing) for GET /health (the baseline), POST /api/service-requests
# and GET /api/service-requests/duplicate-candidates, one after the other, and stops the server.
# Usage: scripts/bench-intake.sh [seconds per run, default 15]
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-15}
port=5099
url="http://127.0.0.1:$port"
work=$(mktemp -d -t civiccrm-bench.XXXXXX)
server_pid=""

cleanup() {
  if [ -n "$server_pid" ]; then
    kill -- "-$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else return 1; fi
}

if ! command -v wrk >/dev/null; then
  echo "== installing wrk"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends wrk >/dev/null
fi

echo "== building (Release)"
dotnet build src/CivicCrm.Web -c Release --nologo -v q >/dev/null

export BENCH_API_KEY="bench-$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
echo "== starting the server on $url with a fresh database"
# setsid: the server and its children get their own process group, stopped as one at the end.
ConnectionStrings__Default="Data Source=$work/civiccrm.db" \
CivicCrm__Setup__ApiKey="$BENCH_API_KEY" \
CivicCrm__Setup__AdminPassword="Bench-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')" \
ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
  setsid dotnet run -c Release --no-build --project src/CivicCrm.Web --urls "$url" >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 120); do
  curl -fsS "$url/health" >/dev/null 2>&1 && break
  sleep 1
done
curl -fsS "$url/health" >/dev/null || { echo "the server did not start:"; tail -n 40 "$work/server.log"; exit 1; }

# One request of each kind first, so a broken endpoint shows as an error rather than as fast 4xx answers.
curl -fsS -o /dev/null -H "X-Api-Key: $BENCH_API_KEY" -H 'Content-Type: application/json' \
  -d '{"service_code":"SNOW","lat":40.0,"long":-83.0,"address_string":"1 Main St","channel":"api"}' "$url/api/service-requests"
curl -fsS -o /dev/null -H "X-Api-Key: $BENCH_API_KEY" "$url/api/service-requests/duplicate-candidates?service_code=SNOW&lat=40&long=-83"

run() { # $1 label, rest: wrk arguments
  local label=$1
  shift
  echo
  echo "== $label"
  wrk -t2 -c16 -d"${duration}s" --latency "$@" | grep -E 'Latency  |50%|75%|90%|99%|requests in|Requests/sec|Non-2xx|Socket errors'
}

run "GET /health (baseline)" "$url/health"
run "POST /api/service-requests" -s scripts/bench/intake-post.lua "$url"
run "GET /api/service-requests/duplicate-candidates" -s scripts/bench/duplicate-candidates.lua "$url"

problems=$(curl -fsS -H "X-Api-Key: $BENCH_API_KEY" "$url/api/service-requests/duplicate-candidates?service_code=SNOW&lat=40&long=-83" | grep -o '"service_request_id' | wc -l || true)
echo
echo "== done (candidates near the centre for SNOW after the run: $problems); stopping the server"
