#!/usr/bin/env bash
# Regenerates the built-in fit model (matching-core/.../rank/fit-model.json) and its held-out
# calibration report: feature logs of each need's best 20 startups, judged, from
#   dev          the 16 development needs, in English with titles and in German, Chinese and
#                Italian (../shared/eval/dev-qrels.txt), against the Y Combinator profiles' text;
#   other-areas  the 22 needs of eval/needs/other-areas.json in the four languages, judged by
#                eval/tag-qrels.py, against the same profiles;
#   example      the built-in example's 44 needs and judgments, against its 300 startups;
#   unfit-tuning the 32 needs of eval/needs/unfit-tuning.jsonl that nothing in the example fits,
#                against the example's startups, every candidate judged no fit.
# 'calibrate' holds each need out in turn (with its other languages) to report the expected
# calibration error and reliability diagram of each log, then fits on all of them.
#
# usage: eval/calibrate.sh [--install]
#   --install  also copy the fitted model over the built-in one
# Output: target/eval/calibration/ (logs, report.txt, fit-model.json).
# Build first: ./mvnw -q -DskipTests package
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
shared="${SHARED:-$root/../shared}"
eval_dir="$root/target/eval"
out="$eval_dir/calibration"
install=false
case "${1:-}" in
  --install) install=true ;;
  "") ;;
  *) echo "usage: eval/calibrate.sh [--install]" >&2; exit 2 ;;
esac
mkdir -p "$out"

# Prepares the profiles and the needs in every language (and prints their ranking figures).
"$root/eval/dev-needs.sh" languages >/dev/null
"$root/eval/dev-needs.sh" languages --needs "$root/eval/needs/other-areas.json" >/dev/null

features() { "$root/bin/startup-match" features --depth 20 --format jsonl "$@" 2>/dev/null; }
startups="$eval_dir/startups.jsonl"
features --startups "$startups" --needs "$eval_dir/needs.jsonl" \
  --qrels "$shared/eval/dev-qrels.txt" --output "$out/dev-en.jsonl"
features --startups "$startups" --needs "$eval_dir/other-areas/needs.jsonl" \
  --qrels "$eval_dir/other-areas/qrels.txt" --output "$out/other-areas-en.jsonl"
for language in de zh it; do
  features --startups "$startups" --needs "$eval_dir/needs-$language.jsonl" \
    --qrels "$shared/eval/dev-qrels.txt" --output "$out/dev-$language.jsonl"
  features --startups "$startups" --needs "$eval_dir/other-areas/needs-$language.jsonl" \
    --qrels "$eval_dir/other-areas/qrels.txt" --output "$out/other-areas-$language.jsonl"
done
features --output "$out/example.jsonl"
: >"$out/no-judgments.txt"
features --startups "$root/matching-core/src/main/resources/dev/startupmatching/sample/startups.jsonl" \
  --needs "$root/eval/needs/unfit-tuning.jsonl" --qrels "$out/no-judgments.txt" \
  --output "$out/unfit-tuning.jsonl"
cat "$out"/dev-{en,de,zh,it}.jsonl >"$out/dev.jsonl"
cat "$out"/other-areas-{en,de,zh,it}.jsonl >"$out/other-areas.jsonl"

"$root/bin/startup-match" calibrate --name "fit 2026.1" --output "$out/fit-model.json" \
  --features "$out/dev.jsonl" --features "$out/other-areas.jsonl" \
  --features "$out/example.jsonl" --features "$out/unfit-tuning.jsonl" 2>/dev/null |
  tee "$out/report.txt"
if $install; then
  cp "$out/fit-model.json" "$root/matching-core/src/main/resources/dev/startupmatching/rank/fit-model.json"
  echo "installed as the built-in fit model; rebuild to use it"
fi
