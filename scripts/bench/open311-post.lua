-- POST /open311/v2/requests.json: a form-encoded report at a random point in Los Angeles (where most of the loaded
-- history is), of a demo type without required questions, as an Open311 app sends it; intake also runs the
-- duplicate lookup over the 100k loaded requests.
local types = { "STREET-SWEEP", "SNOW", "PARKING", "ABANDONED-VEH", "ILLEGAL-DUMP", "DEAD-ANIMAL", "STANDING-WATER",
  "BUILDING", "WEEDS", "TREE-TRIM", "WATER-LEAK", "HYDRANT", "SEWER", "CATCH-BASIN" }
local key = os.getenv("BENCH_API_KEY")

function init() math.randomseed(os.time() + math.random(1, 1000000)) end

request = function()
  local body = string.format("api_key=%s&service_code=%s&lat=%.6f&long=%.6f&address_string=%d+Main+St&description=Load+test+report",
    key, types[math.random(#types)], 34.05 + (math.random() - 0.5) * 0.3, -118.30 + (math.random() - 0.5) * 0.4, math.random(1, 400) * 2)
  return wrk.format("POST", "/open311/v2/requests.json", { ["Content-Type"] = "application/x-www-form-urlencoded; charset=utf-8" }, body)
end

done = function(summary, latency, requests)
  io.write(string.format("p95: %.2f ms\n", latency:percentile(95) / 1000))
end
