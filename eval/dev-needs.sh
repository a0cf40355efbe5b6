#!/usr/bin/env bash
# Regenerates the development-needs figures: matches the carmaker needs in ../shared against the
# Y Combinator profiles with text only (id, name, oneLiner, description: no tags or industries,
# from which the judgments were derived) and scores each run with the reference scorer.
#
# usage: eval/dev-needs.sh [english|languages] [extra 'match' options...]
#   english    (default) the 16 needs in English, with title and description
#   languages  the 8 needs that also come in German and Chinese: each variant's text alone as the
#              description (no title, no language field), and its nDCG@10 as a share of English,
#              both in the same form ("en") and with title and unit ("en-titled")
# Build first: ./mvnw -q -DskipTests package
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
shared="${SHARED:-$root/../shared}"
out="$root/target/eval"
mode="${1:-english}"
[ $# -gt 0 ] && shift
mkdir -p "$out"

python3 - "$shared" "$out" <<'PY'
import json, sys
shared, out = sys.argv[1], sys.argv[2]
with open(f"{shared}/data/yc-startups.jsonl") as src, open(f"{out}/startups.jsonl", "w") as dst:
    for line in src:
        p = json.loads(line)
        dst.write(json.dumps({k: p.get(k) or "" for k in ("id", "name", "oneLiner", "description")}) + "\n")
needs = json.load(open(f"{shared}/eval/dev-needs.json"))
with open(f"{out}/needs.jsonl", "w") as dst:
    for n in needs:
        dst.write(json.dumps({k: n[k] for k in ("id", "unit", "title", "description")}) + "\n")
for variant in ("en", "de", "zh", "en-titled"):
    with open(f"{out}/needs-{variant}.jsonl", "w") as dst:
        for n in needs:
            if "de" in n and "zh" in n:
                if variant == "en-titled":
                    record = {k: n[k] for k in ("id", "unit", "title", "description")}
                else:
                    record = {"id": n["id"], "description": n["description"] if variant == "en" else n[variant]}
                dst.write(json.dumps(record, ensure_ascii=False) + "\n")
PY

run() { # name needs-file
  "$root/bin/startup-match" match --startups "$out/startups.jsonl" --needs "$2" \
    --top 1000 --format trec --output "$out/run-$1.txt" "${extra[@]}" 2>/dev/null
  python3 "$shared/eval/score_run.py" "$shared/eval/dev-qrels.txt" "$out/run-$1.txt" |
    sed "s/^/$1: /"
}
extra=("$@")

case "$mode" in
  english) run english "$out/needs.jsonl" ;;
  languages)
    for variant in en-titled en de zh; do
      # Score only the needs of this run: the qrels hold all 16.
      "$root/bin/startup-match" match --startups "$out/startups.jsonl" --needs "$out/needs-$variant.jsonl" \
        --top 1000 --format trec --output "$out/run-$variant.txt" "${extra[@]}" 2>/dev/null
      python3 - "$shared/eval/dev-qrels.txt" "$out/needs-$variant.jsonl" "$out/qrels-$variant.txt" <<'PY'
import json, sys
ids = {json.loads(l)["id"] for l in open(sys.argv[2])}
with open(sys.argv[3], "w") as dst:
    dst.writelines(l for l in open(sys.argv[1]) if l.split()[0] in ids)
PY
      python3 "$shared/eval/score_run.py" "$out/qrels-$variant.txt" "$out/run-$variant.txt" |
        sed "s/^/$variant: /" | tee "$out/score-$variant.txt"
    done
    python3 - "$out" <<'PY'
import sys, re
out = sys.argv[1]
ndcg = {v: float(re.search(r"ndcg@10=([0-9.]+)", open(f"{out}/score-{v}.txt").read()).group(1))
        for v in ("en-titled", "en", "de", "zh")}
print(" ".join(f"{v}/{e}={ndcg[v] / ndcg[e]:.2f}" for e in ("en", "en-titled") for v in ("de", "zh")))
PY
    ;;
  *) echo "usage: eval/dev-needs.sh [english|languages] [match options...]" >&2; exit 2 ;;
esac
