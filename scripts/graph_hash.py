"""One short hash of the graph ``kg ingest`` writes, to check that a speed change leaves the stored data alone.

Ingests each part into a fresh temporary store through :func:`kg.ingest.ingest` (validate="off"), once
with jobs=1 and once with jobs=2: the seed articles (../shared/seeds), the dev gold articles (the texts
tests/data/gold/dev/*.json point to) and the synthetic benchmark articles (scripts/synthetic.py, fixed
seed). Every quad of the store is dumped as an N-Quads line; what differs from run to run is replaced by
fixed tokens (the run id by RUN, the run's start time by TIME, blank node labels by _:b); the lines are
sorted and hashed. Prints one hash and quad count per part, one over all, and whether jobs=1 and jobs=2
give the same hash. Never reads the test split.

    python scripts/graph_hash.py [--synthetic 50]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"
sys.path.insert(0, str(ROOT / "scripts"))

from synthetic import write_articles  # noqa: E402

from kg.ingest import ingest  # noqa: E402
from kg.settings import load_settings  # noqa: E402
from kg.store import GraphStore  # noqa: E402

_BLANK = re.compile(r"_:[A-Za-z0-9]+")
_TIME = re.compile(r'"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ"\^\^<http://www.w3.org/2001/XMLSchema#dateTime>')


def _dev_gold() -> list[Path]:
    """The texts the dev gold files point to (paths relative to the repository; seeds/ is ../shared/seeds)."""
    paths = []
    for gold in sorted((ROOT / "tests" / "data" / "gold" / "dev").glob("*.json")):
        text = json.loads(gold.read_text(encoding="utf-8"))["text"].strip()
        path = ROOT / text
        if text.startswith("seeds/") and not path.exists():
            path = SEEDS / text[len("seeds/"):]
        paths.append(path)
    return paths


def _lines(store_path: Path, run_id: str) -> list[str]:
    with GraphStore(store_path, read_only=True) as store:
        lines = [f"{q.subject} {q.predicate} {q.object} {q.graph_name} ." for q in store._store]
    return sorted(_TIME.sub('"TIME"', _BLANK.sub("_:b", line.replace(run_id, "RUN"))) for line in lines)


def _hash(paths: list[Path], tmp: Path, jobs: int) -> tuple[str, int, list[str]]:
    store = tmp / f"store-{len(list(tmp.iterdir()))}"
    report = ingest(paths, settings=load_settings({}).with_values(store=store), jobs=jobs, validate="off")
    lines = _lines(store, report.run_id)
    digest = hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()[:16]
    return digest, len(lines), lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--synthetic", type=int, default=50, help="synthetic articles (fixed seed)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        parts = {
            "seeds": sorted(SEEDS.glob("*.txt")),
            "dev": _dev_gold(),
            "synthetic": write_articles(tmp / "synthetic", args.synthetic),
        }
        stores = tmp / "stores"
        stores.mkdir()
        hashes = {}
        for jobs in (1, 2):
            whole, total = hashlib.sha256(), 0
            for part, paths in parts.items():
                digest, count, lines = _hash(paths, stores, jobs)
                whole.update(f"{part}\n".encode() + "\n".join(lines).encode("utf-8") + b"\n")
                total += count
                print(f"jobs={jobs} {part:10} documents={len(paths):4d} quads={count:7d} hash={digest}")
            hashes[jobs] = whole.hexdigest()[:16]
            print(f"jobs={jobs} {'all':10} quads={total:7d} hash={hashes[jobs]}")
        print(f"jobs=1 and jobs=2 same: {hashes[1] == hashes[2]}")


if __name__ == "__main__":
    main()
