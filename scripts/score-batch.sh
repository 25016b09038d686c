#!/usr/bin/env bash
# Batch scoring for cron jobs and pipelines.
#
#   scripts/score-batch.sh [--resume] INPUT [OUT_DIR]
#
# INPUT is a directory (searched for *.txt, *.jsonl, *.html) or a JSON Lines file. Writes
# OUT_DIR/results.jsonl (every field, one article per line) and OUT_DIR/results.csv (one row per
# article, with a header), then prints one summary line. OUT_DIR defaults to ./mtdetect-out.
# Exit status: that of `mtdetect score` (0 all scored, 1 some items failed, 2 nothing scored or a
# usage error); 3 when any article was flagged as machine-translated and nothing else went wrong.
# --resume continues a run that was killed: records already in OUT_DIR/results.jsonl are kept and only
# the remaining inputs are scored (same INPUT required). Extra options for `mtdetect score`
# (e.g. --threshold 0.95, --lm none) go in MTDETECT_SCORE_OPTS.
set -euo pipefail

resume=()
if [[ "${1:-}" == "--resume" ]]; then
  resume=(--resume)
  shift
fi
if [[ $# -lt 1 || $# -gt 2 || "$1" == "-h" || "$1" == "--help" ]]; then
  sed -n '2,14s/^# \{0,1\}//p' "$0" >&2
  exit 2
fi
input=$1
out_dir=${2:-mtdetect-out}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
mkdir -p "$out_dir"

start=$(date +%s)
status=0
# shellcheck disable=SC2086  # options are meant to be split into words
"$here/mtdetect" score --quiet --format jsonl --out "$out_dir/results.jsonl" "${resume[@]}" ${MTDETECT_SCORE_OPTS:-} "$input" || status=$?
if [[ ! -s "$out_dir/results.jsonl" ]]; then
  echo "score-batch: nothing scored from $input" >&2
  exit "$status"
fi
summary=$("$here/mtdetect" report --format csv --out "$out_dir/results.csv" "$out_dir/results.jsonl" 2>&1 >/dev/null)
summary=${summary#mtdetect: }
echo "score-batch: $summary -> $out_dir/results.jsonl, $out_dir/results.csv in $(( $(date +%s) - start )) s"
if [[ $status -eq 0 ]] && grep -q '"verdict":"machine-translated"' "$out_dir/results.jsonl"; then
  status=3
fi
exit "$status"
