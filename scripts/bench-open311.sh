#!/usr/bin/env bash
# Load test of Open311 against a running server with 100k requests loaded: converts the real 311 exports in the
# given folder (scripts/convert-311.py), resamples them to 100,000 requests over the last 80 days
# (scripts/resample-311.py), starts the app (Release) on 127.0.0.1:5098 with a fresh SQLite file and the rate
# limit raised out of the way, loads them through POST /api/service-requests/import, then runs wrk for GET /health
# (the baseline), POST /open311/v2/requests.json and GET /open311/v2/requests.json, and stops the server.
# Usage: scripts/bench-open311.sh <folder with 311 CSV exports> [seconds per run, default 20]
# CIVICCRM_BENCH_DB=<file>: keep the loaded database there and reuse it on the next run (skips the import).
set -euo pipefail
cd "$(dirname "$0")/.."
data=${1:?usage: scripts/bench-open311.sh <folder with 311 CSV exports> [seconds per run]}
duration=${2:-20}
rows=100000
port=5098
url="http://127.0.0.1:$port"
work=$(mktemp -d -t civiccrm-bench311.XXXXXX)
db=${CIVICCRM_BENCH_DB:-$work/civiccrm.db}
server_pid=""

cleanup() {
  if [ -n "$server_pid" ]; then
    kill -- "-$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

command -v wrk >/dev/null || { echo "wrk is needed (apt-get install wrk)"; exit 1; }

echo "== building (Release)"
dotnet build src/CivicCrm.Web -c Release --nologo -v q >/dev/null

key_file="$db.key"
fresh=1
if [ -s "$db" ] && [ -s "$key_file" ]; then fresh=0; fi
if [ "$fresh" = 1 ]; then
  rm -f "$db" "$db-wal" "$db-shm"
  head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n' | sed 's/^/bench-/' >"$key_file"
fi
export BENCH_API_KEY
BENCH_API_KEY=$(cat "$key_file")

echo "== starting the server on $url"
ConnectionStrings__Default="Data Source=$db" \
CivicCrm__Setup__ApiKey="$BENCH_API_KEY" \
CivicCrm__Setup__AdminPassword="Bench-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')" \
CivicCrm__Open311__RateLimit=1000000 \
ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
  setsid dotnet run -c Release --no-build --project src/CivicCrm.Web --urls "$url" >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 120); do
  curl -fsS "$url/health" >/dev/null 2>&1 && break
  sleep 1
done
curl -fsS "$url/health" >/dev/null || { echo "the server did not start:"; tail -n 40 "$work/server.log"; exit 1; }

if [ "$fresh" = 1 ]; then
  echo "== converting and resampling the 311 exports in $data to $rows requests"
  converted=()
  for file in "$data"/*.csv; do
    out="$work/$(basename "$file" .csv).converted.csv"
    if python3 scripts/convert-311.py "$file" >"$out" 2>"$work/convert.log"; then converted+=("$out"); else rm -f "$out"; fi
  done
  python3 scripts/resample-311.py --rows "$rows" --days 80 "${converted[@]}" >"$work/load.csv"
  echo "== importing (POST /api/service-requests/import)"
  start=$(date +%s)
  curl -fsS -H "X-Api-Key: $BENCH_API_KEY" -H "Content-Type: text/csv" --data-binary @"$work/load.csv" \
    "$url/api/service-requests/import?create_missing_types=true" | head -c 300
  echo
  echo "imported in $(( $(date +%s) - start )) s"
fi

# One call of each kind first, so a broken endpoint shows as an error rather than as fast 4xx answers.
curl -fsS -o /dev/null -d "api_key=$BENCH_API_KEY&service_code=SNOW&lat=34.05&long=-118.3" "$url/open311/v2/requests.json"
loaded=$(curl -fsS "$url/open311/v2/requests.json" | grep -o '"service_request_id"' | wc -l)
echo "== GET requests.json answers $loaded requests on its default page (the spec's first 1,000)"

run() { # $1 label, rest: wrk arguments
  local label=$1
  shift
  echo
  echo "== $label"
  wrk -t2 -c16 -d"${duration}s" --latency "$@" | grep -E 'Latency  |50%|90%|99%|p95|requests in|Requests/sec|Non-2xx|Socket errors'
}

run "GET /health (baseline)" -s scripts/bench/baseline.lua "$url/health"
run "POST /open311/v2/requests.json" -s scripts/bench/open311-post.lua "$url"
run "GET /open311/v2/requests.json" -s scripts/bench/open311-get.lua "$url"
echo
echo "== done; stopping the server"
