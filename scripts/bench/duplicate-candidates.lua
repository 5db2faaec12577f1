-- GET /api/service-requests/duplicate-candidates at a random point in the synthetic city.
local types = { "STREET-SWEEP", "SNOW", "PARKING", "ABANDONED-VEH", "ILLEGAL-DUMP", "DEAD-ANIMAL", "STANDING-WATER",
  "BUILDING", "WEEDS", "TREE-TRIM", "WATER-LEAK", "HYDRANT", "SEWER", "CATCH-BASIN" }
local key = os.getenv("BENCH_API_KEY")

request = function()
  local path = string.format("/api/service-requests/duplicate-candidates?service_code=%s&lat=%.6f&long=%.6f&address_string=%d%%20Main%%20St",
    types[math.random(#types)], 40.0 + (math.random() - 0.5) * 0.1, -83.0 + (math.random() - 0.5) * 0.14, math.random(1, 400) * 2)
  return wrk.format("GET", path, { ["X-Api-Key"] = key })
end
