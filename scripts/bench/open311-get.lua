-- GET /open311/v2/requests.json over the default window (the last 90 days, which holds the 100k loaded requests):
-- pages 1-20 of 50, half of them filtered by one of the most common imported service codes.
local codes = { "BULKY-ITEMS", "GRAFFITI-REMOVAL", "ILLEGAL-DUMPING-PICKUP", "METAL-HOUSEHOLD-APPLIANCES" }

function init() math.randomseed(os.time() + math.random(1, 1000000)) end

request = function()
  local path = string.format("/open311/v2/requests.json?page_size=50&page=%d", math.random(1, 20))
  if math.random() < 0.5 then
    path = path .. "&service_code=" .. codes[math.random(#codes)]
  end
  return wrk.format("GET", path)
end

done = function(summary, latency, requests)
  io.write(string.format("p95: %.2f ms\n", latency:percentile(95) / 1000))
end
