-- GET /health, the baseline: routing, security headers, one database ping.
done = function(summary, latency, requests)
  io.write(string.format("p95: %.2f ms\n", latency:percentile(95) / 1000))
end
