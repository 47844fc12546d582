#!/usr/bin/env python3
"""A seeded scale corpus: N unique minutes documents made from the real ones.

Each generated document is a real minutes text of /work/shared/corpus (or any folder of dNNN.txt
with dNNN.json beside them) or samples/, with

- its people's family names replaced from a pool that belongs to the source document's council, so
  the same people recur across that council's generated meetings (the pool is about 1.5x the
  document's own names, so each meeting has a different mix of them);
- the years of its dates moved back by 0 to 5 years, so meetings spread over time;
- a reference line that makes its text, and so its document key, unique;
- a sidecar <stem>.meta.json naming the council (from the corpus's dNNN.json), so its people are
  resolved across the council's meetings as `load` does for any council it knows.

The same --seed and --count give the same files. Usage:

    python3 cli/benchmark/scale-corpus.py --count 3000 --out /tmp/scale-3000 \
        /work/shared/corpus samples
"""
import argparse
import json
import random
import re
from pathlib import Path

SURNAMES = """Abbott Ahmed Ali Allen Archer Atkinson Bailey Baker Banks Barker Barnes Bates Bell Bennett
Birch Bishop Blake Booth Bowen Boyd Bradley Brooks Brown Burton Butler Carr Carter Chapman Clarke Cole
Collins Cook Cooper Cox Dale Davies Dawson Day Dixon Doyle Duncan Dunn Ellis Evans Farmer Fisher
Fleming Ford Foster Fox Francis Gibson Gill Graham Grant Gray Hall Hamilton Hancock Harper Harris
Hart Hayes Henderson Hill Holmes Hopkins Howard Hughes Hunt Hussain Jackson James Jenkins Johnson
Jones Kaur Kelly Kennedy Khan King Knight Lambert Lane Lawrence Lee Lewis Lloyd Marsh Marshall Mason
Matthews Miller Mills Mitchell Moore Morgan Morris Murphy Murray Nash Newman Nicholls Norris Owen
Palmer Parker Parry Patel Payne Pearce Perry Phillips Porter Powell Price Quinn Reid Reynolds
Richards Roberts Robinson Rose Russell Ryan Saunders Scott Sharp Shaw Simpson Singh Smith Spencer
Stevens Stone Sutton Taylor Thomas Thompson Turner Walker Wallace Ward Watson Webb Wells West White
Williams Wilson Wood Wright Young""".split()

# A title, then initials or a given name, then the family name (what attendance lists print).
PERSON = re.compile(r"\b(?:Councillors?|Cllrs?\.?|County Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s+"
                    r"(?:(?:[A-Z]\.?\s?){1,3}\s|[A-Z][a-z]+\s)?([A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)\b")
YEAR = re.compile(r"\b(20[0-2][0-9])\b")


def sources(folders):
    out = []
    for folder in folders:
        for text in sorted(Path(folder).glob("*.txt")):
            meta = text.with_suffix(".json")
            council = json.loads(meta.read_text(encoding="utf-8")).get("council") if meta.exists() else None
            out.append((text, council))
    return out


def generate(args):
    docs = sources(args.inputs)
    rng = random.Random(args.seed)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    pools = {}
    for n in range(args.count):
        path, council = docs[n % len(docs)]
        text = path.read_text(encoding="utf-8")
        names = sorted(set(PERSON.findall(text)) - {"Council", "Chair", "Chairman"})
        key = str(path)
        if key not in pools:
            pools[key] = random.Random(f"{args.seed}/{key}").sample(SURNAMES, min(len(SURNAMES), max(3, len(names) * 3 // 2)))
        if names:
            chosen = rng.sample(pools[key], min(len(names), len(pools[key])))
            mapping = dict(zip(names, chosen))
            text = re.sub(r"\b(" + "|".join(map(re.escape, names)) + r")\b", lambda m: mapping[m.group(1)], text)
        shift = rng.randrange(6)
        text = YEAR.sub(lambda m: str(int(m.group(1)) - shift), text)
        stem = f"s{n:06d}"
        (out / f"{stem}.txt").write_text(f"{text}\n\nReference: scale copy {n:06d}\n", encoding="utf-8")
        if council:
            (out / f"{stem}.meta.json").write_text(json.dumps({"council": council}), encoding="utf-8")
    print(f"{args.count} documents from {len(docs)} sources in {out}")


if __name__ == "__main__":
    p = argparse.ArgumentParser(description="seeded scale corpus from real minutes")
    p.add_argument("--count", type=int, default=1000)
    p.add_argument("--seed", type=int, default=14)
    p.add_argument("--out", required=True)
    p.add_argument("inputs", nargs="+")
    generate(p.parse_args())
