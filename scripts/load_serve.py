"""A bounded load test of `kg serve`: requests per second and p50/p99 latency for a canned query
and for an ad-hoc SPARQL query, with 1 and with 8 concurrent clients. Any failed request (a
connection error or a status other than 200) is counted, printed, and makes the exit status 1.

The server runs in a subprocess (`python -m kg serve --port 0`) over a store: by default one
built from seeds/ into a temporary directory, or the store given with --store (opened by the
server; nothing else may write to it meanwhile). Each client is a thread with its own
connection per request, like a browser or SPARQLWrapper without keep-alive. Clients and
server share the machine's cores, so on a 2-core machine the 8-client figures measure
contention as much as the server.

    python scripts/load_serve.py [--store DIR] [--requests 400] [--clients 1,8]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

from kg.errors import KGError
from kg.web.serve import serve_in_subprocess

ROOT = Path(__file__).resolve().parent.parent
SPARQL = ("SELECT ?flow ?donor ?item WHERE { GRAPH ?g { ?flow a kg:AidFlow ; kg:donor ?d ; kg:item ?item } "
          "GRAPH graph:entities { ?d rdfs:label ?donor } } ORDER BY ?flow LIMIT 50")


def build_seeds_store(directory: Path) -> Path:
    store = directory / "store"
    subprocess.run([sys.executable, "-m", "kg", "build", "--store", str(store)], check=True,
                   cwd=ROOT, stdout=subprocess.DEVNULL)
    return store


def fetch(url: str, accept: str) -> float:
    """One GET; returns its latency in seconds, raises unless it is a 200 with at least one row."""
    started = time.perf_counter()
    request = urllib.request.Request(url, headers={"Accept": accept})
    with urllib.request.urlopen(request, timeout=60) as response:
        status, body = response.status, response.read()
    elapsed = time.perf_counter() - started
    data = json.loads(body)
    rows = data["results"]["bindings"] if isinstance(data, dict) else data
    if status != 200 or not rows:
        raise RuntimeError(f"status {status}, no rows: {body[:120]!r}")
    return elapsed


def run_load(url: str, accept: str, requests: int, clients: int) -> dict[str, float]:
    """*requests* GETs of *url* shared among *clients* threads; latencies and failures."""
    latencies: list[float] = []
    failures: list[str] = []
    lock = threading.Lock()
    counter = iter(range(requests))

    def client() -> None:
        while True:
            with lock:
                if next(counter, None) is None:
                    return
            try:
                latency = fetch(url, accept)
            except (OSError, RuntimeError, ValueError, KeyError) as err:
                with lock:
                    failures.append(str(err))
                continue
            with lock:
                latencies.append(latency)

    fetch(url, accept)  # warm-up: parse and plan once, fill the store's caches
    started = time.perf_counter()
    threads = [threading.Thread(target=client) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    latencies.sort()
    return {
        "ok": len(latencies), "failed": len(failures), "rps": len(latencies) / elapsed,
        "p50": 1000 * statistics.median(latencies) if latencies else float("nan"),
        "p99": 1000 * latencies[min(len(latencies) - 1, int(0.99 * len(latencies)))] if latencies else float("nan"),
        "first_failure": failures[0] if failures else "",
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", type=Path, help="store to serve (default: build seeds/ into a temporary one)")
    parser.add_argument("--requests", type=int, default=400, help="requests per run (default 400)")
    parser.add_argument("--clients", default="1,8", help="comma-separated client counts (default 1,8)")
    args = parser.parse_args()
    client_counts = [int(c) for c in args.clients.split(",")]

    with tempfile.TemporaryDirectory() as tmp:
        store = args.store or build_seeds_store(Path(tmp))
        with serve_in_subprocess(store, log=Path(tmp) / "serve.log") as base:
            targets = {
                "canned who-supplies (Cuba)": (f"{base}/queries/who-supplies.json?recipient=Cuba", "application/json"),
                "sparql select, 50 rows": (f"{base}/sparql?" + urllib.parse.urlencode({"query": SPARQL}),
                                           "application/sparql-results+json"),
            }
            print(f"kg serve at {base}; {args.requests} requests per run; store {store}")
            print(f"{'target':30} {'clients':>7} {'ok':>5} {'failed':>6} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8}")
            failed = 0
            for name, (url, accept) in targets.items():
                for clients in client_counts:
                    r = run_load(url, accept, args.requests, clients)
                    failed += int(r["failed"])
                    print(f"{name:30} {clients:>7} {r['ok']:>5} {r['failed']:>6} {r['rps']:>8.1f} "
                          f"{r['p50']:>8.1f} {r['p99']:>8.1f}")
                    if r["first_failure"]:
                        print(f"  first failure: {r['first_failure']}")
    return 1 if failed else 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KGError as err:  # the server did not start
        sys.exit(f"load_serve: {err}")
