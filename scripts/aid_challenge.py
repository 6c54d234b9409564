"""Recall and precision of aid keys (donor, recipient, status) on the challenge set, per construction group.

    python scripts/aid_challenge.py [--failures]
"""

from __future__ import annotations

import argparse
import tomllib

from kg.evaluate import Score
from kg.extract import extract
from kg.model import AidFlow, SourceDocument
from kg.settings import PROJECT_ROOT


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--failures", action="store_true", help="print the cases whose keys differ")
    args = parser.parse_args()
    path = PROJECT_ROOT / "tests" / "data" / "challenge" / "aid.toml"
    cases = tomllib.loads(path.read_text(encoding="utf-8"))["case"]
    groups: dict[str, tuple[Score, list[int]]] = {}
    total, passed = Score(), 0
    for case in cases:
        found = {(f.donor.label, f.recipient.label, f.status)
                 for f in extract(SourceDocument("c", case["text"])).facts_of(AidFlow)}
        found -= {tuple(k) for k in case.get("optional", [])}
        expected = {tuple(k) for k in case["expect"]}
        score, counts = groups.setdefault(case["group"], (Score(), [0, 0]))
        for s in (score, total):
            s.add(found, expected)
        counts[1] += 1
        if found == expected:
            counts[0] += 1
            passed += 1
        elif args.failures:
            print(f"{case['id']:28} missed {sorted(expected - found)} extra {sorted(found - expected)}")
    print(f"{'group':18} {'cases':>5} {'pass':>5} {'P':>6} {'R':>6}")
    for group, (s, (ok, n)) in groups.items():
        print(f"{group:18} {n:5d} {ok:5d} {s.precision:6.3f} {s.recall:6.3f}")
    print(f"{'all':18} {len(cases):5d} {passed:5d} {total.precision:6.3f} {total.recall:6.3f}")


if __name__ == "__main__":
    main()
