#!/usr/bin/env python3
"""Resamples converted 311 records (the import format written by convert-311.py) to N rows for load tests.

Rows are taken round-robin from the inputs; each copy gets a unique source_id, and requested times are spread evenly
over the last DAYS days (ending an hour ago) in file order, so the newest records fall inside Open311's default
90-day window. A closed record keeps its original time to close (capped at now; still open if that lies ahead).
Usage: resample-311.py --rows 100000 --days 80 converted1.csv [converted2.csv ...] > out.csv
"""
import argparse
import csv
import sys
from datetime import datetime, timedelta, timezone


def parse(value):
    return datetime.fromisoformat(value) if value else None


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--days", type=int, default=80)
    parser.add_argument("inputs", nargs="+")
    args = parser.parse_args()

    sources = []
    for path in args.inputs:
        with open(path, newline="", encoding="utf-8") as handle:
            sources.append(list(csv.DictReader(handle)))
    records = [row for group in zip(*sources) for row in group] + [row for rows in sources for row in rows[min(map(len, sources)):]]
    if not records:
        sys.exit("no records")

    end = datetime.now(timezone.utc) - timedelta(hours=1)
    start = end - timedelta(days=args.days)
    step = (end - start) / args.rows
    now = datetime.now(timezone.utc)
    writer = csv.DictWriter(sys.stdout, fieldnames=list(records[0].keys()), lineterminator="\n")
    writer.writeheader()
    for i in range(args.rows):
        row = dict(records[i % len(records)])
        original = parse(row["requested_datetime"])
        closed = parse(row["closed_datetime"])
        requested = start + step * i
        row["source_id"] = f"{row['source_id']}-r{i}"
        row["requested_datetime"] = requested.isoformat(timespec="seconds")
        if closed and original and closed >= original and requested + (closed - original) <= now:
            row["closed_datetime"] = (requested + (closed - original)).isoformat(timespec="seconds")
            row["status"] = "closed"
        else:
            row["closed_datetime"] = ""
            row["status"] = "open"
        writer.writerow(row)


if __name__ == "__main__":
    main()
