"""Inter-annotator agreement: compare two gold annotations of the same dev articles.

For every article annotated in both directories (by default tests/data/gold/dev, the
reference, and tests/data/gold/second), the facts are turned into keys with the same key
functions and name matching `kg eval` uses, and P/R/F1 are printed per fact type and field
(the second annotation is scored as if it were a prediction; F1 is symmetric). A fact type
is compared only when the second annotation has that field (so an annotator may skip
offices). With --diff, the disagreeing keys are listed per document.

    python scripts/gold_agreement.py [--diff] [--reference DIR] [--other DIR]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from kg.evaluate import _KEYERS, EvalReport, Score, _Names, _names_in
from kg.settings import PROJECT_ROOT

GOLD = PROJECT_ROOT / "tests" / "data" / "gold"
Diff = dict[str, dict[str, tuple[set, set]]]  # doc -> measure -> (only in reference, only in other)


def _load(directory: Path) -> dict[str, dict]:
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(directory.glob("*.json"))}


def agreement(reference_dir: Path, other_dir: Path) -> tuple[EvalReport, Diff]:
    """Scores of the other annotation against the reference, and the disagreeing keys per document."""
    reference, other = _load(reference_dir), _load(other_dir)
    shared = sorted(reference.keys() & other.keys())
    report, diff = EvalReport(f"{reference_dir.name} vs {other_dir.name}", len(shared)), {}
    for doc_id in shared:
        ref_doc, other_doc = reference[doc_id], other[doc_id]
        names = _Names(_names_in(ref_doc))  # the other annotation's names are mapped onto the reference's
        for kind, keyer in _KEYERS:
            if kind not in other_doc:
                continue
            ref_keys, other_keys = keyer(ref_doc.get(kind) or [], names), keyer(other_doc.get(kind) or [], names)
            for measure, keys in ref_keys.items():
                report.scores.setdefault(measure, Score()).add(other_keys[measure], keys)
                if keys != other_keys[measure]:
                    diff.setdefault(doc_id, {})[measure] = (keys - other_keys[measure], other_keys[measure] - keys)
    return report, diff


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reference", type=Path, default=GOLD / "dev")
    parser.add_argument("--other", type=Path, default=GOLD / "second")
    parser.add_argument("--diff", action="store_true", help="list the disagreeing keys per document")
    args = parser.parse_args()
    report, diff = agreement(args.reference, args.other)
    print(report.render())
    if args.diff:
        for doc_id, measures in diff.items():
            print(f"\n== {doc_id}")
            for measure, (only_ref, only_other) in measures.items():
                print(f"  {measure}")
                for key in sorted(map(str, only_ref)):
                    print(f"    only {args.reference.name}: {key}")
                for key in sorted(map(str, only_other)):
                    print(f"    only {args.other.name}: {key}")


if __name__ == "__main__":
    main()
