"""`kg eval`: precision, recall and F1 of extraction against gold annotations.

It ingests the split's articles with the same pipeline as ``kg ingest`` into a
temporary in-memory store and reads the results back through the canned queries
users run (aid-flows, offices, agreements, meetings, claims). Facts are compared per
document as sets of keys (see tests/data/gold/README.md for the matching rules) and
the counts are summed over documents (micro-average).
"""

from __future__ import annotations

import json
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from kg.errors import InputError
from kg.extract.gazetteer import ascii_fold
from kg.settings import PROJECT_ROOT, Settings

SPLITS = ("dev", "test", "all")
Key = tuple


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, predicted: set[Key], gold: set[Key]) -> None:
        self.tp += len(predicted & gold)
        self.fp += len(predicted - gold)
        self.fn += len(gold - predicted)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class EvalReport:
    split: str
    documents: int
    scores: dict[str, Score] = field(default_factory=dict)

    def as_dict(self) -> dict:
        return {
            "split": self.split, "documents": self.documents,
            "scores": {name: {"precision": round(s.precision, 3), "recall": round(s.recall, 3), "f1": round(s.f1, 3),
                              "tp": s.tp, "fp": s.fp, "fn": s.fn} for name, s in self.scores.items()},
        }

    def render(self, fmt: str = "table") -> str:
        if fmt == "json":
            return json.dumps(self.as_dict(), indent=2)
        lines = [f"split {self.split}: {self.documents} documents",
                 f"{'measure':34} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}"]
        for name, s in self.scores.items():
            lines.append(f"{name:34} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.tp:5d} {s.fp:5d} {s.fn:5d}")
        return "\n".join(lines)


def fold_name(name: str | None) -> str:
    """A name as `kg eval` compares it: accents and case folded, a leading "the" dropped."""
    if not name:
        return ""
    words = ascii_fold(name).casefold().split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]  # "the Financial Times" is "Financial Times"
    return " ".join(words)


# Words that make a name a body's, not a person's ("Qatar Fund for Development", "Foreign Ministry").
_BODY_WORDS = frozenset("""fund bank ministry company corporation agency council office government army navy house
    department union organisation organization authority group committee commission party news times development
    investment energy petroleum oil railways embassy parliament senate congress court institute university
    for of the and""".split())


@lru_cache(maxsize=4096)
def _is_person(folded: str) -> bool:
    """Could this (folded) name be a person's? Not a state, not a listed organisation, no body words."""
    from kg.extract.gazetteer import load_gazetteer
    from kg.extract.name_spans import PARTICLES

    gazetteer = load_gazetteer()
    if gazetteer.find_state(folded) is not None or folded in _organisation_names():
        return False
    return not any(word in _BODY_WORDS and word not in PARTICLES for word in folded.split())


@lru_cache(maxsize=1)
def _organisation_names() -> frozenset[str]:
    from kg.extract.gazetteer import load_gazetteer

    orgs = load_gazetteer().organisations
    return frozenset(fold_name(name) for org in orgs for name in (org.label, *org.forms))


class _Names:
    """Maps predicted names onto gold names: case and accents folded; a person also matches when
    the words of one name are among the other's ("Xi" / "Xi Jinping"), but no other name does
    ("Qatar Fund for Development" is not "Qatar")."""

    def __init__(self, gold_names: Iterable[str]):
        self.gold = {fold_name(n) for n in gold_names if n}

    def __call__(self, name: str | None) -> str:
        folded = fold_name(name)
        if not folded or folded in self.gold or not _is_person(folded):
            return folded
        words = set(folded.split())
        # the gold name sharing most words first, so that the son "Khaled bin Mohamed bin Zayed" is not matched to
        # his father "Mohamed bin Zayed" whenever the set happens to list the father first (a run-to-run flip)
        for gold in sorted(self.gold, key=lambda g: (-len(words & set(g.split())), g)):
            gold_words = set(gold.split())
            if (words <= gold_words or gold_words <= words) and _is_person(gold):
                return gold
        return folded


def _split(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split(";") if v.strip()]


def _role_keys() -> dict[str, str]:
    raw = tomllib.loads((PROJECT_ROOT / "kg" / "rules" / "offices.toml").read_text(encoding="utf-8"))
    return {fold_name(v["label"]): key for key, v in raw["role"].items()}


# -- keys per fact type: (name of measure, function(fact, names) -> set of keys) ---------------

def _aid_keys(flows, norm) -> dict[str, set[Key]]:
    keys: dict[str, set[Key]] = {"aid flows (donor, recipient)": set(), "aid flows + status": set(),
                                 "aid flows + category": set(), "aid flows + date": set()}
    for f in flows:
        pair = (norm(f["donor"]), norm(f["recipient"]))
        keys["aid flows (donor, recipient)"].add(pair)
        keys["aid flows + status"].add((*pair, f.get("status") or "unspecified"))
        keys["aid flows + date"].add((*pair, f.get("date") or ""))
        for category in f.get("categories") or []:
            keys["aid flows + category"].add((*pair, category))
    return keys


def _office_keys(offices, norm) -> dict[str, set[Key]]:
    keys: dict[str, set[Key]] = {"offices (person, role)": set(), "offices + state": set()}
    for o in offices:
        keys["offices (person, role)"].add((norm(o["person"]), o["role"]))
        keys["offices + state"].add((norm(o["person"]), o["role"], norm(o.get("state"))))
    return keys


def _agreement_keys(agreements, norm) -> dict[str, set[Key]]:
    keys: dict[str, set[Key]] = {"agreements (parties)": set(), "agreements + kind": set(),
                                 "agreements + status": set(), "agreements + date": set()}
    for a in agreements:
        parties = tuple(sorted(norm(p) for p in a["parties"]))
        keys["agreements (parties)"].add(parties)
        keys["agreements + kind"].add((parties, a.get("kind")))
        keys["agreements + status"].add((parties, a.get("status")))
        keys["agreements + date"].add((parties, a.get("date") or ""))
    return keys


def _meeting_keys(meetings, norm) -> dict[str, set[Key]]:
    keys: dict[str, set[Key]] = {"meetings (participants)": set(), "meetings + place": set(),
                                 "meetings + kind": set(), "meetings + date": set()}
    for m in meetings:
        people = tuple(sorted(norm(p) for p in m["participants"]))
        keys["meetings (participants)"].add(people)
        keys["meetings + place"].add((people, norm(m.get("place"))))
        keys["meetings + kind"].add((people, m.get("kind")))
        keys["meetings + date"].add((people, m.get("date") or ""))
    return keys


def _claim_keys(claims, norm) -> dict[str, set[Key]]:
    keys: dict[str, set[Key]] = {"claims (claimant, about)": set(), "claims claimant": set(),
                                 "claims + stance": set(), "claims + modality": set()}
    for c in claims:
        claimant = norm(c["claimant"])
        keys["claims claimant"].add((claimant,))
        for about in c.get("about") or []:
            keys["claims (claimant, about)"].add((claimant, norm(about)))
            keys["claims + stance"].add((claimant, norm(about), c.get("stance")))
            keys["claims + modality"].add((claimant, norm(about), c.get("modality")))
    return keys


_KEYERS: tuple[tuple[str, Callable], ...] = (
    ("aid_flows", _aid_keys), ("offices", _office_keys), ("agreements", _agreement_keys),
    ("meetings", _meeting_keys), ("claims", _claim_keys),
)


def _predicted(store, queries_dir: Path) -> dict[str, dict[str, list[dict]]]:
    """Facts per document, read through the canned queries, in the gold schema."""
    from kg.queries import load_queries

    queries = load_queries(queries_dir)
    roles = _role_keys()
    facts: dict[str, dict[str, list[dict]]] = {}

    def put(kind: str, row: dict, fact: dict) -> None:
        facts.setdefault(row["document"], {}).setdefault(kind, []).append(fact)

    for row in queries["aid-flows"].run(store).records():
        put("aid_flows", row, {"donor": row["donor"], "recipient": row["recipient"], "status": row["status"],
                               "categories": _split(row["category"]), "date": row["date"] or None})
    for row in queries["offices"].run(store).records():
        put("offices", row, {"person": row["person"], "role": roles.get(fold_name(row["role"]), row["role"]),
                             "state": row["state"] or None})
    for row in queries["agreements"].run(store).records():
        put("agreements", row, {"parties": _split(row["parties"]), "kind": row["kind"], "status": row["status"],
                                "date": row["date"] or None})
    for row in queries["meetings"].run(store).records():
        put("meetings", row, {"participants": _split(row["participants"]), "place": row["place"] or None,
                              "kind": row["kind"], "date": row["date"] or None})
    for row in queries["claims"].run(store).records():
        put("claims", row, {"claimant": row["claimant"], "about": _split(row["about"]), "stance": row["stance"],
                            "modality": row["modality"]})
    return facts


def load_gold(gold_dir: Path, split: str) -> list[dict]:
    if split not in SPLITS:
        raise InputError(f"Unknown split {split!r}. Choices: {', '.join(SPLITS)}")
    splits = ("dev", "test") if split == "all" else (split,)
    gold = []
    for name in splits:
        for path in sorted((gold_dir / name).glob("*.json")):
            try:
                gold.append(json.loads(path.read_text(encoding="utf-8")))
            except json.JSONDecodeError as err:
                raise InputError(f"{path}: not valid JSON ({err})") from None
    if not gold:
        raise InputError(f"No gold annotations for split {split!r} in {gold_dir}")
    return gold


def evaluate(*, settings: Settings, split: str = "dev", gold_dir: Path | None = None) -> EvalReport:
    """Ingest the split's articles into a temporary store and score them against the gold."""
    from kg.ingest import ingest
    from kg.store import GraphStore

    gold_dir = gold_dir or PROJECT_ROOT / "tests" / "data" / "gold"
    gold = load_gold(gold_dir, split)
    store = GraphStore(None)
    ingest([PROJECT_ROOT / g["text"] for g in gold], settings=settings, store=store)
    predicted = _predicted(store, settings.queries_dir)
    report = EvalReport(split, len(gold))
    for doc in gold:
        doc_id = Path(doc["text"]).stem
        mine = predicted.get(doc_id, {})
        names = _Names(_names_in(doc))
        for kind, keyer in _KEYERS:
            gold_keys = keyer(doc.get(kind) or [], names)
            predicted_keys = keyer(mine.get(kind) or [], names)
            for measure, keys in gold_keys.items():
                report.scores.setdefault(measure, Score()).add(predicted_keys[measure], keys)
    return report


def _names_in(doc: dict) -> list[str]:
    names: list[str] = []
    for flow in doc.get("aid_flows") or []:
        names += [flow["donor"], flow["recipient"]]
    for office in doc.get("offices") or []:
        names += [office["person"], office.get("state") or ""]
    for agreement in doc.get("agreements") or []:
        names += agreement["parties"]
    for meeting in doc.get("meetings") or []:
        names += meeting["participants"] + [meeting.get("place") or ""]
    for claim in doc.get("claims") or []:
        names += [claim["claimant"], *(claim.get("about") or [])]
    return names
