#!/usr/bin/env python3
"""Latency of the documented queries over HTTP: p50/p95 of sequential requests, one query at a time.

Each queries/*.rq is POSTed as it is (its VALUES line is a working example, its LIMIT the first
page) to a running `councilgraph serve`; the time is from sending to the last byte of the answer
(SPARQL JSON). One warm-up request per query, then --runs timed ones (fewer for a query slower
than --budget seconds in all). Usage:

    java -jar cli/target/councilgraph.jar serve --db /tmp/scale-db --port 3131 --localhost &
    python3 cli/benchmark/query-latency.py --endpoint http://localhost:3131/councilgraph/sparql queries
"""
import argparse
import json
import statistics
import time
import urllib.parse
import urllib.request
from pathlib import Path


def request(endpoint, text, timeout):
    body = urllib.parse.urlencode({"query": text}).encode()
    req = urllib.request.Request(endpoint, data=body, headers={"Accept": "application/sparql-results+json"})
    start = time.perf_counter()
    with urllib.request.urlopen(req, timeout=timeout) as response:
        data = response.read()
    return time.perf_counter() - start, len(json.loads(data)["results"]["bindings"]), len(data)


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered) + 0.5) - 1))]


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--endpoint", required=True)
    p.add_argument("--runs", type=int, default=20)
    p.add_argument("--budget", type=float, default=20.0, help="seconds of timed requests per query at most")
    p.add_argument("--timeout", type=float, default=60.0)
    p.add_argument("folder")
    args = p.parse_args()
    print(f"{'query':28} {'rows':>7} {'bytes':>10} {'n':>3} {'p50 ms':>9} {'p95 ms':>9} {'max ms':>9}")
    for file in sorted(Path(args.folder).glob("*.rq")):
        text = file.read_text(encoding="utf-8")
        try:
            first, rows, size = request(args.endpoint, text, args.timeout)
            times = []
            spent = 0.0
            while len(times) < args.runs and spent + first <= args.budget or not times:
                t, rows, size = request(args.endpoint, text, args.timeout)
                times.append(t)
                spent += t
            ms = [t * 1000 for t in times]
            print(f"{file.stem:28} {rows:7d} {size:10d} {len(ms):3d} {statistics.median(ms):9.0f} "
                  f"{percentile(ms, 95):9.0f} {max(ms):9.0f}", flush=True)
        except Exception as e:  # a time-out or an HTTP error is a result too
            print(f"{file.stem:28} failed: {e}", flush=True)


if __name__ == "__main__":
    main()
