"""Print the linking figure of issue 6 for seeds/: which checked reference entities are linked right.

Builds seeds/ into a temporary store (offline: cache and overrides only), then for every row of
../shared/reference/wikidata-entities.tsv with checked=yes and kind state, place, org or person:

* text: does its name (or, for persons, the surname) occur in the seed texts?
* body: ... in the article bodies, that is the seed texts less what cleaning removes (navigation,
  teaser headlines of other articles, reader comments), where kg looks for facts and mentions?
* graph: does the built graph hold an entity of that kind with that name?
* linked: does that entity carry owl:sameAs the reference QID (and no other)?

    python scripts/link_figure.py
"""

from __future__ import annotations

import csv
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.extract.clean import clean  # noqa: E402
from kg.ingest import ingest  # noqa: E402
from kg.sources import read_document  # noqa: E402
from kg.settings import load_settings  # noqa: E402
from kg.store import GraphStore  # noqa: E402

KINDS = {"state": "State", "place": "Place", "org": "Organisation", "person": "Person"}


def names(label: str, kind: str) -> set[str]:
    head, _, rest = label.partition(" (")
    found = {head.strip()} | ({rest.rstrip(")").strip()} if rest else set())
    if kind == "person":
        found.add(head.split()[-1])
    return found


def main() -> None:
    settings = load_settings()
    reference = ROOT.parent / "shared" / "reference" / "wikidata-entities.tsv"
    lines = [line for line in reference.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    rows = [r for r in csv.DictReader(lines, delimiter="\t") if r["checked"] == "yes" and r["kind"] in KINDS]
    paths = sorted(settings.seeds_dir.glob("*.txt"))
    text = "\n".join(p.read_text(encoding="utf-8") for p in paths)
    cleaned = [clean(read_document(p)) for p in paths]
    body = "\n".join(c.source.text[b.start:b.end] for c in cleaned for b in c.blocks)
    with tempfile.TemporaryDirectory() as tmp:
        local = settings.with_values(store=Path(tmp) / "store")
        ingest([settings.seeds_dir], settings=local, validate="off")
        with GraphStore(local.store, read_only=True) as store:
            graph = [(r["c"].value.split("#")[1], r["l"].value, r["s"].value if r["s"] else "") for r in store.query(
                "SELECT ?c ?l ?s WHERE { ?e a ?c ; rdfs:label ?l . VALUES ?c { kg:State kg:Place kg:Organisation "
                "kg:Person } OPTIONAL { ?e owl:sameAs ?s } }")]
    in_text = in_graph = linked = text_linked = in_body = body_linked = 0
    print("label\tkind\tqid\tin text\tin body\tin graph\tlinked right")
    for row in rows:
        wanted = names(row["label"], row["kind"])
        t = any(re.search(rf"\b{re.escape(n)}\b", text) for n in wanted)
        b = any(re.search(rf"\b{re.escape(n)}\b", body) for n in wanted)
        hits = [(label, same) for cls, label, same in graph
                if cls == KINDS[row["kind"]] and label.lower() in {n.lower() for n in wanted}]
        ok = bool(hits) and all(same.endswith("/" + row["qid"]) for _, same in hits)
        in_text += t
        in_graph += bool(hits)
        linked += ok
        text_linked += t and ok
        in_body += b
        body_linked += b and ok
        print(f"{row['label']}\t{row['kind']}\t{row['qid']}\t{'yes' if t else 'no'}\t{'yes' if b else 'no'}\t"
              f"{'yes' if hits else 'no'}\t{'yes' if ok else 'no'}")
    print(f"\nIn the graph: {linked}/{in_graph} linked to the right QID.")
    print(f"Named in the seed texts: {in_text}; of these in the graph and linked right: {text_linked}/{in_text}.")
    print(f"Named in the article bodies (cleaned): {in_body}; of these in the graph and linked right: "
          f"{body_linked}/{in_body}.")


if __name__ == "__main__":
    main()
