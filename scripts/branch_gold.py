"""Copy the gold articles a branch adds (over main) into a scratch set that `kg eval`-style scoring reads.

A holdout is written on its own branch; to score it, or to read its errors once it has been scored,
without adding it to dev (which would reshuffle the dev halves), copy it out:

    python scripts/branch_gold.py OUT BRANCH [BRANCH ...]
    python scripts/eval_diff.py aid_flows --gold-dir OUT          # its missed and extra keys

OUT/dev/*.json gets each gold file with its `text` path made absolute, OUT/articles/ the texts.
"""

from __future__ import annotations

import argparse
import json
import subprocess
from pathlib import Path

from kg.settings import PROJECT_ROOT


def _git(*args: str) -> str:
    return subprocess.run(["git", "-C", str(PROJECT_ROOT), *args], capture_output=True, text=True, check=True).stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("branches", nargs="+")
    args = parser.parse_args()
    (args.out / "dev").mkdir(parents=True, exist_ok=True)
    (args.out / "articles").mkdir(exist_ok=True)
    for branch in args.branches:
        names = _git("diff", "--name-only", f"main...{branch}", "--", "tests/data/gold/dev").split()
        for name in names:
            gold = json.loads(_git("show", f"{branch}:{name}"))
            article = args.out / "articles" / Path(gold["text"]).name
            article.write_text(_git("show", f"{branch}:{gold['text']}"), encoding="utf-8")
            gold["text"] = str(article.resolve())
            (args.out / "dev" / Path(name).name).write_text(json.dumps(gold, ensure_ascii=False, indent=1),
                                                           encoding="utf-8")
        print(f"{branch}: {len(names)} gold files")


if __name__ == "__main__":
    main()
