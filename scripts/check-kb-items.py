#!/usr/bin/env python3
"""Checks the demo knowledge base content, its labelled query set and the synonym list.

Usage: python3 scripts/check-kb-items.py [--recipe FILE] [--queries FILE]

Defaults are the files in this repository. Python 3 standard library only. Prints every problem found and
exits with 1 if there was any, else prints a summary and exits with 0.
"""
import argparse
import datetime
import json
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
KEBAB = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
TYPES = {"faq", "article", "script"}
AUDIENCES = {"public", "internal"}
STEP_KINDS = {"say", "ask", "check"}
WORD_LIMITS = {"faq": (60, 200), "article": (200, 600)}
SCRIPT_STEPS = (5, 10)
ITEM_KEYS = {"externalId", "type", "title", "summary", "body", "bodyFormat", "categories", "tags", "audience",
             "published", "relatedRequestTypes", "reportRequestType", "reviewBy", "steps"}


def words(markdown):
    text = re.sub(r"[`*_#|>\-]+", " ", markdown)
    return len(re.findall(r"[\w'’°.$/:]+", text))


def category_names(nodes, path, errors, names, slugs):
    for i, node in enumerate(nodes):
        where = f"{path}[{i}]"
        name, slug = node.get("name"), node.get("slug")
        if not isinstance(name, str) or not name.strip():
            errors.append(f"{where}.name: missing")
        elif name in names:
            errors.append(f"{where}.name: '{name}' appears twice in the tree")
        else:
            names.add(name)
        if not isinstance(slug, str) or not KEBAB.match(slug):
            errors.append(f"{where}.slug: '{slug}' is not a lower-case kebab slug")
        elif slug in slugs:
            errors.append(f"{where}.slug: '{slug}' appears twice in the tree")
        else:
            slugs.add(slug)
        children = node.get("children", [])
        if not isinstance(children, list):
            errors.append(f"{where}.children: not a list")
        else:
            category_names(children, f"{where}.children", errors, names, slugs)


def request_type_codes(recipe):
    for step in recipe.get("steps", []):
        if step.get("name") == "requestTypes":
            return {t["code"] for t in step.get("types", [])}
    return set()


def check_script(item, where, errors):
    steps = item.get("steps")
    if not isinstance(steps, list):
        errors.append(f"{where}.steps: a script needs a list of steps")
        return
    low, high = SCRIPT_STEPS
    if not low <= len(steps) <= high:
        errors.append(f"{where}.steps: {len(steps)} steps, expected {low} to {high}")
    ids = [s.get("id") for s in steps]
    if len(set(ids)) != len(ids):
        errors.append(f"{where}.steps: duplicate step ids {ids}")
    for j, step in enumerate(steps):
        sw = f"{where}.steps[{j}]"
        if not isinstance(step.get("id"), str) or not step["id"]:
            errors.append(f"{sw}.id: missing")
        if step.get("kind") not in STEP_KINDS:
            errors.append(f"{sw}.kind: '{step.get('kind')}' is not one of {sorted(STEP_KINDS)}")
        if not isinstance(step.get("text"), str) or len(step["text"].strip()) < 10:
            errors.append(f"{sw}.text: missing or too short")
        if "end" in step and not isinstance(step["end"], bool):
            errors.append(f"{sw}.end: must be true or false")
        for k, branch in enumerate(step.get("branches", [])):
            if not isinstance(branch.get("answer"), str) or not branch["answer"].strip():
                errors.append(f"{sw}.branches[{k}].answer: missing")
            if branch.get("goto") not in ids:
                errors.append(f"{sw}.branches[{k}].goto: '{branch.get('goto')}' is not a step of this script")
            elif branch["goto"] == step.get("id"):
                errors.append(f"{sw}.branches[{k}].goto: a step cannot branch to itself")
    # Every step must be reachable from the first one.
    by_id = {s.get("id"): (n, s) for n, s in enumerate(steps)}
    seen, todo = set(), [ids[0]] if ids else []
    while todo:
        sid = todo.pop()
        if sid in seen or sid not in by_id:
            continue
        seen.add(sid)
        n, step = by_id[sid]
        targets = [b.get("goto") for b in step.get("branches", [])]
        if not targets and not step.get("end") and n + 1 < len(steps):
            targets = [steps[n + 1].get("id")]
        todo.extend(targets)
    unreachable = [i for i in ids if i not in seen]
    if unreachable:
        errors.append(f"{where}.steps: unreachable steps {unreachable}")
    if steps and not steps[-1].get("end") and not steps[-1].get("branches"):
        errors.append(f"{where}.steps: the last step should end the call (\"end\": true)")


def check_items(doc, codes, today, errors):
    if not isinstance(doc, dict) or not isinstance(doc.get("categories"), list) or not isinstance(doc.get("items"), list):
        errors.append("items file: expected an object with 'categories' and 'items' lists")
        return {}
    names, slugs = set(), set()
    category_names(doc["categories"], "categories", errors, names, slugs)
    by_id = {}
    for i, item in enumerate(doc["items"]):
        eid = item.get("externalId")
        where = f"items[{i}] ({eid})"
        unknown = set(item) - ITEM_KEYS
        if unknown:
            errors.append(f"{where}: unknown fields {sorted(unknown)}")
        if not isinstance(eid, str) or not KEBAB.match(eid):
            errors.append(f"{where}.externalId: not a lower-case kebab id")
        elif eid in by_id:
            errors.append(f"{where}.externalId: duplicate")
        else:
            by_id[eid] = item
        kind = item.get("type")
        if kind not in TYPES:
            errors.append(f"{where}.type: '{kind}' is not one of {sorted(TYPES)}")
        for field in ("title", "summary", "body"):
            if not isinstance(item.get(field), str) or not item[field].strip():
                errors.append(f"{where}.{field}: missing")
        summary = item.get("summary") or ""
        if re.search(r"[.!?]\s+[A-Z]", summary) or not summary.endswith("."):
            errors.append(f"{where}.summary: should be one sentence ending with a period")
        if item.get("bodyFormat") != "markdown":
            errors.append(f"{where}.bodyFormat: expected 'markdown'")
        if kind in WORD_LIMITS and isinstance(item.get("body"), str):
            low, high = WORD_LIMITS[kind]
            n = words(item["body"])
            if not low <= n <= high:
                errors.append(f"{where}.body: {n} words, expected {low} to {high} for a {kind}")
        if kind == "article" and isinstance(item.get("body"), str) and "\n## " not in "\n" + item["body"]:
            errors.append(f"{where}.body: an article needs headings")
        cats = item.get("categories")
        if not isinstance(cats, list) or not cats:
            errors.append(f"{where}.categories: at least one category name")
        else:
            for c in cats:
                if c not in names:
                    errors.append(f"{where}.categories: '{c}' is not in the category tree")
        tags = item.get("tags")
        if not isinstance(tags, list) or not tags or not all(isinstance(t, str) and t.strip() for t in tags):
            errors.append(f"{where}.tags: a non-empty list of strings")
        if item.get("audience") not in AUDIENCES:
            errors.append(f"{where}.audience: '{item.get('audience')}' is not one of {sorted(AUDIENCES)}")
        if not isinstance(item.get("published"), bool):
            errors.append(f"{where}.published: must be true or false")
        rel = item.get("relatedRequestTypes")
        if not isinstance(rel, list):
            errors.append(f"{where}.relatedRequestTypes: must be a list")
        else:
            for code in rel:
                if code not in codes:
                    errors.append(f"{where}.relatedRequestTypes: '{code}' is not a request type of the recipe")
        report = item.get("reportRequestType")
        if report is not None:
            if kind != "article":
                errors.append(f"{where}.reportRequestType: only articles link to a report form")
            if report not in codes:
                errors.append(f"{where}.reportRequestType: '{report}' is not a request type of the recipe")
        try:
            datetime.date.fromisoformat(item.get("reviewBy", ""))
        except (TypeError, ValueError):
            errors.append(f"{where}.reviewBy: expected a date like 2027-06-30")
        if kind == "script":
            if item.get("audience") != "internal":
                errors.append(f"{where}.audience: call scripts are internal")
            if not rel:
                errors.append(f"{where}.relatedRequestTypes: a script names its request type")
            check_script(item, where, errors)
        elif "steps" in item:
            errors.append(f"{where}.steps: only scripts have steps")
    return by_id


def check_queries(queries, by_id, errors):
    if not isinstance(queries, list):
        errors.append("queries file: expected a JSON array")
        return
    seen = set()
    for i, q in enumerate(queries):
        where = f"queries[{i}] ({q.get('query')!r})"
        text = q.get("query")
        if not isinstance(text, str) or not text.strip():
            errors.append(f"{where}.query: missing")
        elif text.lower() in seen:
            errors.append(f"{where}.query: duplicate")
        else:
            seen.add(text.lower())
        rel = q.get("relevant")
        if not isinstance(rel, list) or not 1 <= len(rel) <= 3 or len(set(rel)) != len(rel):
            errors.append(f"{where}.relevant: one to three distinct ids")
            continue
        for eid in rel:
            item = by_id.get(eid)
            if item is None:
                errors.append(f"{where}.relevant: '{eid}' is not an item")
            elif item.get("audience") != "public" or not item.get("published"):
                errors.append(f"{where}.relevant: '{eid}' is not a published public item")


def check_synonyms(lines, errors):
    groups = 0
    terms = {}
    for n, line in enumerate(lines, 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        groups += 1
        parts = [p.strip() for p in line.split(",")]
        if len(parts) < 2 or any(not p for p in parts):
            errors.append(f"synonyms line {n}: needs two or more comma-separated terms")
        for p in parts:
            if p != p.lower():
                errors.append(f"synonyms line {n}: '{p}' should be lower case")
            if p in terms:
                errors.append(f"synonyms line {n}: '{p}' is already in the group on line {terms[p]}")
            terms[p] = n
    if not 25 <= groups <= 60:
        errors.append(f"synonyms: {groups} groups, expected 25 to 60")
    return groups


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--recipe", default=ROOT / "recipes" / "civic-demo.recipe.json")
    parser.add_argument("--queries", default=ROOT / "tests" / "CivicCrm.Tests.Unit" / "Search" / "kb-queries.json")
    args = parser.parse_args()

    errors = []
    try:
        recipe = json.loads(pathlib.Path(args.recipe).read_text(encoding="utf-8"))
        doc = next(s for s in recipe["steps"] if s["name"] == "knowledgeBase")
    except (OSError, json.JSONDecodeError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    codes = request_type_codes(recipe)
    if not codes:
        errors.append("recipe: no requestTypes step")
    by_id = check_items(doc, codes, datetime.date.today(), errors)

    summary = []
    items = list(by_id.values())
    count = lambda pred: sum(1 for it in items if pred(it))
    summary.append(f"{count(lambda it: it['type'] == 'faq')} FAQs, {count(lambda it: it['type'] == 'article')} articles, "
                   f"{count(lambda it: it['type'] == 'script')} scripts; "
                   f"{count(lambda it: it['audience'] == 'internal' and it['type'] != 'script')} internal FAQs/articles, "
                   f"{count(lambda it: not it['published'])} drafts, "
                   f"{count(lambda it: it['reviewBy'] < datetime.date.today().isoformat())} past their review date")

    qpath = pathlib.Path(args.queries)
    if qpath.exists():
        try:
            queries = json.loads(qpath.read_text(encoding="utf-8"))
            check_queries(queries, by_id, errors)
            summary.append(f"{len(queries)} labelled queries")
        except json.JSONDecodeError as e:
            errors.append(f"queries file: {e}")
    index = next((i for s in recipe["steps"] if s["name"] == "indexDefinitions"
                  for i in s["indexes"] if i["name"] == "knowledge-base"), None)
    if index is None:
        errors.append("recipe: no knowledge-base index definition")
    else:
        groups = check_synonyms(index.get("synonyms", []), errors)
        summary.append(f"{groups} synonym groups")

    for e in errors:
        print(e)
    if errors:
        print(f"{len(errors)} problem(s)", file=sys.stderr)
        return 1
    print("ok: " + "; ".join(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
