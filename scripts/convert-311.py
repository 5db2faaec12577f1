#!/usr/bin/env python3
"""Convert real 311 open-data CSVs to the CivicCrm service request import format.

Usage: python3 scripts/convert-311.py <input.csv> [--limit N] > out.csv

Recognises the Los Angeles MyLA311 layouts (2017 and 2020 column spellings), the New York City
"311 Service Requests" layout and the Chicago 311 layouts by their header. Request type names become
codes (an upper-case slug of the name), statuses become open/closed, local times get the city's UTC
offset, and rows are written sorted by requested time, as the import expects. Standard library only.
"""
import argparse
import csv
import re
import sys
from datetime import datetime

try:
    from zoneinfo import ZoneInfo
except ImportError:  # Python < 3.9: times are written without an offset (read as UTC)
    ZoneInfo = None

FIELDS = ["source_id", "service_code", "service_name", "department_code", "status", "requested_datetime",
          "closed_datetime", "lat", "long", "address_string", "description"]
CLOSED = {"closed", "completed", "cancelled", "canceled", "resolved"}
TIME_FORMATS = ["%Y-%m-%dT%H:%M:%S.%f", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M:%S", "%m/%d/%Y %I:%M:%S %p",
                "%m/%d/%Y %H:%M", "%m/%d/%Y %H:%M:%S"]

# layout: (time zone, source id prefix, column names for each field)
LAYOUTS = {
    "los-angeles": ("America/Los_Angeles", "LA", dict(
        id="srnumber", created="createddate", closed="closeddate", type="requesttype", department="owner",
        status="status", lat="latitude", long="longitude", address="address", description=None)),
    "new-york": ("America/New_York", "NYC", dict(
        id="unique key", created="created date", closed="closed date", type="complaint type", department="agency",
        status="status", lat="latitude", long="longitude", address="incident address", description="descriptor")),
    "chicago": ("America/Chicago", "CHI", dict(
        id="sr_number", created="created_date", closed="closed_date", type="sr_type", department="owner_department",
        status="status", lat="latitude", long="longitude", address="street_address", description=None)),
}


def detect(header):
    names = {h.strip().lower() for h in header}
    for layout, (_, _, columns) in LAYOUTS.items():
        if all(c in names for c in (columns["id"], columns["created"], columns["type"])):
            return layout
    sys.exit("convert-311: unrecognised header; expected a Los Angeles, New York or Chicago 311 export")


def slug(text):
    return re.sub(r"[^A-Z0-9]+", "-", text.upper()).strip("-")[:64]


def parse_time(text, zone):
    text = (text or "").strip()
    if not text:
        return None
    for fmt in TIME_FORMATS:
        try:
            value = datetime.strptime(text, fmt)
        except ValueError:
            continue
        return value.replace(tzinfo=zone) if zone else value
    return None


def coordinate(text):
    try:
        value = float(text)
    except (TypeError, ValueError):
        return ""
    return "" if value == 0 else repr(value)


def convert(row, layout, zone):
    _, prefix, c = LAYOUTS[layout]
    get = lambda key: (row.get(c[key]) or "").strip() if c[key] else ""
    name = get("type")
    requested = parse_time(get("created"), zone)
    if not get("id") or not name or requested is None:
        return None
    closed = parse_time(get("closed"), zone)
    if closed is not None and closed < requested:
        closed = requested  # a few records close "before" they open; keep them closed at their start
    closed_status = closed is not None or get("status").lower() in CLOSED
    return requested, {
        "source_id": f"{prefix}-{get('id')}",
        "service_code": slug(name),
        "service_name": name,
        "department_code": slug(get("department")),
        "status": "closed" if closed_status else "open",
        "requested_datetime": requested.isoformat(),
        "closed_datetime": closed.isoformat() if closed_status and closed else "",
        "lat": coordinate(get("lat")),
        "long": coordinate(get("long")),
        "address_string": get("address"),
        "description": get("description"),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input", help="a 311 CSV export (Los Angeles, New York or Chicago layout)")
    parser.add_argument("--limit", type=int, default=0, help="write only the first N rows by requested time")
    args = parser.parse_args()
    with open(args.input, newline="", encoding="utf-8-sig") as source:
        reader = csv.reader(source)
        header = [h.strip().lower() for h in next(reader)]
        layout = detect(header)
        zone = ZoneInfo(LAYOUTS[layout][0]) if ZoneInfo else None
        rows, skipped = [], 0
        for values in reader:
            converted = convert(dict(zip(header, values)), layout, zone)
            if converted is None:
                skipped += 1
            else:
                rows.append(converted)
    rows.sort(key=lambda r: r[0])
    if args.limit:
        rows = rows[:args.limit]
    writer = csv.DictWriter(sys.stdout, fieldnames=FIELDS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(row for _, row in rows)
    print(f"convert-311: {layout}, {len(rows)} rows written, {skipped} without id, type or date skipped", file=sys.stderr)


if __name__ == "__main__":
    main()
