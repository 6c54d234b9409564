"""Recall and precision of office extraction on the challenge set, per construction group.

    python scripts/offices_challenge.py [--cases]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from test_offices_challenge import load_cases, match, predicted_keys  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", action="store_true", help="print each failing case")
    args = parser.parse_args()
    groups: dict[str, list[int]] = {}
    for n, case in enumerate(load_cases()):
        predicted = predicted_keys(case)
        tp, fp, fn = match(case["expect"], predicted)
        counts = groups.setdefault(case["group"], [0, 0, 0, 0, 0])
        for i, value in enumerate((tp, fp, fn, int(fp == fn == 0), 1)):
            counts[i] += value
        if args.cases and (fp or fn):
            print(f"{n:02d} {case['group']}: expected {case['expect']}, found {sorted(predicted)}")
    total = [sum(c[i] for c in groups.values()) for i in range(5)]
    print(f"{'group':15s} {'cases':>5s} {'pass':>5s} {'R':>6s} {'P':>6s}")
    for name, (tp, fp, fn, ok, n) in [*groups.items(), ("ALL", total)]:
        recall = tp / (tp + fn) if tp + fn else 0.0
        precision = tp / (tp + fp) if tp + fp else 0.0
        print(f"{name:15s} {n:5d} {ok:5d} {recall:6.3f} {precision:6.3f}")


if __name__ == "__main__":
    main()
