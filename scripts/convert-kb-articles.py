#!/usr/bin/env python3
"""Converts a city's published service articles (JSON: id, title, categories, brief_description, body_html,
body_text, source_url, expiration) to the knowledge base import format of POST /api/kb/import.

usage: scripts/convert-kb-articles.py articles.json [--limit N] [--prefix nyc311] > items.json
"""
import argparse
import json
import sys


def review_by(expiration):
    # "12-31-2099T00:00:00Z" (month-day-year); far-future dates mean "never expires".
    try:
        month, day, rest = expiration.split("-", 2)
        year = int(rest[:4])
    except (AttributeError, ValueError):
        return None
    return None if year >= 2090 else f"{year:04d}-{int(month):02d}-{int(day):02d}"


def convert(article, prefix):
    body = article.get("body_html") or ""
    fmt = "html"
    if not body.strip():
        body, fmt = article.get("body_text") or "", "markdown"
    item = {
        "externalId": f"{prefix}-{article['id']}",
        "type": "article",
        "title": article["title"].strip(),
        "summary": (article.get("brief_description") or "").strip() or None,
        "body": body,
        "bodyFormat": fmt,
        "categories": [c for c in article.get("categories") or [] if c],
        "tags": [],
        "audience": "public",
        "published": True,
    }
    due = review_by(article.get("expiration"))
    if due:
        item["reviewBy"] = due
    return item


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("input")
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--prefix", default="nyc311")
    args = parser.parse_args()
    with open(args.input, encoding="utf-8") as f:
        articles = json.load(f)
    if args.limit:
        articles = articles[: args.limit]
    json.dump([convert(a, args.prefix) for a in articles], sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
