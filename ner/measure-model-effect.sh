#!/usr/bin/env bash
# Measures what the name finder adds to extraction, honestly: each document is extracted with a
# model trained without it (10 folds, split by document as in 'councilgraph ner evaluate'), and
# again with the rules only (--no-model); both are scored with the project's scorer.
#
# usage: ner/measure-model-effect.sh [WORK_DIR]      (needs ../shared/eval/score.py)
# Prints the scorer's tables for samples and corpus, model on and off.
set -euo pipefail
cd "$(dirname "$0")/.."
work=${1:-$(mktemp -d)}
score=../shared/eval/score.py
folds=10
cg() { java -cp cli/target/councilgraph.jar org.councilgraph.cli.Councilgraph "$@" 2>/dev/null; }
[ -f cli/target/councilgraph.jar ] || ./councilgraph --version >/dev/null

mapfile -t stems < <(ls ner/annotations | sed 's/\.txt$//' | sort)
rm -rf "$work/on" "$work/off" "$work/folds"
mkdir -p "$work/on/samples" "$work/on/corpus" "$work/off/samples" "$work/off/corpus" "$work/folds"
for ((k = 0; k < folds; k++)); do
  train="$work/folds/$k/train"; mkdir -p "$train"; held=()
  for i in "${!stems[@]}"; do
    if (( i % folds == k )); then held+=("${stems[$i]}"); else cp "ner/annotations/${stems[$i]}.txt" "$train/"; fi
  done
  cg ner train --annotations "$train" -o "$work/folds/$k/model.bin"
  for stem in "${held[@]}"; do
    if [ -f "samples/$stem.txt" ]; then src="samples/$stem.txt"; set=samples; else src="corpus/$stem.txt"; set=corpus; fi
    cg answers --ner-model "$work/folds/$k/model.bin" --out "$work/on/$set" "$src" || true
    cg answers --no-model --out "$work/off/$set" "$src" || true
  done
done
for mode in on off; do
  echo "== samples, model $mode"; python3 "$score" samples/gold "$work/$mode/samples"
  echo "== corpus, model $mode"; python3 "$score" corpus "$work/$mode/corpus" --skip council
done
