#!/usr/bin/env python3
"""Scores the labelled knowledge base queries with a plain SQLite FTS5 (BM25) index.

A sanity check of the query set, not the product's search: it shows which queries a purely lexical engine
already answers and which need synonyms, stemming or typo tolerance. Python 3 standard library only.

Usage: python3 scripts/kb-queries-fts5.py [--synonyms] [--misses]

Index: published public items; columns title, summary, body, tags with BM25 weights 5, 2, 1, 3; porter
stemming. Query: the words of the query (minus a short stop list) joined with OR; with --synonyms, every
other term of a synonym group whose term appears in the query is OR-ed in as a phrase.
"""
import argparse
import json
import pathlib
import re
import sqlite3
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
ITEMS = ROOT / "recipes" / "knowledge-base.items.json"
SYNONYMS = ROOT / "recipes" / "knowledge-base.synonyms.txt"
QUERIES = ROOT / "tests" / "CivicCrm.Tests.Unit" / "Search" / "kb-queries.json"
STOP = set("a an the of in on at to for is it my i and or do does what who how can when where why be this that "
           "there with from our me we you your its did get got has have".split())


def load_synonyms():
    groups = []
    for line in SYNONYMS.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            groups.append([t.strip() for t in line.split(",")])
    return groups


def fts_query(text, groups):
    lower = text.lower()
    terms = [t for t in re.findall(r"[\w']+", lower) if t not in STOP]
    parts = ['"%s"' % t.replace('"', "") for t in terms]
    for group in groups:
        for term in group:
            if re.search(r"\b" + re.escape(term) + r"\b", lower):
                parts += ['"%s"' % other for other in group if other != term]
                break
    return " OR ".join(parts)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--synonyms", action="store_true", help="expand queries with the synonym list")
    parser.add_argument("--misses", action="store_true", help="list queries without a relevant item in the top 3")
    args = parser.parse_args()

    items = json.loads(ITEMS.read_text(encoding="utf-8"))["items"]
    queries = json.loads(QUERIES.read_text(encoding="utf-8"))
    groups = load_synonyms() if args.synonyms else []

    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE kb USING fts5(eid UNINDEXED, title, summary, body, tags, "
               "tokenize='porter unicode61')")
    for it in items:
        if it["audience"] == "public" and it["published"]:
            db.execute("INSERT INTO kb VALUES (?, ?, ?, ?, ?)",
                       (it["externalId"], it["title"], it["summary"], it["body"], " ".join(it["tags"])))

    total_rr, total_hit, per_kind, misses = 0.0, 0, {}, []
    for q in queries:
        match = fts_query(q["query"], groups)
        ids = [r[0] for r in db.execute(
            "SELECT eid FROM kb WHERE kb MATCH ? ORDER BY bm25(kb, 5.0, 2.0, 1.0, 3.0) LIMIT 10", (match,))] if match else []
        rank = next((n + 1 for n, eid in enumerate(ids) if eid in q["relevant"]), None)
        rr = 1.0 / rank if rank else 0.0
        hit = rank is not None and rank <= 3
        total_rr += rr
        total_hit += hit
        k = per_kind.setdefault(q.get("kind", "-"), [0, 0.0, 0])
        k[0] += 1
        k[1] += rr
        k[2] += hit
        if not hit:
            misses.append((q["query"], ids[:3]))

    n = len(queries)
    print(f"{n} queries, synonyms {'on' if args.synonyms else 'off'}: MRR@10 {total_rr / n:.3f}, recall@3 {total_hit / n:.3f}")
    for kind, (count, rr, hits) in sorted(per_kind.items()):
        print(f"  {kind:9} {count:3}  MRR {rr / count:.2f}  recall@3 {hits / count:.2f}")
    if args.misses:
        for query, top in misses:
            print(f"  miss: {query!r} -> {top}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
