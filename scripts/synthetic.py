"""Generate synthetic news-style articles for benchmarks (never for evaluation).

Each article is about 1,000 words of reporting-style sentences built from the
gazetteer's states: about one sentence in four carries a fact (a supply, offer,
refusal, meeting, agreement or claim), the rest is background as in real reporting.
Output is deterministic for a given seed.

    python scripts/synthetic.py OUT_DIR --count 200 [--words 1000] [--seed 1]
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

FILLER = [
    "Officials in {capC} declined to comment on the details of the arrangement.",
    "The talks come at a time of rising prices for food and fuel across the region.",
    "Economists said the country's currency had lost a fifth of its value since the start of the year.",
    "The opposition criticised the government's handling of the crisis in a debate in parliament.",
    "Shipping data showed heavy traffic through the main ports during the first quarter.",
    "Diplomats said the issue was likely to come up again at the next regional summit.",
    "Inflation reached its highest level in a decade, according to the national statistics office.",
    "The ministry has not published the full text of the document.",
    "Analysts noted that similar plans had stalled several times in the past.",
    "Local media reported long queues at petrol stations in several cities.",
    "The central bank kept its main interest rate unchanged at its last meeting.",
    "Protests over living costs have spread to several provincial towns this month.",
]
FRAMES = [
    "{A} has pledged to provide {item} to {B}, officials in {capA} said on {day}.",
    "{A} shipped {item} to {B} last {month}, according to customs data seen by reporters.",
    "{B} reportedly turned down {demA} offers to build {infra}, citing costs.",
    "Foreign Minister {person} of {A} met his {demB} counterpart in {capB} on {day}.",
    "The two governments signed a {kind} in {month}, the ministry said in a statement.",
    "{person}, {A}'s defence minister, said that the deliveries to {B} would continue.",
    "Analysts in {capC} said the move could deepen ties between {A} and {B}.",
    "Talks on energy prices continued for a third day, with no agreement in sight.",
    "Markets were calm, and traders in {capC} said they expected little change this week.",
    "{demA} engineers are expected to arrive in {capB} next month to survey the site.",
]
ITEMS = ["wheat", "diesel fuel", "armoured vehicles", "a $300 million credit line", "medical supplies",
         "air defence systems", "solar panels", "fertiliser", "artillery shells", "liquefied natural gas"]
INFRA = ["a nuclear power plant", "a railway line", "a deep-water port", "a metro line", "an oil refinery"]
KINDS = ["strategic partnership", "trade agreement", "defence pact", "memorandum of understanding"]
PEOPLE = ["Ana Ruiz", "Tomas Berg", "Li Wen", "Amara Okafor", "Yusuf Demir", "Irina Sokolova", "Ravi Menon"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
MONTHS = ["January", "March", "May", "July", "September", "November"]


def _states():
    import csv

    path = Path(__file__).resolve().parent.parent / "kg" / "data" / "states.tsv"
    with path.open(encoding="utf-8") as handle:
        rows = [r for r in csv.DictReader(handle, delimiter="\t") if r["capitals"] and r["demonyms"]
                and not r["historical"]]
    return [(r["name"], r["capitals"].split("|")[0], r["demonyms"].split("|")[0]) for r in rows]


def article(rng: random.Random, states, words: int) -> str:
    sentences, count = [], 0
    while count < words:
        (a, cap_a, dem_a), (b, cap_b, dem_b), (_, cap_c, _) = rng.sample(states, 3)
        text = rng.choice(FRAMES if rng.random() < 0.25 else FILLER).format(
            A=a, B=b, capA=cap_a, capB=cap_b, capC=cap_c, demA=dem_a, demB=dem_b, item=rng.choice(ITEMS),
            infra=rng.choice(INFRA), kind=rng.choice(KINDS), person=rng.choice(PEOPLE), day=rng.choice(DAYS),
            month=rng.choice(MONTHS),
        )
        sentences.append(text)
        count += len(text.split())
    paragraphs = [" ".join(sentences[i:i + 4]) for i in range(0, len(sentences), 4)]
    return "\n\n".join(paragraphs) + "\n"


def write_articles(out: Path, count: int, *, words: int = 1000, seed: int = 1, start: int = 0) -> list[Path]:
    """Write *count* articles numbered from *start* (the number is the document id's suffix)."""
    rng = random.Random(seed)
    states = _states()
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(start, start + count):
        path = out / f"synthetic-{i:05d}.txt"
        body = article(rng, states, words)
        path.write_text(f"Synthetic report {i}\nDate: 2026-03-{1 + i % 28:02d}\nSource: kg benchmark\n\n{body}",
                        encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--words", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    paths = write_articles(args.out, args.count, words=args.words, seed=args.seed)
    print(f"wrote {len(paths)} articles to {args.out}")


if __name__ == "__main__":
    main()
