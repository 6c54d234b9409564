"""Score the events challenge set (tests/data/challenge/events.toml) per construction group.

Usage: .venv/bin/python scripts/events_challenge.py [--cases]
Prints per group: cases passing, and precision/recall of party sets (agreements) and participant sets
(meetings), plus full-key recall (every field a case gives). --cases lists each case's result.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from test_events_challenge import CASES, facts, score  # noqa: E402


def main() -> None:
    rows: dict[str, list[int]] = defaultdict(lambda: [0] * 6)  # cases, passed, tp, fp, fn, full
    for case in CASES:
        agreements, meetings = facts(case)
        row, ok = rows[case["group"]], True
        for who, expected, found in (("parties", case.get("agreements", []), agreements),
                                     ("participants", case.get("meetings", []), meetings)):
            tp, fp, fn, full = score(expected, found, who)
            row[2] += tp; row[3] += fp; row[4] += fn; row[5] += full
            ok = ok and (fn, fp, full) == (0, 0, len(expected))
        row[0] += 1; row[1] += ok
        if "--cases" in sys.argv:
            print(f"{'PASS' if ok else 'FAIL'} {case['id']:34} A={agreements} M={meetings}")
    total = [sum(r[i] for r in rows.values()) for i in range(6)]
    print(f"{'group':24} {'pass':>7} {'P':>6} {'R':>6} {'fullR':>6}")
    for name, r in [*rows.items(), ("ALL", total)]:
        p = r[2] / (r[2] + r[3]) if r[2] + r[3] else 0.0
        rec = r[2] / (r[2] + r[4]) if r[2] + r[4] else 0.0
        fr = r[5] / (r[2] + r[4]) if r[2] + r[4] else 0.0
        print(f"{name:24} {r[1]:3}/{r[0]:<3} {p:6.3f} {rec:6.3f} {fr:6.3f}")


if __name__ == "__main__":
    main()
