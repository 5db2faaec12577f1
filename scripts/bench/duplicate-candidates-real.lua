-- GET /api/service-requests/duplicate-candidates at a real report point and address, of a type from the loaded
-- history, evaluated now (the default as_of).
dofile("scripts/bench/real-points.lua")

request = function()
  local p = pick()
  local path = string.format("/api/service-requests/duplicate-candidates?service_code=%s&lat=%.6f&long=%.6f&address_string=%s",
    encode(p[1]), p[2], p[3], encode(p[4]))
  return wrk.format("GET", path, { ["X-Api-Key"] = key })
end
