-- GET /health, the baseline, with the p95 line of the other 100k runs.
dofile("scripts/bench/real-points.lua")
