"""Score the two halves of the dev split: the guard for rule changes.

Half B is the dev documents listed in scripts/dev_half_b.txt (frozen: when it was written, the
odd positions of the sorted file names, so documents joining dev later do not shift a document
whose errors were read into B); half A is every other dev document. A rule written from half A's
errors is kept only if it lowers neither half, so only half A's missed and extra keys may be
listed (--diff MEASURE); half B stays a held-out check.

    python scripts/dev_halves.py [--kind aid_flows|offices|agreements|meetings|claims ...]
                                 [--diff MEASURE]

With no --kind every fact type is scored. --diff takes a measure name as `kg eval` prints it,
e.g. --diff "aid flows + status".

--learn FILE names dev documents (ids, one per line) whose errors may be read, such as a holdout
that has been scored and joined dev: they are scored as a third group, L, and left out of both
halves, so half B stays a set nobody has read errors from. --diff lists A's and L's keys.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from kg.evaluate import _KEYERS, Score, _Names, _names_in, _predicted, load_gold
from kg.ingest import ingest
from kg.settings import PROJECT_ROOT, load_settings
from kg.store import GraphStore

KINDS = tuple(kind for kind, _ in _KEYERS)
HALF_B = Path(__file__).with_name("dev_half_b.txt")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kind", action="append", choices=KINDS, help="fact types to score (default: all)")
    parser.add_argument("--diff", metavar="MEASURE", help="list half A's missed and extra keys of this measure")
    parser.add_argument("--learn", type=Path, metavar="FILE",
                        help="dev document ids (one per line) scored as group L instead of a half")
    args = parser.parse_args()
    kinds = args.kind or list(KINDS)
    learning = set(args.learn.read_text(encoding="utf-8").split()) if args.learn else set()
    half_b = set(HALF_B.read_text(encoding="utf-8").split())
    gold = load_gold(PROJECT_ROOT / "tests" / "data" / "gold", "dev")  # sorted by file name
    settings = load_settings({})
    store = GraphStore(None)
    ingest([PROJECT_ROOT / g["text"] for g in gold], settings=settings, store=store, validate="off")
    predicted = _predicted(store, settings.queries_dir)
    scores: dict[str, dict[str, Score]] = {"A": {}, "B": {}, "L": {}}
    sizes = {"A": 0, "B": 0, "L": 0}
    for doc in gold:
        doc_id = Path(doc["text"]).stem
        half = "L" if doc_id in learning else "B" if doc_id in half_b else "A"
        sizes[half] += 1
        names = _Names(_names_in(doc))
        for kind, keyer in _KEYERS:
            if kind not in kinds:
                continue
            expected = keyer(doc.get(kind) or [], names)
            found = keyer(predicted.get(doc_id, {}).get(kind) or [], names)
            for measure, keys in expected.items():
                scores[half].setdefault(measure, Score()).add(found[measure], keys)
                if half != "B" and measure == args.diff:
                    print(f"== {doc_id}\n  missed: {sorted(keys - found[measure], key=str)}\n"
                          f"  extra:  {sorted(found[measure] - keys, key=str)}")
    for half, by_measure in scores.items():
        if not sizes[half]:
            continue
        print(f"{'learning set' if half == 'L' else 'half ' + half} ({sizes[half]} documents)")
        for measure, s in by_measure.items():
            print(f"  {measure:30} P {s.precision:.3f} R {s.recall:.3f} F1 {s.f1:.3f}  tp {s.tp} fp {s.fp} fn {s.fn}")


if __name__ == "__main__":
    main()
