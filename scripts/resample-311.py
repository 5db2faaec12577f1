#!/usr/bin/env python3
"""Resamples converted 311 records (the import format written by convert-311.py) to N rows for load tests.

Shared by the load-test scripts (bench-intake-100k.sh, bench-open311.sh). Rows are taken round-robin from the
inputs, so every city keeps its share; each copy gets a unique source_id (`<original>-r<n>`) and keeps its real
type, department, address and description. Requested times are spread evenly over the last DAYS days (ending an
hour ago) in output order, so the file is sorted by requested time as the import expects. A closed record keeps its
original time to close (still open if that lies in the future). With --jitter-m, every copy after a record's first
is moved by a random offset of up to that many metres in latitude and longitude (the same seed gives the same file),
so repeated copies are near, not on, the original point; the address is kept, as a resident would type it.
Usage: resample-311.py --rows 100000 [--days 365] [--jitter-m 20] [--seed 311] converted1.csv [converted2.csv ...] > out.csv
"""
import argparse
import csv
import math
import random
import sys
from datetime import datetime, timedelta, timezone

METRES_PER_DEGREE = 111_320.0


def parse(value):
    return datetime.fromisoformat(value) if value else None


def interleave(sources):
    """Round-robin over the inputs until each is exhausted."""
    longest = max(map(len, sources))
    return [rows[i] for i in range(longest) for rows in sources if i < len(rows)]


def jitter(row, metres, rng):
    if not metres or not row.get("lat") or not row.get("long"):
        return
    lat, lon = float(row["lat"]), float(row["long"])
    d_lat = rng.uniform(-metres, metres) / METRES_PER_DEGREE
    d_lon = rng.uniform(-metres, metres) / (METRES_PER_DEGREE * max(0.01, math.cos(math.radians(lat))))
    row["lat"] = f"{max(-90.0, min(90.0, lat + d_lat)):.6f}"
    row["long"] = f"{max(-180.0, min(180.0, lon + d_lon)):.6f}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--days", type=float, default=365)
    parser.add_argument("--jitter-m", type=float, default=0, help="move repeated copies by up to this many metres")
    parser.add_argument("--seed", type=int, default=311)
    parser.add_argument("inputs", nargs="+")
    args = parser.parse_args()

    sources = []
    for path in args.inputs:
        with open(path, newline="", encoding="utf-8") as handle:
            rows = list(csv.DictReader(handle))
        if rows:
            sources.append(rows)
    if not sources:
        sys.exit("no records")
    records = interleave(sources)

    rng = random.Random(args.seed)
    now = datetime.now(timezone.utc)
    end = now - timedelta(hours=1)
    start = end - timedelta(days=args.days)
    step = (end - start) / args.rows
    writer = csv.DictWriter(sys.stdout, fieldnames=list(records[0].keys()), lineterminator="\n")
    writer.writeheader()
    for i in range(args.rows):
        row = dict(records[i % len(records)])
        original = parse(row["requested_datetime"])
        closed = parse(row["closed_datetime"])
        requested = start + step * i
        row["source_id"] = f"{row['source_id']}-r{i}"
        row["requested_datetime"] = requested.isoformat(timespec="seconds")
        if i >= len(records):
            jitter(row, args.jitter_m, rng)
        if closed and original and closed >= original and requested + (closed - original) <= now:
            row["closed_datetime"] = (requested + (closed - original)).isoformat(timespec="seconds")
            row["status"] = "closed"
        else:
            row["closed_datetime"] = ""
            row["status"] = "open"
        writer.writerow(row)


if __name__ == "__main__":
    main()
