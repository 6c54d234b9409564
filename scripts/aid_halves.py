"""Score aid flows on the two halves of dev: A (even index of the sorted file names) and B (odd).

A rule change is kept only if it lowers neither half. Only half A's missed and extra keys may
be listed (--diff-a); half B stays a held-out check, so its errors are never printed.

    python scripts/aid_halves.py [--diff-a]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from kg.evaluate import Score, _aid_keys, _Names, _names_in, _predicted, load_gold
from kg.ingest import ingest
from kg.settings import PROJECT_ROOT, load_settings
from kg.store import GraphStore

MEASURES = ("aid flows (donor, recipient)", "aid flows + status")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--diff-a", action="store_true", help="list half A's missed and extra keys")
    args = parser.parse_args()
    gold = load_gold(PROJECT_ROOT / "tests" / "data" / "gold", "dev")  # sorted by file name
    store = GraphStore(None)
    settings = load_settings({})
    ingest([PROJECT_ROOT / g["text"] for g in gold], settings=settings, store=store)
    predicted = _predicted(store, settings.queries_dir)
    scores = {half: {m: Score() for m in MEASURES} for half in "AB"}
    for index, doc in enumerate(gold):
        half = "AB"[index % 2]
        doc_id = Path(doc["text"]).stem
        names = _Names(_names_in(doc))
        g = _aid_keys(doc.get("aid_flows") or [], names)
        p = _aid_keys(predicted.get(doc_id, {}).get("aid_flows") or [], names)
        for measure in MEASURES:
            scores[half][measure].add(p[measure], g[measure])
        if args.diff_a and half == "A":
            status = MEASURES[1]
            print(f"== {doc_id}\n  missed: {sorted(g[status] - p[status])}\n  extra:  {sorted(p[status] - g[status])}")
    for half, by_measure in scores.items():
        for measure, s in by_measure.items():
            print(f"{half} {measure:30} P {s.precision:.3f} R {s.recall:.3f} F1 {s.f1:.3f} "
                  f"tp {s.tp} fp {s.fp} fn {s.fn}")


if __name__ == "__main__":
    main()
