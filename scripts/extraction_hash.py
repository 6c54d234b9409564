"""One short hash of everything extraction produces, to check that a speed change leaves output alone.

Runs :func:`kg.extract.extract` over every dev and seed article, the synthetic benchmark articles
(scripts/synthetic.py, fixed seed) and every challenge-set text (tests/data/challenge/*.toml),
serialises every fact with its evidence in a canonical sorted form, and prints one hash per part
and one over all, with counts. Mentions, titles, places and sentences (spans, tokens and lemmas: what the RDF
builder and the rules read besides the facts) get a hash of their own. Never reads the test split.

    python scripts/extraction_hash.py [--synthetic 100] [--time]
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import sys
import tempfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from synthetic import write_articles  # noqa: E402

from kg.extract import extract  # noqa: E402
from kg.model import SourceDocument  # noqa: E402
from kg.sources import read_document  # noqa: E402


def _canonical(obj) -> str:
    return json.dumps(dataclasses.asdict(obj), sort_keys=True, ensure_ascii=False, default=list)


def _lines(source: SourceDocument) -> tuple[list[str], list[str]]:
    """The document's facts and its mentions, titles and places, one canonical line each."""
    result = extract(source)
    facts = sorted(f"{source.doc_id}\t{type(f).__name__}\t{_canonical(f)}" for f in result.facts)
    others = sorted([f"{source.doc_id}\tmention\t{_canonical(m)}" for m in result.mentions]
                    + [f"{source.doc_id}\ttitle\t{_canonical(t)}" for t in result.titles]
                    + [f"{source.doc_id}\tplace\t{_canonical(p)}" for p in result.places]
                    + [f"{source.doc_id}\tsentence\t{s.start}\t{s.end}\t{len(s.tokens)}\t{'|'.join(s.lemmas)}"
                       for s in result.sentences])
    return facts, others


def _challenge_sources() -> list[SourceDocument]:
    sources = []
    for path in sorted((ROOT / "tests" / "data" / "challenge").glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for table in sorted(data):
            for n, case in enumerate(data[table]):
                date = case.get("published", case.get("date"))
                # as the challenge tests read it: events cases give "published", others "date"
                sources.append(SourceDocument(f"{path.stem}-{table}-{n}", case["text"], date=date))
    return sources


def _parts(synthetic: int, tmp: Path) -> dict[str, list[SourceDocument]]:
    dev = sorted((ROOT / "tests" / "data" / "articles" / "dev").glob("*.txt"))
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    synth = write_articles(tmp / "synthetic", synthetic)
    return {
        "dev": [read_document(p) for p in dev],
        "seeds": [read_document(p) for p in seeds],
        "synthetic": [read_document(p) for p in synth],
        "challenge": _challenge_sources(),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--synthetic", type=int, default=100, help="synthetic articles (fixed seed)")
    parser.add_argument("--time", action="store_true", help="also print extraction seconds per part")
    args = parser.parse_args()
    whole, whole_other = hashlib.sha256(), hashlib.sha256()
    total = 0
    with tempfile.TemporaryDirectory() as tmp:
        for name, sources in _parts(args.synthetic, Path(tmp)).items():
            digest, other = hashlib.sha256(), hashlib.sha256()
            count = 0
            started = time.process_time()
            for source in sources:
                facts, others = _lines(source)
                count += len(facts)
                for line in facts:
                    digest.update(line.encode() + b"\n")
                    whole.update(line.encode() + b"\n")
                for line in others:
                    other.update(line.encode() + b"\n")
                    whole_other.update(line.encode() + b"\n")
            seconds = f" {time.process_time() - started:6.2f}s" if args.time else ""
            print(f"{name:10} documents={len(sources):5d} facts={count:6d} "
                  f"facts={digest.hexdigest()[:16]} mentions={other.hexdigest()[:16]}{seconds}")
            total += count
    print(f"{'all':10} facts={total:6d} hash={whole.hexdigest()[:16]} mentions={whole_other.hexdigest()[:16]}")


if __name__ == "__main__":
    main()
