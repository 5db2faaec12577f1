-- POST /api/service-requests: a report at a random point in the synthetic city, of a type without required
-- questions, through the API channel (so intake also looks for a duplicate to link to).
local types = { "STREET-SWEEP", "SNOW", "PARKING", "ABANDONED-VEH", "ILLEGAL-DUMP", "DEAD-ANIMAL", "STANDING-WATER",
  "BUILDING", "WEEDS", "TREE-TRIM", "WATER-LEAK", "HYDRANT", "SEWER", "CATCH-BASIN" }
local key = os.getenv("BENCH_API_KEY")


function init() math.randomseed(os.time() + math.random(1, 1000000)) end

request = function()
  local body = string.format(
    '{"service_code":"%s","lat":%.6f,"long":%.6f,"address_string":"%d Main St","description":"Load test report","channel":"api"}',
    types[math.random(#types)], 40.0 + (math.random() - 0.5) * 0.1, -83.0 + (math.random() - 0.5) * 0.14, math.random(1, 400) * 2)
  return wrk.format("POST", "/api/service-requests", { ["Content-Type"] = "application/json", ["X-Api-Key"] = key }, body)
end
