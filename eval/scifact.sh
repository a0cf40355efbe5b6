#!/usr/bin/env bash
# Reproduces Anserini's BM25 baseline on BEIR SciFact with the command line: titles as names,
# abstracts as descriptions, claims as needs, `--model bm25`, top 1000, scored with the reference
# scorer. Anserini publishes nDCG@10 0.6789 and R@100 0.9253. No record states its language, so
# the figure also checks language detection: a claim taken for German or Italian would be analysed
# as such and score less.
#
# usage: eval/scifact.sh [MODEL] [TAG] [match options...]
#   MODEL defaults to bm25; TAG names the run (default: MODEL), e.g.
#   eval/scifact.sh semantic e5 --embedding e5-small-v2
# Build first: ./mvnw -q -DskipTests package
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
shared="${SHARED:-$root/../shared}"
model="${1:-bm25}"
tag="${2:-$model}"
shift $(( $# > 2 ? 2 : $# ))
out="$root/target/eval/scifact"
mkdir -p "$out"

python3 - "$shared/eval/scifact" "$out" <<'PY'
import gzip, json, sys
src, out = sys.argv[1], sys.argv[2]
with gzip.open(f"{src}/corpus.jsonl.gz", "rt", encoding="utf-8") as corpus, open(f"{out}/documents.jsonl", "w") as dst:
    for line in corpus:
        d = json.loads(line)
        dst.write(json.dumps({"id": d["_id"], "name": d.get("title") or "untitled",
                              "description": d.get("text") or ""}) + "\n")
judged = {l.split()[0] for l in open(f"{src}/qrels.txt")}
with open(f"{src}/topics.tsv") as topics, open(f"{out}/claims.jsonl", "w") as dst:
    for line in topics:
        qid, text = line.rstrip("\n").split("\t", 1)
        if qid in judged:
            dst.write(json.dumps({"id": qid, "description": text}) + "\n")
PY

"$root/bin/startup-match" match --startups "$out/documents.jsonl" --needs "$out/claims.jsonl" --min-fit 0 \
  --model "$model" --top 1000 --format trec --run-tag "$tag" --output "$out/run-$tag.txt" "$@" 2>/dev/null
python3 "$shared/eval/score_run.py" "$shared/eval/scifact/qrels.txt" "$out/run-$tag.txt" | sed "s/^/$tag: /"
