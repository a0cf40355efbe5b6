#!/usr/bin/env bash
# Regenerates the development-needs figures: matches the 16 carmaker needs in ../shared against the
# Y Combinator profiles with text only (id, name, oneLiner, description: no tags or industries,
# from which the judgments were derived) and scores the run with the reference scorer.
#
# usage: eval/dev-needs.sh [extra 'match' options...]   (build first: ./mvnw -q -DskipTests package)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
shared="${SHARED:-$root/../shared}"
out="$root/target/eval"
mkdir -p "$out"

python3 - "$shared" "$out" <<'PY'
import json, sys
shared, out = sys.argv[1], sys.argv[2]
with open(f"{shared}/data/yc-startups.jsonl") as src, open(f"{out}/startups.jsonl", "w") as dst:
    for line in src:
        p = json.loads(line)
        dst.write(json.dumps({k: p.get(k) or "" for k in ("id", "name", "oneLiner", "description")}) + "\n")
with open(f"{shared}/eval/dev-needs.json") as src, open(f"{out}/needs.jsonl", "w") as dst:
    for n in json.load(src):
        dst.write(json.dumps({k: n[k] for k in ("id", "unit", "title", "description")}) + "\n")
PY

"$root/bin/startup-match" match --startups "$out/startups.jsonl" --needs "$out/needs.jsonl" \
  --top 100 --format trec --output "$out/dev-run.txt" "$@"
python3 "$shared/eval/score_run.py" "$shared/eval/dev-qrels.txt" "$out/dev-run.txt"
