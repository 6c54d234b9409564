"""Score the two halves of the dev split: the guard for rule changes.

Half A is the dev gold files at even positions of the sorted file names, half B those at odd
positions. A rule written from half A's errors is kept only if it lowers neither half, so only
half A's missed and extra keys may be listed (--diff MEASURE); half B stays a held-out check.

    python scripts/dev_halves.py [--kind aid_flows|offices|agreements|meetings|claims ...]
                                 [--diff MEASURE]

With no --kind every fact type is scored. --diff takes a measure name as `kg eval` prints it,
e.g. --diff "aid flows + status".
"""

from __future__ import annotations

import argparse
from pathlib import Path

from kg.evaluate import _KEYERS, Score, _Names, _names_in, _predicted, load_gold
from kg.ingest import ingest
from kg.settings import PROJECT_ROOT, load_settings
from kg.store import GraphStore

KINDS = tuple(kind for kind, _ in _KEYERS)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kind", action="append", choices=KINDS, help="fact types to score (default: all)")
    parser.add_argument("--diff", metavar="MEASURE", help="list half A's missed and extra keys of this measure")
    args = parser.parse_args()
    kinds = args.kind or list(KINDS)
    gold = load_gold(PROJECT_ROOT / "tests" / "data" / "gold", "dev")  # sorted by file name
    settings = load_settings({})
    store = GraphStore(None)
    ingest([PROJECT_ROOT / g["text"] for g in gold], settings=settings, store=store, validate="off")
    predicted = _predicted(store, settings.queries_dir)
    scores: dict[str, dict[str, Score]] = {"A": {}, "B": {}}
    for index, doc in enumerate(gold):
        half = "AB"[index % 2]
        doc_id = Path(doc["text"]).stem
        names = _Names(_names_in(doc))
        for kind, keyer in _KEYERS:
            if kind not in kinds:
                continue
            expected = keyer(doc.get(kind) or [], names)
            found = keyer(predicted.get(doc_id, {}).get(kind) or [], names)
            for measure, keys in expected.items():
                scores[half].setdefault(measure, Score()).add(found[measure], keys)
                if half == "A" and measure == args.diff:
                    print(f"== {doc_id}\n  missed: {sorted(keys - found[measure], key=str)}\n"
                          f"  extra:  {sorted(found[measure] - keys, key=str)}")
    for start, (half, by_measure) in enumerate(scores.items()):
        print(f"half {half} ({len(gold[start::2])} documents)")
        for measure, s in by_measure.items():
            print(f"  {measure:30} P {s.precision:.3f} R {s.recall:.3f} F1 {s.f1:.3f}  tp {s.tp} fp {s.fp} fn {s.fn}")


if __name__ == "__main__":
    main()
