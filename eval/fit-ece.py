#!/usr/bin/env python3
"""Expected calibration error of the fit a run reports: each need's best K matches (one per line,
as 'match --format jsonl' writes them) against graded judgments (TREC qrels), a fit being any grade
of at least 1. Ten bins of fit, from 0 to 1 in tenths, as 'calibrate' reports them.

usage: eval/fit-ece.py QRELS RUN.jsonl [K]   (K defaults to 20)"""
import json
import sys

qrels_path, run_path = sys.argv[1], sys.argv[2]
k = int(sys.argv[3]) if len(sys.argv) > 3 else 20
grades = {}
for line in open(qrels_path):
    need, _, startup, grade = line.split()
    grades[(need, startup)] = int(grade)
pairs = []
for line in open(run_path):
    match = json.loads(line)
    if "startup" in match and match["rank"] <= k:
        pairs.append((match["fit"], grades.get((match["need"], match["startup"]), 0) >= 1))
bins = [[] for _ in range(10)]
for fit, judged in pairs:
    bins[min(9, int(fit * 10))].append((fit, judged))
ece = sum(abs(sum(f for f, _ in b) / len(b) - sum(j for _, j in b) / len(b)) * len(b)
          for b in bins if b) / len(pairs)
print(f"pairs={len(pairs)} ece={ece:.4f}")
