"""Show, per document of a split, the gold and predicted keys of one fact type (for rule work on dev).

    python scripts/eval_diff.py aid_flows [--split dev] [--gold-dir DIR]

--gold-dir scores another set of dev-style gold files (DIR/dev/*.json, whose articles are
checked out in the repo), e.g. a new holdout once it has been scored.
"""

from __future__ import annotations

import argparse

from kg.evaluate import _KEYERS, _Names, _names_in, _predicted, load_gold
from pathlib import Path

from kg.ingest import ingest
from kg.settings import PROJECT_ROOT, load_settings
from kg.store import GraphStore


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("kind", choices=[k for k, _ in _KEYERS])
    parser.add_argument("--split", default="dev", choices=("dev",))  # never inspect test errors
    parser.add_argument("--gold-dir", type=Path, default=PROJECT_ROOT / "tests" / "data" / "gold")
    args = parser.parse_args()
    gold = load_gold(args.gold_dir, args.split)
    store = GraphStore(None)
    settings = load_settings({})
    ingest([PROJECT_ROOT / g["text"] for g in gold], settings=settings, store=store)
    predicted = _predicted(store, settings.queries_dir)
    keyer = dict(_KEYERS)[args.kind]
    for doc in gold:
        doc_id = doc["text"].rsplit("/", 1)[-1][:-4]
        names = _Names(_names_in(doc))
        g = keyer(doc.get(args.kind) or [], names)
        p = keyer(predicted.get(doc_id, {}).get(args.kind) or [], names)
        first = next(iter(g))
        print(f"== {doc_id}")
        print("  missed:", sorted(map(str, g[first] - p[first])))
        print("  extra: ", sorted(map(str, p[first] - g[first])))
        for measure in list(g)[1:2]:
            print(f"  {measure} missed:", sorted(map(str, g[measure] - p[measure])))
            print(f"  {measure} extra: ", sorted(map(str, p[measure] - g[measure])))


if __name__ == "__main__":
    main()
