#!/usr/bin/env bash
# Regenerates the needs figures: matches carmaker needs against the Y Combinator profiles with
# text only (id, name, oneLiner, description: no tags or industries, from which the judgments were
# derived) and scores each run with the reference scorer.
#
# usage: eval/dev-needs.sh [english|languages] [--needs FILE] [extra 'match' options...]
#   english    (default) every need in English, with unit, title and description
#   languages  the needs that also come in German, Chinese and Italian: each variant's text alone
#              as the description (no title, no language field), and its nDCG@10 as a share of
#              English, both in the same form ("en") and with title and unit ("en-titled"); the
#              last line holds the ratios, e.g. "de/en=0.93 zh/en=0.88 it/en=0.91 de/en-titled=..."
#   --needs FILE  another needs file in the schema of ../shared/eval/dev-needs.json (id, unit,
#              title, description, primary and secondary tags; de, zh and it for 'languages'),
#              such as eval/needs/other-areas.json. Its judgments are derived at run time from the
#              startups' tags by eval/tag-qrels.py, the rule of dev-qrels.txt, and written with the
#              runs and scores to target/eval/NAME/ (NAME: the file name without .json).
#              Without it: the 16 development needs, judged by ../shared/eval/dev-qrels.txt, with
#              runs and scores in target/eval/.
# INDEX=DIR searches an index built from target/eval/startups.jsonl (with 'index', e.g. with
# --embedding NAME) instead of indexing the startups again on each run.
# Every other option goes to 'match' (e.g. --model bm25). Every need is ranked (--min-fit 0): the
# figures measure ranking, also of needs whose best fit is low.
# Examples: eval/dev-needs.sh languages --model bm25
#           eval/dev-needs.sh languages --needs eval/needs/other-areas.json
# Build first: ./mvnw -q -DskipTests package
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
shared="${SHARED:-$root/../shared}"
out="$root/target/eval"
usage() { echo "usage: eval/dev-needs.sh [english|languages] [--needs FILE] [match options...]" >&2; exit 2; }

mode=english
if [ $# -gt 0 ] && [[ "$1" != -* ]]; then mode="$1"; shift; fi
case "$mode" in english|languages) ;; *) usage ;; esac
needs_file="$shared/eval/dev-needs.json"
qrels="$shared/eval/dev-qrels.txt"
set_out="$out"
extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --needs)
      [ $# -ge 2 ] || usage
      needs_file="$2"
      set_out="$out/$(basename "$2" .json)"
      qrels="$set_out/qrels.txt"
      shift 2 ;;
    *) extra+=("$1"); shift ;;
  esac
done
mkdir -p "$set_out"

python3 - "$shared" "$out" "$needs_file" "$set_out" <<'PY'
import json, sys
shared, out, needs_file, set_out = sys.argv[1:5]
with open(f"{shared}/data/yc-startups.jsonl") as src, open(f"{out}/startups.jsonl", "w") as dst:
    for line in src:
        p = json.loads(line)
        dst.write(json.dumps({k: p.get(k) or "" for k in ("id", "name", "oneLiner", "description")}) + "\n")
needs = json.load(open(needs_file, encoding="utf-8"))
with open(f"{set_out}/needs.jsonl", "w") as dst:
    for n in needs:
        dst.write(json.dumps({k: n[k] for k in ("id", "unit", "title", "description")}, ensure_ascii=False) + "\n")
for variant in ("en", "de", "zh", "it", "en-titled"):
    with open(f"{set_out}/needs-{variant}.jsonl", "w") as dst:
        for n in needs:
            if all(language in n for language in ("de", "zh", "it")):
                if variant == "en-titled":
                    record = {k: n[k] for k in ("id", "unit", "title", "description")}
                else:
                    record = {"id": n["id"], "description": n["description"] if variant == "en" else n[variant]}
                dst.write(json.dumps(record, ensure_ascii=False) + "\n")
PY
if [ "$qrels" = "$set_out/qrels.txt" ]; then
  python3 "$root/eval/tag-qrels.py" "$needs_file" "$shared/data/yc-startups.jsonl" >"$qrels"
fi

run() { # name needs-file: match, then score only the needs of this run (the qrels hold them all)
  if [ -n "${INDEX:-}" ]; then source=(--index "$INDEX"); else source=(--startups "$out/startups.jsonl"); fi
  "$root/bin/startup-match" match "${source[@]}" --needs "$2" --min-fit 0 \
    --top 1000 --format trec --output "$set_out/run-$1.txt" "${extra[@]}" 2>/dev/null
  python3 - "$qrels" "$2" "$set_out/qrels-$1.txt" <<'PY'
import json, sys
ids = {json.loads(l)["id"] for l in open(sys.argv[2])}
with open(sys.argv[3], "w") as dst:
    dst.writelines(l for l in open(sys.argv[1]) if l.split()[0] in ids)
PY
  python3 "$shared/eval/score_run.py" "$set_out/qrels-$1.txt" "$set_out/run-$1.txt" |
    sed "s/^/$1: /" | tee "$set_out/score-$1.txt"
}

case "$mode" in
  english) run english "$set_out/needs.jsonl" ;;
  languages)
    if [ ! -s "$set_out/needs-en.jsonl" ]; then
      echo "dev-needs.sh: no need in $needs_file has de, zh and it" >&2; exit 1
    fi
    for variant in en-titled en de zh it; do run "$variant" "$set_out/needs-$variant.jsonl"; done
    python3 - "$set_out" <<'PY'
import sys, re
out = sys.argv[1]
ndcg = {v: float(re.search(r"ndcg@10=([0-9.]+)", open(f"{out}/score-{v}.txt").read()).group(1))
        for v in ("en-titled", "en", "de", "zh", "it")}
print(" ".join(f"{v}/{e}={ndcg[v] / ndcg[e]:.2f}" for e in ("en", "en-titled") for v in ("de", "zh", "it")))
PY
    ;;
esac
