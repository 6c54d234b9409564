"""Score agreements and meetings on the two halves of the dev split (the guard of the events challenge work).

Usage: .venv/bin/python scripts/dev_halves.py [--diff]
Half A is the dev gold files at even positions of the sorted file names, half B those at odd positions.
--diff lists half A's missed and extra agreement and meeting keys (never B's).
"""

from __future__ import annotations

import sys
from pathlib import Path

from kg.evaluate import _KEYERS, _Names, _names_in, _predicted, EvalReport, Score, load_gold
from kg.settings import PROJECT_ROOT, load_settings

MEASURES = ("agreements (parties)", "agreements + kind", "agreements + status", "agreements + date",
            "meetings (participants)", "meetings + kind", "meetings + place", "meetings + date")


def main() -> None:
    from kg.ingest import ingest
    from kg.store import GraphStore

    gold = load_gold(PROJECT_ROOT / "tests" / "data" / "gold", "dev")
    settings = load_settings()
    store = GraphStore(None)
    ingest([PROJECT_ROOT / g["text"] for g in gold], settings=settings, store=store)
    predicted = _predicted(store, settings.queries_dir)
    for half, docs in (("A", gold[0::2]), ("B", gold[1::2])):
        report = EvalReport(half, len(docs))
        for doc in docs:
            doc_id = Path(doc["text"]).stem
            mine, names = predicted.get(doc_id, {}), _Names(_names_in(doc))
            for kind, keyer in _KEYERS:
                if kind not in ("agreements", "meetings"):
                    continue
                gold_keys, mine_keys = keyer(doc.get(kind) or [], names), keyer(mine.get(kind) or [], names)
                for measure, keys in gold_keys.items():
                    report.scores.setdefault(measure, Score()).add(mine_keys[measure], keys)
                    if half == "A" and "--diff" in sys.argv and measure in ("agreements + status", "meetings + kind"):
                        for key in sorted(keys - mine_keys[measure], key=str):
                            print(f"A MISSED {doc_id}: {key}")
                        for key in sorted(mine_keys[measure] - keys, key=str):
                            print(f"A EXTRA  {doc_id}: {key}")
        print(f"half {half} ({len(docs)} documents)")
        for measure in MEASURES:
            s = report.scores[measure]
            print(f"  {measure:26} P {s.precision:.3f} R {s.recall:.3f} F1 {s.f1:.3f}  tp {s.tp} fp {s.fp} fn {s.fn}")


if __name__ == "__main__":
    main()
