-- POST /api/service-requests at a real report point and address, of a type from the loaded history, through the
-- API channel: intake runs its duplicate lookup over the loaded problems and links or opens a problem.
dofile("scripts/bench/real-points.lua")

request = function()
  local p = pick()
  local body = string.format(
    '{"service_code":"%s","lat":%.6f,"long":%.6f,"address_string":"%s","description":"Load test report","channel":"api"}',
    p[1], p[2], p[3], p[4])
  return wrk.format("POST", "/api/service-requests", { ["Content-Type"] = "application/json", ["X-Api-Key"] = key }, body)
end
