#!/usr/bin/env python3
"""Writes TREC qrels for a needs file from the Y Combinator tags, by the rule that produced
../shared/eval/dev-qrels.txt (this script reproduces that file byte for byte from dev-needs.json):

  for each need, in file order, and each startup, in file order: grade 2 if any of the startup's
  `tags` is one of the need's `primary` tags, otherwise grade 1 if any is one of its `secondary`
  tags, otherwise no line. Tags match exactly (case and spelling as in the data; only `tags`
  counts, not `industries`); a startup with both kinds is graded 2; there is no cap per need.
  Lines read "NEED 0 STARTUP GRADE".

usage: eval/tag-qrels.py NEEDS_JSON STARTUPS_JSONL > QRELS
"""
import json
import sys

needs_file, startups_file = sys.argv[1], sys.argv[2]
needs = json.load(open(needs_file, encoding="utf-8"))
startups = []
with open(startups_file, encoding="utf-8") as src:
    for line in src:
        p = json.loads(line)
        startups.append((p["id"], set(p.get("tags") or [])))
out = sys.stdout
for n in needs:
    primary, secondary = set(n["primary"]), set(n["secondary"])
    for sid, tags in startups:
        grade = 2 if tags & primary else 1 if tags & secondary else 0
        if grade:
            out.write(f"{n['id']} 0 {sid} {grade}\n")
