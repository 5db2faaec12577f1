-- Shared by the 100k load test: real report points, loaded from the Lua file named by BENCH_POINTS (written by
-- scripts/bench-intake-100k.sh from the resampled rows: { code, lat, long, address }), and a p95 line at the end.
points = dofile(os.getenv("BENCH_POINTS"))
key = os.getenv("BENCH_API_KEY")

function init() math.randomseed(os.time() + math.random(1, 1000000)) end

function pick() return points[math.random(#points)] end

function encode(s) return (s:gsub("[^%w%-_.~]", function(c) return string.format("%%%02X", string.byte(c)) end)) end

function done(summary, latency, requests)
  io.write(string.format("p95: %.2f ms\n", latency:percentile(95) / 1000))
end
