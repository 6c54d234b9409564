"""Aid status confusion: for the (donor, recipient) pairs found right, which gold status got which status.

    python scripts/aid_status_confusion.py --learn FILE [--group L|A] [--list] [--only IDS_FILE]

Scores the learning set L (the dev ids in FILE) or half A (dev documents in neither FILE nor
scripts/dev_half_b.txt); half B and the test split are never read. For each document and each pair that
gold and extraction share, statuses both give are counted on the diagonal; a pair missing one gold status
and giving one other status counts one confusion (gold -> given); any other missed or extra status counts
against "-". --list prints each pair's gold and given statuses with their evidence sentences.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from kg.evaluate import _Names, _names_in, load_gold
from kg.ingest import ingest
from kg.settings import PROJECT_ROOT, load_settings
from kg.store import GraphStore

STATUSES = ("offered", "pledged", "approved", "delivered", "declined", "denied", "unspecified", "-")
HALF_B = Path(__file__).with_name("dev_half_b.txt")


def _flows(store, queries_dir: Path) -> dict[str, list[dict]]:
    from kg.queries import load_queries

    found: dict[str, list[dict]] = {}
    for row in load_queries(queries_dir)["aid-flows"].run(store).records():
        found.setdefault(row["document"], []).append(row)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--learn", type=Path, required=True, help="dev document ids of the learning set")
    parser.add_argument("--group", choices=("L", "A"), default="L")
    parser.add_argument("--list", action="store_true", help="print each shared pair's statuses and evidence")
    parser.add_argument("--only", type=Path, help="score only these document ids (within the group)")
    args = parser.parse_args()
    learning = set(args.learn.read_text(encoding="utf-8").split())
    half_b = set(HALF_B.read_text(encoding="utf-8").split())
    only = set(args.only.read_text(encoding="utf-8").split()) if args.only else None
    docs = []
    for doc in load_gold(PROJECT_ROOT / "tests" / "data" / "gold", "dev"):
        doc_id = Path(doc["text"]).stem
        group = "L" if doc_id in learning else "B" if doc_id in half_b else "A"
        if group == args.group and (only is None or doc_id in only):
            docs.append(doc)
    settings = load_settings({})
    store = GraphStore(None)
    ingest([PROJECT_ROOT / d["text"] for d in docs], settings=settings, store=store, validate="off")
    predicted = _flows(store, settings.queries_dir)
    cells: Counter = Counter()
    for doc in docs:
        doc_id = Path(doc["text"]).stem
        norm = _Names(_names_in(doc))
        gold: dict[tuple, dict[str, str]] = {}
        for f in doc.get("aid_flows") or []:
            gold.setdefault((norm(f["donor"]), norm(f["recipient"])), {})[f.get("status") or "unspecified"] = \
                f.get("evidence", "")
        given: dict[tuple, dict[str, str]] = {}
        for row in predicted.get(doc_id, []):
            given.setdefault((norm(row["donor"]), norm(row["recipient"])), {})[row["status"] or "unspecified"] = \
                row["evidence"] or ""
        for pair in sorted(set(gold) & set(given)):
            want, got = gold[pair], given[pair]
            for status in set(want) & set(got):
                cells[status, status] += 1
            missed, extra = sorted(set(want) - set(got)), sorted(set(got) - set(want))
            if len(missed) == 1 and len(extra) == 1:
                cells[missed[0], extra[0]] += 1
            else:
                cells.update((m, "-") for m in missed)
                cells.update(("-", e) for e in extra)
            if args.list and (missed or extra):
                print(f"== {doc_id} {pair[0]} -> {pair[1]}")
                for status, evidence in sorted(want.items()):
                    print(f"  gold {status:11} {'ok ' if status in got else 'MISS'} {evidence[:220]}")
                for status in extra:
                    print(f"  given {status:10} XTRA {got[status][:220]}")
    width = max(len(s) for s in STATUSES) + 1
    print(f"gold \\ given ({args.group}, {len(docs)} documents)")
    print(" " * width + "".join(f"{s[:6]:>7}" for s in STATUSES))
    for want in STATUSES:
        print(f"{want:{width}}" + "".join(f"{cells[want, got] or '.':>7}" for got in STATUSES))
    right = sum(cells[s, s] for s in STATUSES)
    print(f"diagonal {right}, off-diagonal {sum(cells.values()) - right}")


if __name__ == "__main__":
    main()
